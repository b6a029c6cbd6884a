import { regionPath } from '../shell/api';
import { formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { href } from '../shell/router';
import { useResource } from '../shell/use-resource';
import { AgeName, type Aging, ArrearsAgeChart, BILL_NOUN } from './arrears-by-age';

/**
 * The arrears by age at a glance, for the revenue dashboard: a compact chart of the four ages, their bills and what
 * they cost today as a table beside it, and the way to the arrears page (top debtors, write-off candidates). The page
 * that shows it asks first whether the person may read the arrears (COLLECTION_READERS).
 */
export function ArrearsAgeSummary({ regionId }: { regionId: string }) {
  const { t, count } = useI18n();
  const aging = useResource<Aging>(regionPath(regionId, '/collection/arrears-aging'));
  const a = aging.data;
  return (
    <section className="panel" aria-labelledby="arrears-age-summary-title" data-testid="arrears-age-summary">
      <h2 id="arrears-age-summary-title">{t('aging.chart')}</h2>
      <ProblemAlert error={aging.error} />
      {!a && !aging.error && <Loading />}
      {a && (
        <>
          <p className="muted small">
            {t('aging.summary.arrears', { date: a.asOf, amount: a.arrears.total })}
            {a.writeOffTotals.bills > 0 && (
              <> · {t('aging.summary.writeOffs', { count: a.writeOffTotals.bills })}</>
            )}
          </p>
          <div className="aging-summary">
            <ArrearsAgeChart aging={a} compact />
            <div className="table-wrap">
              <table className="table aging-summary-table" data-testid="aging-summary-table">
                <thead>
                  <tr>
                    <th>{t('aging.age')}</th>
                    <th className="num">{t('aging.bills')}</th>
                    <th className="num">{t('aging.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.buckets.map((b) => (
                    <tr key={b.age} data-testid={`aging-summary-${b.age}`}>
                      <td>
                        <AgeName age={b.age} />
                      </td>
                      <td className="num nowrap">{count(b.bills, BILL_NOUN)}</td>
                      <td className="num money">{formatRupiah(b.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
          <p>
            <a href={href('/collection/aging')} data-testid="aging-summary-more">
              {t('aging.summary.more')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
