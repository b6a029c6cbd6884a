import { useState } from 'react';
import { holdsAny } from '../../../src/platform/roles';
import { TAX_STAFF } from '../../../src/tax/roles';
import { sspdUrl } from '../payments/payments';
import { regionPath } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { DownloadButtons } from '../shell/download-buttons';
import { formatDate, formatPeriod, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { PdfLink } from '../shell/pdf-link';
import { ProblemAlert } from '../shell/problem-alert';
import { href, routeQuery } from '../shell/router';
import { useResource } from '../shell/use-resource';
import { PAYMENT_NOUN, type RealisationEntries } from './revenue';

const PAGE = 50;
/** The drill-down's filters (`GET …/revenue/payments`): what the dashboard's link carries in the page's address. */
const FILTER_KEYS = [
  'year',
  'month',
  'taxCode',
  'districtCode',
  'villageCode',
  'channel',
  'partnerId',
] as const;

/**
 * The payments behind a figure of the dashboard (a tax's realisation, a month, a kelurahan, a channel, a bank): a
 * page at a time, with their sum, the whole list as CSV or XLSX, and each payment's SSPD for those who may open it
 * (tax staff: the SSPD route's own set; the mayor reads figures, not taxpayers' receipts).
 */
export default function RevenuePaymentsPage({ region }: RegionPageProps) {
  const { t, lang, count } = useI18n();
  const query = routeQuery();
  const filter = new URLSearchParams(
    FILTER_KEYS.flatMap((k) => (query.get(k) ? [[k, query.get(k) as string] as [string, string]] : [])),
  );
  const [offset, setOffset] = useState(0);
  const page = new URLSearchParams(filter);
  page.set('limit', String(PAGE));
  page.set('offset', String(offset));
  const list = useResource<RealisationEntries>(regionPath(region.regionId, `/revenue/payments?${page}`));
  const e = list.data;
  const showSspd = holdsAny(region.roles, TAX_STAFF);
  const year = filter.get('year');
  const month = filter.get('month');

  return (
    <>
      <div className="page-head">
        <div>
          <p className="small">
            <a href={href('/revenue')}>{t('revenuePayments.back')}</a>
          </p>
          <h1>{t('revenuePayments.title')}</h1>
          <p className="muted" data-testid="payments-filter">
            {[
              year && !month ? t('revenuePayments.filters', { year }) : '',
              year && month ? formatPeriod(`${year}-${month.padStart(2, '0')}`, lang) : '',
              // Named as the API names them (the tax type, kecamatan, kelurahan, channel or bank), never by code.
              // A channel and its bank share a name (Bank Jatim): said once.
              ...new Set((e?.filters ?? []).map((f) => f.label[lang])),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
      </div>
      <DownloadButtons
        regionId={region.regionId}
        path="/revenue/payments/download"
        params={filter}
        testId="payments-download"
      />
      <ProblemAlert error={list.error} />
      {!e && !list.error && <Loading />}
      {e && (
        <div className="stats" data-testid="payments-totals">
          <div className="stat">
            <span className="muted small">{t('revenuePayments.count')}</span>
            <strong>{count(e.count, PAYMENT_NOUN)}</strong>
          </div>
          <div className="stat">
            <span className="muted small">{t('revenue.principal')}</span>
            <strong className="money">{formatRupiah(e.principal)}</strong>
          </div>
          <div className="stat">
            <span className="muted small">{t('revenue.penalty')}</span>
            <strong className="money">{formatRupiah(e.penalty)}</strong>
          </div>
          <div className="stat stat-main">
            <span className="small">{t('revenue.amount')}</span>
            <strong className="money" data-testid="payments-amount">
              {formatRupiah(e.amount)}
            </strong>
          </div>
        </div>
      )}
      {e?.items.length === 0 && <p className="empty">{t('revenuePayments.none')}</p>}
      {e && e.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table table-stacked revenue-table" data-testid="payments-table">
              <thead>
                <tr>
                  <th>{t('revenuePayments.day')}</th>
                  <th>{t('revenuePayments.taxpayer')}</th>
                  <th>{t('revenuePayments.channel')}</th>
                  <th className="num">{t('revenue.principal')}</th>
                  <th className="num">{t('revenue.penalty')}</th>
                  <th className="num">{t('revenue.amount')}</th>
                  {showSspd && <th>{t('revenuePayments.sspd')}</th>}
                </tr>
              </thead>
              <tbody>
                {e.items.map((x) => (
                  <tr key={`${x.kind}-${x.paymentId}`} data-testid="payment-row">
                    <td>
                      <span className="nowrap">{formatDate(x.day, lang)}</span>
                      {x.kind === 'reversal' && (
                        <span className="badge badge-warn"> {t('revenuePayments.reversal')}</span>
                      )}
                      <div className="mono small">{x.ntpd}</div>
                    </td>
                    <td>
                      {x.taxpayerName}
                      <div className="muted small">
                        {[x.objectName, x.taxName[lang], x.period && formatPeriod(x.period, lang)]
                          .filter(Boolean)
                          .join(' · ')}
                      </div>
                    </td>
                    <td>{x.partnerName}</td>
                    <td className="num money">
                      <span className="stacked-label">{t('revenue.principal')}</span>
                      {formatRupiah(x.principal)}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('revenue.penalty')}</span>
                      {formatRupiah(x.penalty)}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('revenue.amount')}</span>
                      <strong>{formatRupiah(x.amount)}</strong>
                    </td>
                    {showSspd && (
                      <td data-testid="payment-sspd">
                        <PdfLink
                          href={sspdUrl(region.regionId, x.paymentId)}
                          label={t('revenuePayments.sspd')}
                        />
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {e.count > PAGE && (
            <nav className="pager" aria-label={t('list.pages')} data-testid="payments-pager">
              <button
                type="button"
                className="button"
                disabled={offset === 0}
                onClick={() => setOffset(Math.max(0, offset - PAGE))}
              >
                {t('common.previous')}
              </button>
              <span className="muted small pager-page">
                {t('list.page', { page: offset / PAGE + 1, pages: Math.ceil(e.count / PAGE) })}
              </span>
              <button
                type="button"
                className="button"
                disabled={offset + PAGE >= e.count}
                onClick={() => setOffset(offset + PAGE)}
              >
                {t('common.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
