import { Fragment } from 'react';
import { useI18n } from '../i18n';
import type { TaxPolicy } from '../tax-config';
import { RupiahInput } from './rupiah-input';

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
  const set = (i: number, change: Partial<Amnesty>) =>
    onChange(replaceAt(amnesties, i, { ...(amnesties[i] as Amnesty), ...change }));
  return (
    <fieldset className="field" data-testid="amnesty-rows">
      <legend className="field-label">{t('policy.amnesties')}</legend>
      <span className="field-hint">{t('policyForm.amnestiesHint')}</span>
      {amnesties.length > 0 && (
        <div className="table-wrap">
          <table className="table table-edit">
            <thead>
              <tr>
                <th>{t('policyForm.from')}</th>
                <th>{t('policyForm.to')}</th>
                <th>{t('policyForm.waivePercent')}</th>
                <th>{t('config.legalBasis')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {amnesties.map((a, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows being typed have no identity but their place
                <Fragment key={i}>
                  <tr>
                    <td>
                      <input
                        type="date"
                        required
                        aria-label={`${t('policyForm.from')} ${i + 1}`}
                        value={a.from}
                        onChange={(e) => set(i, { from: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        type="date"
                        required
                        aria-label={`${t('policyForm.to')} ${i + 1}`}
                        value={a.to}
                        onChange={(e) => set(i, { to: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        type="number"
                        required
                        min={0}
                        max={100}
                        step={0.01}
                        aria-label={`${t('policyForm.waivePercent')} ${i + 1}`}
                        value={a.waivePpm / 10_000}
                        onChange={(e) => set(i, { waivePpm: Math.round(Number(e.target.value) * 10_000) })}
                      />
                    </td>
                    <td>
                      <input
                        required
                        minLength={3}
                        maxLength={300}
                        aria-label={`${t('config.legalBasis')} ${i + 1}`}
                        value={a.legalBasis}
                        onChange={(e) => set(i, { legalBasis: e.target.value })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={t('policyForm.removeAmnesty', { n: i + 1 })}
                        onClick={() => onChange(amnesties.filter((_, j) => j !== i))}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                  <RowError columns={5} message={rowError(fields, `amnesties.${i}`)} />
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <button
          type="button"
          className="link-button"
          onClick={() => onChange([...amnesties, { from: '', to: '', waivePpm: 1_000_000, legalBasis: '' }])}
        >
          + {t('policyForm.addAmnesty')}
        </button>
      </div>
    </fieldset>
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
  const set = (i: number, change: Partial<ReklameTariff>) =>
    onChange(replaceAt(tariffs, i, { ...(tariffs[i] as ReklameTariff), ...change }));
  return (
    <fieldset className="field" data-testid="reklame-tariff-rows">
      <legend className="field-label">{t('policy.reklameTariffs')}</legend>
      {tariffs.length > 0 && (
        <div className="table-wrap">
          <table className="table table-edit">
            <thead>
              <tr>
                <th>{t('skpd.reklameType')}</th>
                <th>{t('skpd.locationClass')}</th>
                <th>{t('skpd.periodUnit')}</th>
                <th>{t('policy.tariffPerM2')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {tariffs.map((x, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows being typed have no identity but their place
                <Fragment key={i}>
                  <tr>
                    <td>
                      <input
                        required
                        maxLength={60}
                        aria-label={`${t('skpd.reklameType')} ${i + 1}`}
                        value={x.reklameType}
                        onChange={(e) => set(i, { reklameType: e.target.value })}
                      />
                    </td>
                    <td>
                      <input
                        required
                        maxLength={20}
                        aria-label={`${t('skpd.locationClass')} ${i + 1}`}
                        value={x.locationClass}
                        onChange={(e) => set(i, { locationClass: e.target.value })}
                      />
                    </td>
                    <td>
                      <select
                        aria-label={`${t('skpd.periodUnit')} ${i + 1}`}
                        value={x.periodUnit}
                        onChange={(e) =>
                          set(i, { periodUnit: e.target.value as ReklameTariff['periodUnit'] })
                        }
                      >
                        {PERIOD_UNITS.map((unit) => (
                          <option key={unit} value={unit}>
                            {t(`skpd.unit.${unit}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <RupiahInput
                        name={`reklame-tariff-${i}`}
                        required
                        aria-label={`${t('policy.tariffPerM2')} ${i + 1}`}
                        value={x.tariffPerSquareMeterPerUnit}
                        onChange={(v) => set(i, { tariffPerSquareMeterPerUnit: v ?? 0 })}
                      />
                    </td>
                    <td>
                      <button
                        type="button"
                        className="icon-button"
                        aria-label={t('policyForm.removeTariff', { n: i + 1 })}
                        onClick={() => onChange(tariffs.filter((_, j) => j !== i))}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                  <RowError columns={5} message={rowError(fields, `reklameTariffs.${i}`)} />
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <button
          type="button"
          className="link-button"
          onClick={() =>
            onChange([
              ...tariffs,
              { reklameType: '', locationClass: '', periodUnit: 'year', tariffPerSquareMeterPerUnit: 0 },
            ])
          }
        >
          + {t('policyForm.addTariff')}
        </button>
      </div>
    </fieldset>
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
