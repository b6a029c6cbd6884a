import { formatDate, formatRatePpm } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { type TaxRate, type TaxType, taxName } from './tax-config';

/** The rate in force on `today` for each tax and category: the latest version that has started. */
function inForce(rates: TaxRate[], today: string): Set<TaxRate> {
  const current = new Map<string, TaxRate>();
  for (const r of rates) {
    const key = `${r.taxCode}/${r.category}`;
    const best = current.get(key);
    if (r.validFrom > today) continue;
    if (
      !best ||
      r.validFrom > best.validFrom ||
      (r.validFrom === best.validFrom && r.revision > best.revision)
    )
      current.set(key, r);
  }
  return new Set(current.values());
}

/** Every version of every rate, grouped per tax and category, the one in force today marked. */
export function RatesTable({ rates, today, types }: { rates: TaxRate[]; today: string; types: TaxType[] }) {
  const { t, lang, categoryLabel } = useI18n();
  const current = inForce(rates, today);
  // In the order of the tax types (their billing code), the general category first.
  const rank = (r: TaxRate) => types.findIndex((type) => type.code === r.taxCode);
  const sorted = [...rates].sort(
    (a, b) => rank(a) - rank(b) || Number(b.category === 'umum') - Number(a.category === 'umum'),
  );
  const groups = new Map<string, TaxRate[]>();
  for (const r of sorted) {
    const key = `${r.taxCode}/${r.category}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return (
    <div className="table-wrap">
      <table className="table" data-testid="rates-table">
        <thead>
          <tr>
            <th>{t('config.validFrom')}</th>
            <th className="num">{t('config.rate')}</th>
            <th>{t('config.legalBasis')}</th>
            <th>{t('return.status')}</th>
          </tr>
        </thead>
        {[...groups.entries()].map(([key, versions]) => {
          const first = versions[0] as TaxRate;
          return (
            <tbody key={key}>
              <tr className="group-row">
                <td colSpan={4}>
                  <strong>
                    {taxName(
                      types.find((type) => type.code === first.taxCode),
                      first.taxCode,
                      lang,
                    )}
                  </strong>
                  {first.category !== 'umum' && (
                    <span className="muted"> · {categoryLabel(first.category)}</span>
                  )}
                </td>
              </tr>
              {versions.map((r) => (
                <tr key={`${r.validFrom}#${r.revision}`} className={current.has(r) ? '' : 'dimmed'}>
                  <td className="nowrap">
                    {formatDate(r.validFrom, lang)}
                    {r.revision > 1 && (
                      <div className="muted small">{t('config.revision', { revision: r.revision })}</div>
                    )}
                  </td>
                  <td className="num strong">{formatRatePpm(r.ratePpm, lang)}</td>
                  <td className="small">{r.legalBasis}</td>
                  <td>
                    {current.has(r) && <span className="badge badge-ok">{t('config.inForce')}</span>}
                    {r.validFrom > today && <span className="badge badge-info">{t('config.upcoming')}</span>}
                    {r.exampleOnly && (
                      <span className="badge badge-warn" title={t('config.exampleOnlyHint')}>
                        {t('config.exampleOnly')}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}
