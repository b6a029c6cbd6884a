import { Fragment, type ReactNode } from 'react';
import { useI18n } from '../../shell/i18n';
import { RupiahInput } from '../../shell/rupiah-input';
import type { TaxPolicy } from './tax-config';

type Amnesty = TaxPolicy['amnesties'][number];
type ReklameTariff = TaxPolicy['reklameTariffs'][number];
type PatUsage = TaxPolicy['patPrices'][number];
type PatTier = PatUsage['tiers'][number];

const PERIOD_UNITS = ['year', 'month', 'day', 'event'] as const;

/** The server's complaints about one row (`amnesties.0` and everything under it), joined for the row's line. */
function rowError(fields: Record<string, string>, row: string): string | undefined {
  const messages = Object.entries(fields)
    .filter(([path]) => path === `policy.${row}` || path.startsWith(`policy.${row}.`))
    .map(([, message]) => message);
  return messages.length ? messages.join('; ') : undefined;
}

function replaceAt<T>(rows: readonly T[], i: number, row: T): T[] {
  return rows.map((r, j) => (i === j ? row : r));
}

function RowError({ columns, message }: { columns: number; message: string | undefined }) {
  if (!message) return null;
  return (
    <tr>
      <td colSpan={columns} className="field-error">
        {message}
      </td>
    </tr>
  );
}

/**
 * A table whose rows are typed in place: a header per column, each row's cells and a remove button, the server's
 * complaint about a row under it, and a button that adds an empty row.
 */
function EditableRows<T>({
  testId,
  legend,
  hint,
  headers,
  rows,
  cells,
  errorsOf,
  removeLabel,
  addLabel,
  newRow,
  onChange,
}: {
  testId: string;
  legend: string;
  hint?: string;
  headers: string[];
  rows: T[];
  cells(row: T, set: (change: Partial<T>) => void, n: number): ReactNode[];
  errorsOf(i: number): string | undefined;
  removeLabel(n: number): string;
  addLabel: string;
  newRow: T;
  onChange(rows: T[]): void;
}) {
  return (
    <fieldset className="field" data-testid={testId}>
      <legend className="field-label">{legend}</legend>
      {hint && <span className="field-hint">{hint}</span>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table table-edit">
            <thead>
              <tr>
                {headers.map((h) => (
                  <th key={h}>{h}</th>
                ))}
                <th />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows being typed have no identity but their place
                <Fragment key={i}>
                  <tr>
                    {cells(row, (change) => onChange(replaceAt(rows, i, { ...row, ...change })), i + 1).map(
                      (cell, c) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: a row's cells are its columns, in order
                        <td key={c}>{cell}</td>
                      ),
                    )}
                    <td>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={removeLabel(i + 1)}
                        onClick={() => onChange(rows.filter((_, j) => j !== i))}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                  <RowError columns={headers.length + 1} message={errorsOf(i)} />
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <button type="button" className="link-button" onClick={() => onChange([...rows, newRow])}>
          + {addLabel}
        </button>
      </div>
    </fieldset>
  );
}

/**
 * The pemutihan windows of a new policy: interest on a payment made from one day to another is waived by a share
 * (the penalty rule takes the largest where windows overlap), each with the Perkada that grants it.
 */
export function AmnestyRows({
  amnesties,
  fields,
  onChange,
}: {
  amnesties: Amnesty[];
  fields: Record<string, string>;
  onChange(amnesties: Amnesty[]): void;
}) {
  const { t } = useI18n();
  const from = t('policyForm.from');
  const to = t('policyForm.to');
  const waive = t('policyForm.waivePercent');
  const basis = t('config.legalBasis');
  return (
    <EditableRows
      testId="amnesty-rows"
      legend={t('policy.amnesties')}
      hint={t('policyForm.amnestiesHint')}
      headers={[from, to, waive, basis]}
      rows={amnesties}
      cells={(a, set, n) => [
        <input
          key="from"
          type="date"
          required
          aria-label={`${from} ${n}`}
          value={a.from}
          onChange={(e) => set({ from: e.target.value })}
        />,
        <input
          key="to"
          type="date"
          required
          aria-label={`${to} ${n}`}
          value={a.to}
          onChange={(e) => set({ to: e.target.value })}
        />,
        <input
          key="waive"
          type="number"
          required
          min={0}
          max={100}
          step={0.01}
          aria-label={`${waive} ${n}`}
          value={a.waivePpm / 10_000}
          onChange={(e) => set({ waivePpm: Math.round(Number(e.target.value) * 10_000) })}
        />,
        <input
          key="basis"
          required
          minLength={3}
          maxLength={300}
          aria-label={`${basis} ${n}`}
          value={a.legalBasis}
          onChange={(e) => set({ legalBasis: e.target.value })}
        />,
      ]}
      errorsOf={(i) => rowError(fields, `amnesties.${i}`)}
      removeLabel={(n) => t('policyForm.removeAmnesty', { n })}
      addLabel={t('policyForm.addAmnesty')}
      newRow={{ from: '', to: '', waivePpm: 1_000_000, legalBasis: '' }}
      onChange={onChange}
    />
  );
}

