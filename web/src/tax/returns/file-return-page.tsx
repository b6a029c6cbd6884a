import { type FormEvent, useState } from 'react';
import { ApiProblem, type RegionGrant, regionPath, request } from '../../shell/api';
import { Field } from '../../shell/field';
import { endedMonths, formatPeriod } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { ProblemAlert } from '../../shell/problem-alert';
import { href } from '../../shell/router';
import { useToday } from '../../shell/use-today';
import { useTaxTypes } from '../config/use-tax-types';
import type { TaxObject } from '../registry/registry';
import { useMyTaxpayers } from '../registry/use-my-taxpayers';
import { type AmountDraft, EMPTY_AMOUNT, grossOf, linesOf, ReturnAmountFields } from './return-amount-fields';
import { ReturnReceipt } from './return-receipt';
import type { TaxReturn } from './returns';

/** Masa pajak an object can be reported for: ended months from the one it opened in (two years back at most). */
function periodsFor(object: TaxObject | undefined, today: string | undefined): string[] {
  if (!object || !today) return [];
  return endedMonths(today, 24).filter(
    (p) => p >= object.openedOn.slice(0, 7) && (!object.closedOn || p <= object.closedOn.slice(0, 7)),
  );
}

/** Lapor SPTPD: pick an object and masa pajak, declare the omzet, see the tax, submit and get the kode bayar. */
export function FileReturnPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const mine = useMyTaxpayers(region.regionId);
  const taxTypes = useTaxTypes();
  const today = useToday(region.regionId);
  const [objectId, setObjectId] = useState<number>();
  const [period, setPeriod] = useState<string>();
  const [draft, setDraft] = useState<AmountDraft>(EMPTY_AMOUNT);
  const [declared, setDeclared] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [filed, setFiled] = useState<{ taxReturn: TaxReturn; objectName: string }>();
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};

  const objects = (mine.files ?? [])
    .filter((f) => f.status === 'verified')
    .flatMap((f) => f.objects)
    .filter((o) => o.status === 'active' && taxTypes.find(o.taxCode)?.assessment === 'self');
  const object = objects.find((o) => o.id === objectId) ?? objects[0];
  const periods = periodsFor(object, today);
  const chosenPeriod = period && periods.includes(period) ? period : periods[0];
  const gross = grossOf(draft);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!object || !chosenPeriod || gross === null) return;
    setBusy(true);
    setError(undefined);
    try {
      const taxReturn = await request<TaxReturn>(
        'POST',
        regionPath(region.regionId, `/taxpayers/${object.taxpayerId}/objects/${object.id}/returns`),
        { period: chosenPeriod, gross, lines: linesOf(draft), submit: true },
      );
      setFiled({ taxReturn, objectName: object.name });
      setDraft(EMPTY_AMOUNT);
      setDeclared(false);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  const loading = (!mine.files || !taxTypes.types || !today) && !mine.error && !taxTypes.error;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('file.title')}</h1>
          <p className="muted">{t('file.subtitle')}</p>
        </div>
      </div>
      <ProblemAlert error={mine.error ?? taxTypes.error} />
      {loading && <Loading />}
      {filed && (
        <>
          <ReturnReceipt regionId={region.regionId} filed={filed.taxReturn} objectName={filed.objectName} />
          <div className="link-row">
            <a className="button" href={href('/my-returns')}>
              {t('nav.myReturns')}
            </a>
            <button type="button" className="button" onClick={() => setFiled(undefined)}>
              {t('file.another')}
            </button>
          </div>
        </>
      )}
      {!loading && !filed && objects.length === 0 && (
        <div className="empty">
          <p>{t('file.noObjects')}</p>
          <a href={href('/my-taxes')}>{t('nav.myTaxes')}</a>
        </div>
      )}
      {!loading && !filed && object && (
        <form className="panel form narrow-wide" onSubmit={submit} data-testid="file-return-form">
          <ProblemAlert error={error} />
          <Field label={t('file.object')}>
            <select name="object" value={object.id} onChange={(e) => setObjectId(Number(e.target.value))}>
              {objects.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} — {taxTypes.nameOf(o.taxCode)}
                </option>
              ))}
            </select>
          </Field>
          <Field label={t('file.period')} hint={t('file.periodHint')} error={fields.period}>
            <select name="period" value={chosenPeriod ?? ''} onChange={(e) => setPeriod(e.target.value)}>
              {periods.map((p) => (
                <option key={p} value={p}>
                  {formatPeriod(p, lang)}
                </option>
              ))}
            </select>
          </Field>
          {chosenPeriod && (
            <ReturnAmountFields
              regionId={region.regionId}
              taxCode={object.taxCode}
              category={object.category}
              period={chosenPeriod}
              draft={draft}
              onChange={setDraft}
              fieldErrors={fields}
            />
          )}
          <label className="checkbox declaration">
            <input
              type="checkbox"
              name="declared"
              required
              checked={declared}
              onChange={(e) => setDeclared(e.target.checked)}
            />
            <span>{t('file.declaration')}</span>
          </label>
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary button-wide"
              disabled={busy || !chosenPeriod || gross === null}
            >
              {busy ? t('common.saving') : t('file.submit')}
            </button>
          </div>
        </form>
      )}
    </>
  );
}
