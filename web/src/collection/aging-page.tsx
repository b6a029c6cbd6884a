import { type RegionGrant, regionPath } from '../shell/api';
import { DownloadButtons } from '../shell/download-buttons';
import { formatDate, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { AgeName, type Aging, ArrearsAgeChart } from './arrears-by-age';

/**
 * Umur piutang: the region's receivables by age with interest as of today, as a chart (ECharts: this page is loaded
 * when first opened) and as the table of the same figures, the largest debtors and the bills past the collection time
 * limit, each table downloadable.
 */
export default function AgingPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const aging = useResource<Aging>(regionPath(region.regionId, '/collection/arrears-aging'));
  const a = aging.data;
  const table = (name: string) => new URLSearchParams({ table: name });

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('aging.title')}</h1>
          {a && <p className="muted">{t('aging.subtitle', { date: formatDate(a.asOf, lang) })}</p>}
        </div>
      </div>
      <ProblemAlert error={aging.error} />
      {!a && !aging.error && <Loading />}
      {a && (
        <>
          <section className="panel" aria-labelledby="aging-buckets-title">
            <h2 id="aging-buckets-title">{t('aging.chart')}</h2>
            <ArrearsAgeChart aging={a} />
            <div className="table-wrap">
              <table className="table table-stacked" data-testid="aging-buckets">
                <thead>
                  <tr>
                    <th>{t('aging.age')}</th>
                    <th className="num">{t('aging.bills')}</th>
                    <th className="num">{t('aging.principal')}</th>
                    <th className="num">{t('aging.interest')}</th>
                    <th className="num">{t('aging.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.buckets.map((b) => (
                    <tr key={b.age} data-testid={`aging-${b.age}`}>
                      <td>
                        <strong>
                          <AgeName age={b.age} />
                        </strong>
                      </td>
                      <td className="num">
                        <span className="stacked-label">{t('aging.bills')}</span>
                        {b.bills}
                      </td>
                      <td className="num money">
                        <span className="stacked-label">{t('aging.principal')}</span>
                        {formatRupiah(b.principal)}
                      </td>
                      <td className="num money">
                        <span className="stacked-label">{t('aging.interest')}</span>
                        {formatRupiah(b.interest)}
                      </td>
                      <td className="num money">
                        <span className="stacked-label">{t('aging.total')}</span>
                        <strong>{formatRupiah(b.total)}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr data-testid="aging-arrears">
                    <td>
                      <strong>{t('aging.arrearsTotal')}</strong>
                    </td>
                    <td className="num">
                      <span className="stacked-label">{t('aging.bills')}</span>
                      {a.arrears.bills}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('aging.principal')}</span>
                      {formatRupiah(a.arrears.principal)}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('aging.interest')}</span>
                      {formatRupiah(a.arrears.interest)}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('aging.total')}</span>
                      <strong>{formatRupiah(a.arrears.total)}</strong>
                    </td>
                  </tr>
                </tfoot>
              </table>
            </div>
            <p className="muted small">{t('aging.agesNote')}</p>
            <DownloadButtons
              regionId={region.regionId}
              path="/collection/arrears-aging/download"
              params={table('buckets')}
              testId="aging-download"
            />
          </section>

          <section className="panel" aria-labelledby="aging-debtors-title">
            <h2 id="aging-debtors-title">{t('aging.topDebtors')}</h2>
            <div className="table-wrap">
              <table className="table table-stacked" data-testid="aging-debtors">
                <thead>
                  <tr>
                    <th>{t('aging.taxpayer')}</th>
                    <th className="num">{t('aging.bills')}</th>
                    <th>{t('aging.oldestDue')}</th>
                    <th className="num">{t('aging.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {a.topDebtors.map((d) => (
                    <tr key={d.taxpayerId} data-testid="aging-debtor">
                      <td>
                        {d.name}
                        {d.npwpd && <div className="mono small muted">{d.npwpd}</div>}
                      </td>
                      <td className="num">
                        <span className="stacked-label">{t('aging.bills')}</span>
                        {d.bills}
                      </td>
                      <td className="nowrap">
                        <span className="stacked-label">{t('aging.oldestDue')}</span>
                        {formatDate(d.oldestDue, lang)}
                      </td>
                      <td className="num money">
                        <span className="stacked-label">{t('aging.total')}</span>
                        <strong>{formatRupiah(d.total)}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <DownloadButtons
              regionId={region.regionId}
              path="/collection/arrears-aging/download"
              params={table('debtors')}
              testId="aging-debtors-download"
            />
          </section>

          <section className="panel" aria-labelledby="aging-writeoffs-title">
            <h2 id="aging-writeoffs-title">{t('aging.writeOffs')}</h2>
            <p className="muted small">{t('aging.writeOffsNote', { years: a.settings.writeOffYears })}</p>
            {a.writeOffCandidates.length === 0 ? (
              <p className="empty">{t('aging.writeOffsNone')}</p>
            ) : (
              <div className="table-wrap">
                <table className="table table-stacked" data-testid="aging-writeoffs">
                  <thead>
                    <tr>
                      <th>{t('aging.taxpayer')}</th>
                      <th>{t('aging.dueDate')}</th>
                      <th>{t('aging.lapsedOn')}</th>
                      <th className="num">{t('aging.total')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {a.writeOffCandidates.map((w) => (
                      <tr key={w.billId}>
                        <td>
                          {w.taxpayerName}
                          <div className="mono small nowrap">{w.billingCodeDisplay}</div>
                        </td>
                        <td className="nowrap">
                          <span className="stacked-label">{t('aging.dueDate')}</span>
                          {formatDate(w.dueDate, lang)}
                        </td>
                        <td className="nowrap">
                          <span className="stacked-label">{t('aging.lapsedOn')}</span>
                          {formatDate(w.lapsedOn, lang)}
                        </td>
                        <td className="num money">
                          <span className="stacked-label">{t('aging.total')}</span>
                          {formatRupiah(w.total)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <DownloadButtons
              regionId={region.regionId}
              path="/collection/arrears-aging/download"
              params={table('write-offs')}
              testId="aging-writeoffs-download"
            />
          </section>
        </>
      )}
    </>
  );
}
