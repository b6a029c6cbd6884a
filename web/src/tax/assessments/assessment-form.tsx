import { type FormEvent, useState } from 'react';
import type { Bill } from '../../receivables/bills';
import { ApiProblem, type RegionGrant, regionPath, request } from '../../shell/api';
import { Field } from '../../shell/field';
import { dayIn, formatDate, formatPeriod, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';
import { RupiahInput } from '../../shell/rupiah-input';
import { useResource } from '../../shell/use-resource';
import type { PolicyVersion } from '../config/tax-config';
import { useTaxTypes } from '../config/use-tax-types';
import type { TaxpayerFile, TaxpayerHit } from '../registry/registry';
import { TaxpayerPicker } from '../registry/taxpayer-picker';
import type { ListedReturn } from '../returns/returns';
import type { Assessment } from './assessments';
import { type Basis, basisPayload, SkpdBasisFields, skpdKindOf } from './skpd-basis-fields';

const KINDS = ['SKPD', 'SKPDKB', 'SKPDKBT', 'SKPDN', 'STPD', 'STPD_LATE_FILING'] as const;
type Kind = (typeof KINDS)[number];

/** Issues an assessment: first the taxpayer, then the kind and what it rests on (an object, a return or a bill). */
export function AssessmentForm({
  region,
  onIssued,
  onCancel,
}: {
  region: RegionGrant;
  onIssued(assessment: Assessment): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [taxpayer, setTaxpayer] = useState<TaxpayerHit>();
  return (
    <section className="panel" data-testid="assessment-form">
      <div className="card-head">
        <h2>{t('assessments.issue')}</h2>
        <button type="button" className="icon-button" aria-label={t('common.close')} onClick={onCancel}>
          ×
        </button>
      </div>
      <TaxpayerPicker regionId={region.regionId} chosen={taxpayer} onChoose={setTaxpayer} />
      {taxpayer && (
        <AssessmentDetails key={taxpayer.id} region={region} taxpayerId={taxpayer.id} onIssued={onIssued} />
      )}
    </section>
  );
}

function AssessmentDetails({
  region,
  taxpayerId,
  onIssued,
}: {
  region: RegionGrant;
  taxpayerId: number;
  onIssued(assessment: Assessment): void;
}) {
  const { t, lang } = useI18n();
  const at = (path: string) => regionPath(region.regionId, path);
  const file = useResource<TaxpayerFile>(at(`/taxpayers/${taxpayerId}`));
  const returns = useResource<{ items: ListedReturn[] }>(at(`/returns?taxpayerId=${taxpayerId}&limit=200`));
  const bills = useResource<{ items: Bill[] }>(at(`/bills?taxpayerId=${taxpayerId}&status=open&limit=200`));
  const policy = useResource<PolicyVersion>(at('/tax/policy'));
  const taxTypes = useTaxTypes();
  const [kind, setKind] = useState<Kind>('SKPD');
  const [objectId, setObjectId] = useState('');
  const [period, setPeriod] = useState('');
  const [basis, setBasis] = useState<Basis>({});
  const [returnId, setReturnId] = useState('');
  const [billId, setBillId] = useState('');
  const [correctGross, setCorrectGross] = useState<number | null>(null);
  const [increasePercent, setIncreasePercent] = useState('0');
  const [finding, setFinding] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};

  const officialObjects = (file.data?.objects ?? []).filter(
    (o) =>
      o.status === 'active' &&
      (taxTypes.find(o.taxCode)?.assessment === 'official' ||
        policy.data?.policy.officialAssessment.includes(o.taxCode)),
  );
  const object = officialObjects.find((o) => String(o.id) === objectId);
  const allReturns = returns.data?.items ?? [];
  const returnChoices = allReturns.filter((r) => {
    if (kind === 'SKPDN') return r.status === 'verified';
    if (kind === 'STPD_LATE_FILING')
      return (
        r.status !== 'draft' && r.submittedAt && dayIn(new Date(r.submittedAt), region.timeZone) > r.dueDate
      );
    return r.status !== 'draft' && r.status !== 'superseded';
  });
  const billChoices = (bills.data?.items ?? []).filter((b) => (b.amountDue?.penalty ?? 0) > 0);

  function body() {
    switch (kind) {
      case 'SKPD':
        return {
          kind,
          taxpayerId,
          objectId: Number(objectId),
          period: period || null,
          basis: basisPayload(skpdKindOf(object?.taxCode ?? ''), basis),
        };
      case 'SKPDKB':
      case 'SKPDKBT':
        return {
          kind,
          returnId: Number(returnId),
          correctGross: correctGross ?? 0,
          increasePpm: Math.round(Number(increasePercent) * 10_000),
          finding,
        };
      case 'SKPDN':
        return { kind, returnId: Number(returnId), finding };
      case 'STPD':
        return { kind, billId: Number(billId) };
      case 'STPD_LATE_FILING':
        return { kind, returnId: Number(returnId) };
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onIssued(await request<Assessment>('POST', at('/assessments'), body()));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  const returnSelect = (
    <Field label={t('assessments.return')} error={fields.returnId}>
      <select name="returnId" required value={returnId} onChange={(e) => setReturnId(e.target.value)}>
        <option value="">{returnChoices.length ? '—' : t('assessments.noReturns')}</option>
        {returnChoices.map((r) => (
          <option key={r.id} value={r.id}>
            {r.objectName} · {formatPeriod(r.period, lang)} · {formatRupiah(r.tax)} ({t(`status.${r.status}`)}
            )
          </option>
        ))}
      </select>
    </Field>
  );
  const findingField = (
    <Field label={t('assessments.finding')} hint={t('assessments.findingHint')} error={fields.finding}>
      <textarea
        name="finding"
        required
        minLength={5}
        maxLength={2000}
        rows={3}
        value={finding}
        onChange={(e) => setFinding(e.target.value)}
      />
    </Field>
  );

  return (
    <form className="form form-section" onSubmit={submit}>
      <ProblemAlert error={error ?? file.error ?? returns.error ?? bills.error ?? policy.error} />
      <Field label={t('assessments.kind')}>
        <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`assessments.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      {kind === 'SKPD' && (
        <>
          <div className="form-grid">
            <Field label={t('return.object')} error={fields.objectId}>
              <select
                name="objectId"
                required
                value={objectId}
                onChange={(e) => {
                  setObjectId(e.target.value);
                  setBasis({});
                }}
              >
                <option value="">{officialObjects.length ? '—' : t('assessments.noOfficialObjects')}</option>
                {officialObjects.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name} · {taxTypes.nameOf(o.taxCode)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={`${t('file.period')} (${t('common.optional')})`} error={fields.period}>
              <input name="period" type="month" value={period} onChange={(e) => setPeriod(e.target.value)} />
            </Field>
          </div>
          {object && policy.data && (
            <SkpdBasisFields
              kind={skpdKindOf(object.taxCode)}
              policy={policy.data.policy}
              basis={basis}
              onChange={setBasis}
            />
          )}
        </>
      )}
      {(kind === 'SKPDKB' || kind === 'SKPDKBT') && (
        <>
          {returnSelect}
          <div className="form-grid">
            <Field label={t('assessments.correctGross')} error={fields.correctGross}>
              <RupiahInput name="correctGross" required value={correctGross} onChange={setCorrectGross} />
            </Field>
            <Field
              label={t('assessments.increase')}
              hint={t('assessments.increaseHint')}
              error={fields.increasePpm}
            >
              <input
                name="increase"
                type="number"
                min={0}
                max={200}
                step="any"
                value={increasePercent}
                onChange={(e) => setIncreasePercent(e.target.value)}
              />
            </Field>
          </div>
          {findingField}
        </>
      )}
      {kind === 'SKPDN' && (
        <>
          {returnSelect}
          {findingField}
        </>
      )}
      {kind === 'STPD_LATE_FILING' && returnSelect}
      {kind === 'STPD' && (
        <Field label={t('assessments.bill')} error={fields.billId}>
          <select name="billId" required value={billId} onChange={(e) => setBillId(e.target.value)}>
            <option value="">{billChoices.length ? '—' : t('assessments.noOverdueBills')}</option>
            {billChoices.map((b) => (
              <option key={b.id} value={b.id}>
                {b.billingCodeDisplay} · {t('bill.dueOn', { date: formatDate(b.dueDate, lang) })} ·{' '}
                {t('bill.interest')} {formatRupiah(b.amountDue?.penalty ?? 0)}
              </option>
            ))}
          </select>
        </Field>
      )}
      <p className="muted small">{t(`assessments.explain.${kind}`)}</p>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('assessments.submit')}
        </button>
      </div>
    </form>
  );
}
