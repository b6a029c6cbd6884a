import type { taxOverviewSchema } from '../../../../src/tax/overview/overview-routes';
import { type RegionGrant, regionPath, type WireOf } from '../../shell/api';
import { formatDate, formatPeriod, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { useNavigation } from '../../shell/navigation';
import { ProblemAlert } from '../../shell/problem-alert';
import { href } from '../../shell/router';
import { useResource } from '../../shell/use-resource';
import { useTaxTypes } from '../config/use-tax-types';

type TaxOverview = WireOf<typeof taxOverviewSchema>;

/**
 * The region's local taxes today, for Bapenda staff: what waits for them, what is overdue and what came in this
 * month. Each figure opens the page it summarises, where the person's role lets them see it.
 */
export function TaxOverviewPanel({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const overview = useResource<TaxOverview>(regionPath(region.regionId, '/tax/overview'));
  const taxTypes = useTaxTypes();
  const { canOpen } = useNavigation();
  const o = overview.data;
  // A figure links to its page only for those who may open it.
  const linked = (path: string, text: string) => (canOpen(path) ? <a href={href(path)}>{text}</a> : text);

  return (
    <section className="section" data-testid="tax-overview">
      <h2>{t('overview.title', { region: region.name })}</h2>
      <ProblemAlert error={overview.error} />
      {!o && !overview.error && <Loading />}
      {o && (
        <>
          <div className="stats">
            <div className="stat" data-testid="overview-registrations">
              <span className="muted small">{linked('/registrations', t('overview.registrations'))}</span>
              <strong>{o.waiting.taxpayers + o.waiting.objects}</strong>
              <span className="small">
                {t('overview.registrationsDetail', {
                  taxpayers: o.waiting.taxpayers,
                  objects: o.waiting.objects,
                })}
              </span>
            </div>
            <div className="stat" data-testid="overview-review">
              <span className="muted small">{linked('/review', t('overview.review'))}</span>
              <strong>{o.waiting.returnsToReview}</strong>
            </div>
            <div className="stat" data-testid="overview-missing">
              <span className="muted small">
                {linked(
                  '/missing-returns',
                  t('overview.missing', { period: formatPeriod(o.missingReturns.period, lang) }),
                )}
              </span>
              <strong>{o.missingReturns.count}</strong>
              <span className="small">
                {t(o.missingReturns.overdue ? 'overview.dueWas' : 'overview.dueIs', {
                  date: formatDate(o.missingReturns.dueDate, lang),
                })}
              </span>
            </div>
            <div className="stat" data-testid="overview-arrears">
              <span className="muted small">{linked('/arrears', t('overview.arrears'))}</span>
              <strong className="money">{formatRupiah(o.arrears.total)}</strong>
              <span className="small">
                {t('overview.arrearsDetail', {
                  count: o.arrears.count,
                  penalty: formatRupiah(o.arrears.penalty),
                })}
              </span>
            </div>
            <div className="stat stat-main" data-testid="overview-receipts">
              <span className="small">
                {t('overview.receipts', { month: formatPeriod(o.receipts.month, lang) })}
              </span>
              <strong className="money">{formatRupiah(o.receipts.total)}</strong>
              <span className="small">{t('recon.paymentsCount', { count: o.receipts.payments })}</span>
            </div>
          </div>
          {o.receipts.byTax.length > 0 && taxTypes.types && (
            <div className="table-wrap">
              <table className="table" data-testid="overview-receipts-by-tax">
                <thead>
                  <tr>
                    <th>{t('overview.tax')}</th>
                    <th className="num">{t('overview.paymentsColumn')}</th>
                    <th className="num">{t('overview.amount')}</th>
                  </tr>
                </thead>
                <tbody>
                  {o.receipts.byTax.map((x) => (
                    <tr key={x.taxCode}>
                      <td>{taxTypes.nameOf(x.taxCode)}</td>
                      <td className="num">{x.payments}</td>
                      <td className="num money">{formatRupiah(x.amount)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="muted small">{t('overview.asOf', { date: formatDate(o.today, lang) })}</p>
        </>
      )}
    </section>
  );
}