/** Nilai Sewa Reklame tariffs: per m² per period unit, by reklame type and location class. */
export function ReklameTariffRows({
  tariffs,
  fields,
  onChange,
}: {
  tariffs: ReklameTariff[];
  fields: Record<string, string>;
  onChange(tariffs: ReklameTariff[]): void;
}) {
  const { t } = useI18n();
  const type = t('skpd.reklameType');
  const locationClass = t('skpd.locationClass');
  const unit = t('skpd.periodUnit');
  const tariff = t('policy.tariffPerM2');
  return (
    <EditableRows
      testId="reklame-tariff-rows"
      legend={t('policy.reklameTariffs')}
      headers={[type, locationClass, unit, tariff]}
      rows={tariffs}
      cells={(x, set, n) => [
        <input
          key="type"
          required
          maxLength={60}
          aria-label={`${type} ${n}`}
          value={x.reklameType}
          onChange={(e) => set({ reklameType: e.target.value })}
        />,
        <input
          key="class"
          required
          maxLength={20}
          aria-label={`${locationClass} ${n}`}
          value={x.locationClass}
          onChange={(e) => set({ locationClass: e.target.value })}
        />,
        <select
          key="unit"
          aria-label={`${unit} ${n}`}
          value={x.periodUnit}
          onChange={(e) => set({ periodUnit: e.target.value as ReklameTariff['periodUnit'] })}
        >
          {PERIOD_UNITS.map((u) => (
            <option key={u} value={u}>
              {t(`skpd.unit.${u}`)}
            </option>
          ))}
        </select>,
        <RupiahInput
          key="tariff"
          name={`reklame-tariff-${n}`}
          required
          aria-label={`${tariff} ${n}`}
          value={x.tariffPerSquareMeterPerUnit}
          onChange={(v) => set({ tariffPerSquareMeterPerUnit: v ?? 0 })}
        />,
      ]}
      errorsOf={(i) => rowError(fields, `reklameTariffs.${i}`)}
      removeLabel={(n) => t('policyForm.removeTariff', { n })}
      addLabel={t('policyForm.addTariff')}
      newRow={{ reklameType: '', locationClass: '', periodUnit: 'year', tariffPerSquareMeterPerUnit: 0 }}
      onChange={onChange}
    />
  );
}

/**
 * Groundwater base prices per usage in progressive volume tiers. The last tier of a usage has no upper bound, so a
 * new tier goes in before it and its bound must be typed.
 */
export function PatPriceRows({
  prices,
  fields,
  onChange,
}: {
  prices: PatUsage[];
  fields: Record<string, string>;
  onChange(prices: PatUsage[]): void;
}) {
  const { t } = useI18n();
  const setUsage = (i: number, change: Partial<PatUsage>) =>
    onChange(replaceAt(prices, i, { ...(prices[i] as PatUsage), ...change }));
  const setTier = (i: number, k: number, change: Partial<PatTier>) => {
    const tiers = (prices[i] as PatUsage).tiers;
    setUsage(i, { tiers: replaceAt(tiers, k, { ...(tiers[k] as PatTier), ...change }) });
  };
  return (
    <fieldset className="field" data-testid="pat-price-rows">
      <legend className="field-label">{t('policy.patPrices')}</legend>
      {prices.map((usage, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows being typed have no identity but their place
        <div className="table-wrap" key={i}>
          <table className="table table-edit">
            <thead>
              <tr>
                <th colSpan={2}>
                  <input
                    required
                    maxLength={60}
                    aria-label={`${t('skpd.usage')} ${i + 1}`}
                    value={usage.usage}
                    onChange={(e) => setUsage(i, { usage: e.target.value })}
                  />
                </th>
                <th>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t('policyForm.removeUsage', { n: i + 1 })}
                    onClick={() => onChange(prices.filter((_, j) => j !== i))}
                  >
                    ×
                  </button>
                </th>
              </tr>
              <tr>
                <th>{t('policyForm.upToM3')}</th>
                <th>{t('policy.pricePerM3')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {usage.tiers.map((tier, k) => {
                const last = k === usage.tiers.length - 1;
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: tiers have no identity but their place
                  <tr key={k}>
                    <td>
                      {last ? (
                        <span className="muted">{t('policy.tierRest')}</span>
                      ) : (
                        <input
                          type="number"
                          required
                          min={1}
                          step={1}
                          aria-label={`${t('policyForm.upToM3')} ${i + 1}.${k + 1}`}
                          value={tier.upToM3 ?? ''}
                          onChange={(e) =>
                            setTier(i, k, { upToM3: e.target.value === '' ? null : Number(e.target.value) })
                          }
                        />
                      )}
                    </td>
                    <td>
                      <RupiahInput
                        name={`pat-price-${i}-${k}`}
                        required
                        aria-label={`${t('policy.pricePerM3')} ${i + 1}.${k + 1}`}
                        value={tier.pricePerM3}
                        onChange={(v) => setTier(i, k, { pricePerM3: v ?? 0 })}
                      />
                    </td>
                    <td>
                      {!last && (
                        <button
                          type="button"
                          className="icon-button"
                          aria-label={t('policyForm.removeTier', { n: `${i + 1}.${k + 1}` })}
                          onClick={() => setUsage(i, { tiers: usage.tiers.filter((_, j) => j !== k) })}
                        >
                          ×
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
              <RowError columns={3} message={rowError(fields, `patPrices.${i}`)} />
            </tbody>
          </table>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              setUsage(i, {
                tiers: [
                  ...usage.tiers.slice(0, -1),
                  { upToM3: null, pricePerM3: 0 },
                  ...usage.tiers.slice(-1),
                ],
              })
            }
          >
            + {t('policyForm.addTier')}
          </button>
        </div>
      ))}
      <div>
        <button
          type="button"
          className="link-button"
          onClick={() => onChange([...prices, { usage: '', tiers: [{ upToM3: null, pricePerM3: 0 }] }])}
        >
          + {t('policyForm.addUsage')}
        </button>
      </div>
    </fieldset>
  );
}
