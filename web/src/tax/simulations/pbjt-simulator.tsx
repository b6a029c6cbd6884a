import { type FormEvent, useState } from 'react';
import { PBJT_SUB_TYPES, type PbjtSubType } from '../../../../src/tax/rules/pbjt';
import { TAX_CATEGORIES } from '../../../../src/tax/rules/tax-categories';
import { ApiProblem, request } from '../../shell/api';
import { Field } from '../../shell/field';
import { formatRatePpm, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { ProblemAlert } from '../../shell/problem-alert';
import { RupiahInput } from '../../shell/rupiah-input';
import type { PbjtSimulation } from './tax-preview';

/** The PBJT sub-types and the categories the law rates differently: the server's lists (UU 1/2022 Pasal 50, 58). */
const categoriesOf = (subType: PbjtSubType): readonly string[] =>
  TAX_CATEGORIES[`pbjt_${subType}`] ?? ['umum'];

/** PBJT on gross receipts at the rate in force on a date, from the region's configuration (public, no sign-in). */
export function PbjtSimulator({
  regionId,
  today,
  staff = false,
}: {
  regionId: string;
  today: string | undefined;
  /** Whether the reader keeps the region's rates: only they are told a rate is the demo's example (issue 14). */
  staff?: boolean;
}) {
  const { t, lang, categoryLabel } = useI18n();
  const [subType, setSubType] = useState<PbjtSubType>('makanan_minuman');
  const [category, setCategory] = useState('umum');
  const [gross, setGross] = useState<number | null>(null);
  const [date, setDate] = useState<string>();
  const [result, setResult] = useState<PbjtSimulation>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};
  const day = date ?? today ?? '';
  const categories = categoriesOf(subType);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      setResult(
        await request<PbjtSimulation>('POST', '/public/simulations/pbjt', {
          regionId,
          subType,
          category,
          gross: gross ?? 0,
          date: day,
        }),
      );
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="panel form" onSubmit={submit} data-testid="pbjt-simulator">
      <div>
        <h2>{t('sim.pbjt.title')}</h2>
        <p className="muted small">{t('sim.pbjt.intro')}</p>
      </div>
      <ProblemAlert error={error} />
      <div className="form-grid">
        <Field label={t('sim.subType')}>
          <select
            name="subType"
            value={subType}
            onChange={(e) => {
              setSubType(e.target.value as PbjtSubType);
              setCategory('umum');
            }}
          >
            {PBJT_SUB_TYPES.map((s) => (
              <option key={s} value={s}>
                {t(`pbjtType.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        {categories.length > 1 && (
          <Field label={t('object.category')}>
            <select name="category" value={category} onChange={(e) => setCategory(e.target.value)}>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {categoryLabel(c)}
                </option>
              ))}
            </select>
          </Field>
        )}
      </div>
      <div className="form-grid">
        <Field label={t('file.gross')} error={fields.gross}>
          <RupiahInput name="gross" required value={gross} onChange={setGross} />
        </Field>
        <Field label={t('sim.date')} error={fields.date}>
          <input name="date" type="date" required value={day} onChange={(e) => setDate(e.target.value)} />
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('sim.pbjt.submit')}
        </button>
      </div>
      {result && (
        <div className="sim-result" role="status" data-testid="pbjt-result">
          <dl className="facts">
            <div>
              <dt>{t('sim.rate')}</dt>
              <dd>
                {formatRatePpm(Math.round(result.rate * 1_000_000), lang)}{' '}
                {staff && result.exampleOnly && (
                  <span className="badge badge-warn">{t('config.exampleOnly')}</span>
                )}
                <div className="muted small">{result.legalBasis}</div>
              </dd>
            </div>
            <div>
              <dt>{t('return.tax')}</dt>
              <dd className="money big">{formatRupiah(result.tax)}</dd>
            </div>
          </dl>
        </div>
      )}
    </form>
  );
}
