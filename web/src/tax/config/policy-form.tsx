import { type FormEvent, useState } from 'react';
import { ApiProblem, regionPath, request } from '../../shell/api';
import { Field } from '../../shell/field';
import { formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';
import { RupiahInput } from '../../shell/rupiah-input';
import { AmnestyRows, PatPriceRows, ReklameTariffRows } from './policy-tables-fields';
import type { PolicyVersion, RecordedPolicy, TaxPolicy } from './tax-config';
import { useTaxTypes } from './use-tax-types';

type Regime = TaxPolicy['interest']['from'];

/** A rate per month in ppm as a person types it: `1` for 1%. */
const percentOf = (ppm: number) => String(ppm / 10_000).replace('.', ',');
const ppmOf = (percent: string) => Math.round(Number(percent.replace(',', '.')) * 10_000);

/**
 * Records a new tax policy from the region's Perda or Perkada, effective from a date: it starts as a copy of the
 * policy in force, the supervisor changes what the regulation changed, and the server checks it (the law's
 * minimums, a usable NPWPD format, tables the rules can use) and names each refused field or row.
 */
export function PolicyForm({
  regionId,
  current,
  onRecorded,
}: {
  regionId: string;
  current: PolicyVersion;
  onRecorded(version: RecordedPolicy): void;
}) {
  const { t } = useI18n();
  const taxTypes = useTaxTypes();
  const [policy, setPolicy] = useState<TaxPolicy>(current.policy);
  const [validFrom, setValidFrom] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [fromRate, setFromRate] = useState(percentOf(current.policy.interest.from.ratePerMonthPpm));
  const [beforeRate, setBeforeRate] = useState(percentOf(current.policy.interest.before.ratePerMonthPpm));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};
  const field = (path: string) => fields[`policy.${path}`];
  const allowances = policy.propertyAllowances;
  const setAllowance = (key: keyof TaxPolicy['propertyAllowances']) => (value: number | null) =>
    setPolicy({ ...policy, propertyAllowances: { ...allowances, [key]: value ?? 0 } });
  const setRegime = (which: 'from' | 'before', change: Partial<Regime>) =>
    setPolicy({
      ...policy,
      interest: { ...policy.interest, [which]: { ...policy.interest[which], ...change } },
    });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    const interest = {
      ...policy.interest,
      from: { ...policy.interest.from, ratePerMonthPpm: ppmOf(fromRate) },
      before: { ...policy.interest.before, ratePerMonthPpm: ppmOf(beforeRate) },
    };
    try {
      const saved = await request<RecordedPolicy>('POST', regionPath(regionId, '/tax/policy'), {
        validFrom,
        legalBasis,
        policy: { ...policy, interest },
      });
      onRecorded(saved);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="panel form" onSubmit={submit} data-testid="policy-form">
      <h2>{t('policyForm.title')}</h2>
      <p className="muted small">{t('policyForm.hint')}</p>
      <ProblemAlert error={error} />
      <div className="form-grid">
        <Field label={t('config.validFrom')} error={fields.validFrom}>
          <input type="date" required value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />
        </Field>
        <Field label={t('config.legalBasis')} hint={t('config.legalBasisHint')} error={fields.legalBasis}>
          <input
            required
            minLength={3}
            maxLength={300}
            value={legalBasis}
            onChange={(e) => setLegalBasis(e.target.value)}
          />
        </Field>
      </div>
      <h3 className="section-title">{t('policyForm.allowances')}</h3>
      <div className="form-grid">
        <Field label="NJOPTKP" hint={t('policyForm.njoptkpHint')} error={field('propertyAllowances.njoptkp')}>
          <RupiahInput
            name="njoptkp"
            required
            value={allowances.njoptkp}
            onChange={setAllowance('njoptkp')}
          />
        </Field>
        <Field label="NPOPTKP" hint={t('policyForm.npoptkpHint')} error={field('propertyAllowances.npoptkp')}>
          <RupiahInput
            name="npoptkp"
            required
            value={allowances.npoptkp}
            onChange={setAllowance('npoptkp')}
          />
        </Field>
        <Field
          label={t('policyForm.npoptkpInheritance')}
          hint={t('policyForm.npoptkpInheritanceHint')}
          error={field('propertyAllowances.npoptkpInheritance')}
        >
          <RupiahInput
            name="npoptkpInheritance"
            required
            value={allowances.npoptkpInheritance}
            onChange={setAllowance('npoptkpInheritance')}
          />
        </Field>
        <Field label={t('policy.lateFilingFine')} error={field('lateFilingFine')}>
          <RupiahInput
            name="lateFilingFine"
            required
            value={policy.lateFilingFine}
            onChange={(v) => setPolicy({ ...policy, lateFilingFine: v ?? 0 })}
          />
        </Field>
      </div>
      <h3 className="section-title">{t('policyForm.dueAndRounding')}</h3>
      <div className="form-grid">
        <Field label={t('policy.returnDue')} error={field('returnDue')}>
          <select
            value={policy.returnDue.kind === 'day-of-next-month' ? String(policy.returnDue.day) : 'end'}
            onChange={(e) =>
              setPolicy({
                ...policy,
                returnDue:
                  e.target.value === 'end'
                    ? { kind: 'end-of-next-month' }
                    : { kind: 'day-of-next-month', day: Number(e.target.value) },
              })
            }
          >
            <option value="end">{t('policy.returnDueEnd')}</option>
            {Array.from({ length: 28 }, (_, i) => i + 1).map((day) => (
              <option key={day} value={day}>
                {t('policy.returnDueDay', { day })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('policyForm.assessmentDueMonths')} error={field('assessmentDue.months')}>
          <input
            type="number"
            min={1}
            max={12}
            required
            value={policy.assessmentDue.months}
            onChange={(e) =>
              setPolicy({
                ...policy,
                assessmentDue: { kind: 'months-after-issue', months: Number(e.target.value) },
              })
            }
          />
        </Field>
        <Field label={t('policy.rounding')} error={field('rounding')}>
          <select
            value={`${policy.rounding.mode}/${policy.rounding.unit}`}
            onChange={(e) => {
              const [mode, unit] = e.target.value.split('/');
              setPolicy({
                ...policy,
                rounding: {
                  mode: mode as TaxPolicy['rounding']['mode'],
                  unit: Number(unit) as TaxPolicy['rounding']['unit'],
                },
              });
            }}
          >
            {(['down', 'half-up', 'up'] as const).flatMap((mode) =>
              [1, 10, 100, 1000].map((unit) => (
                <option key={`${mode}/${unit}`} value={`${mode}/${unit}`}>
                  {t(`policy.rounding.${mode}`, { unit: formatRupiah(unit) })}
                </option>
              )),
            )}
          </select>
        </Field>
        <Field
          label={t('policy.npwpdTemplate')}
          hint={t('policyForm.npwpdHint')}
          error={field('npwpdTemplate')}
        >
          <input
            className="mono"
            required
            value={policy.npwpdTemplate}
            onChange={(e) => setPolicy({ ...policy, npwpdTemplate: e.target.value })}
          />
        </Field>
      </div>
      <fieldset className="field">
        <legend className="field-label">{t('policyForm.officialAssessment')}</legend>
        <span className="field-hint">{t('policyForm.officialAssessmentHint')}</span>
        {field('officialAssessment') && <span className="field-error">{field('officialAssessment')}</span>}
        <div className="checkbox-grid">
          {taxTypes.types
            ?.filter((type) => type.assessment === 'self')
            .map((type) => (
              <label key={type.code} className="checkbox">
                <input
                  type="checkbox"
                  checked={policy.officialAssessment.includes(type.code)}
                  onChange={(e) =>
                    setPolicy({
                      ...policy,
                      officialAssessment: e.target.checked
                        ? [...policy.officialAssessment, type.code]
                        : policy.officialAssessment.filter((code) => code !== type.code),
                    })
                  }
                />
                {taxTypes.nameOf(type.code)}
              </label>
            ))}
        </div>
      </fieldset>
      <h3 className="section-title">{t('policy.interest')}</h3>
      <div className="form-grid">
        <Field
          label={t('policyForm.ratePerMonth', { name: policy.interest.from.name })}
          error={field('interest.from')}
        >
          <input
            inputMode="decimal"
            required
            value={fromRate}
            onChange={(e) => setFromRate(e.target.value)}
          />
        </Field>
        <Field
          label={t('policyForm.maxMonths', { name: policy.interest.from.name })}
          error={field('interest.from.maxMonths')}
        >
          <input
            type="number"
            min={1}
            max={120}
            required
            value={policy.interest.from.maxMonths}
            onChange={(e) => setRegime('from', { maxMonths: Number(e.target.value) })}
          />
        </Field>
        <Field label={t('policyForm.transitionDate')} error={field('interest.transitionDate')}>
          <input
            type="date"
            required
            value={policy.interest.transitionDate}
            onChange={(e) =>
              setPolicy({ ...policy, interest: { ...policy.interest, transitionDate: e.target.value } })
            }
          />
        </Field>
        <Field
          label={t('policyForm.ratePerMonth', { name: policy.interest.before.name })}
          error={field('interest.before')}
        >
          <input
            inputMode="decimal"
            required
            value={beforeRate}
            onChange={(e) => setBeforeRate(e.target.value)}
          />
        </Field>
      </div>
      <h3 className="section-title">{t('policyForm.tables')}</h3>
      <p className="muted small">{t('policyForm.tablesHint')}</p>
      <AmnestyRows
        amnesties={policy.amnesties}
        fields={fields}
        onChange={(amnesties) => setPolicy({ ...policy, amnesties })}
      />
      <ReklameTariffRows
        tariffs={policy.reklameTariffs}
        fields={fields}
        onChange={(reklameTariffs) => setPolicy({ ...policy, reklameTariffs })}
      />
      <PatPriceRows
        prices={policy.patPrices}
        fields={fields}
        onChange={(patPrices) => setPolicy({ ...policy, patPrices })}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('policyForm.record')}
        </button>
      </div>
    </form>
  );
}
