import { type FormEvent, useState } from 'react';
import { ApiProblem, regionPath, request } from '../../shell/api';
import { Field } from '../../shell/field';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';
import type { TaxRate, TaxType } from './tax-config';
import { CategorySelect, TaxTypeSelect } from './tax-type-select';

/**
 * Records a rate from the region's Perda, effective from a date. The server refuses a rate outside the law's cap
 * or band and names the article; that refusal is shown as it comes.
 */
export function RateForm({
  regionId,
  types,
  onRecorded,
}: {
  regionId: string;
  types: TaxType[] | undefined;
  onRecorded(rate: TaxRate): void;
}) {
  const { t } = useI18n();
  const [taxCode, setTaxCode] = useState('');
  const [category, setCategory] = useState('umum');
  const [validFrom, setValidFrom] = useState('');
  const [percent, setPercent] = useState('');
  const [legalBasis, setLegalBasis] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};
  const categories = types?.find((type) => type.code === taxCode)?.categories ?? ['umum'];

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const rate = await request<TaxRate>('POST', regionPath(regionId, '/tax/rates'), {
        taxCode,
        category,
        validFrom,
        ratePpm: Math.round(Number(percent.replace(',', '.')) * 10_000),
        legalBasis,
      });
      setPercent('');
      setLegalBasis('');
      onRecorded(rate);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="panel form" onSubmit={submit} data-testid="rate-form">
      <h2>{t('config.addRate')}</h2>
      <ProblemAlert error={error} />
      <div className="form-grid">
        <Field label={t('object.taxType')} error={fields.taxCode}>
          <TaxTypeSelect
            types={types}
            value={taxCode}
            onChange={(code) => {
              setTaxCode(code);
              setCategory(types?.find((type) => type.code === code)?.categories[0] ?? 'umum');
            }}
          />
        </Field>
        {categories.length > 1 && (
          <Field label={t('object.category')} error={fields.category}>
            <CategorySelect categories={categories} value={category} onChange={setCategory} />
          </Field>
        )}
        <Field label={t('config.validFrom')} error={fields.validFrom}>
          <input
            name="validFrom"
            type="date"
            required
            value={validFrom}
            onChange={(e) => setValidFrom(e.target.value)}
          />
        </Field>
        <Field label={t('config.ratePercent')} error={fields.ratePpm}>
          <input
            name="rate"
            inputMode="decimal"
            required
            pattern="\d{1,3}([.,]\d{1,4})?"
            value={percent}
            onChange={(e) => setPercent(e.target.value)}
          />
        </Field>
      </div>
      <Field label={t('config.legalBasis')} hint={t('config.legalBasisHint')} error={fields.legalBasis}>
        <input
          name="legalBasis"
          required
          minLength={3}
          maxLength={300}
          value={legalBasis}
          onChange={(e) => setLegalBasis(e.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : t('config.record')}
        </button>
      </div>
    </form>
  );
}
