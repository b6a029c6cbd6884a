import type { Payment } from '../payments/payments';
import { SspdLinks } from '../payments/sspd-links';
import { documentUrl } from '../shell/api';
import { formatDate, formatDateTime, formatPeriod, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { PdfLink } from '../shell/pdf-link';
import { StatusBadge } from '../tax/status-badge';
import { BillLines } from './bill-lines';
import type { Bill } from './bills';

/**
 * Bills with the amount due today (principal plus late interest) and until when that amount holds, their lines
 * when a bill carries more than its tax, a write-off for a supervisor, and once paid what was paid, split into
 * principal and sanctions as the ledger and each payment's SSPD split it (as the taxpayer's Lunas card), with the SSPD.
 */
export function BillsTable({
  regionId,
  timeZone,
  bills,
  taxName,
  onWriteOff,
  payments,
  pageOf,
}: {
  regionId: string;
  /** The region's time zone, for when a paid bill was paid. */
  timeZone: string;
  bills: Bill[];
  taxName(code: string): string;
  /** Offered on open bills where the viewer may write them off. */
  onWriteOff?(bill: Bill): void;
  /** The payments that stand, by bill, for their SSPD. */
  payments?: ReadonlyMap<number, readonly Payment[]>;
  /** The href of a bill's page. */
  pageOf?(bill: Bill): string;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table-stacked" data-testid="bills-table">
        <thead>
          <tr>
            <th>{t('bill.code')}</th>
            <th>{t('bill.dueDate')}</th>
            <th className="num">{t('bill.principal')}</th>
            <th className="num">{t('bill.interest')}</th>
            <th className="num">{t('bill.totalToday')}</th>
            <th>{t('return.status')}</th>
            <th className="actions">
              <span className="sr-only">PDF</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bills.map((b) => {
            const paid = b.status === 'paid' ? b.paid : null;
            return (
              <tr key={b.id} data-testid="bill-row" data-status={b.status}>
                <td>
                  {pageOf ? (
                    <a className="mono nowrap" href={pageOf(b)} data-testid="bill-page-link">
                      {b.billingCodeDisplay}
                    </a>
                  ) : (
                    <span className="mono nowrap">{b.billingCodeDisplay}</span>
                  )}
                  <div className="muted small">
                    {taxName(b.taxCode)}
                    {b.period && ` · ${formatPeriod(b.period, lang)}`}
                  </div>
                </td>
                <td>{formatDate(b.dueDate, lang)}</td>
                <td className="num money">
                  <span className="stacked-label">{t('bill.principal')}</span>
                  {paid ? (
                    <>
                      <span data-testid="paid-principal">{formatRupiah(paid.principal)}</span>
                      <div className="muted small nowrap">{t('bill.paidCaption')}</div>
                    </>
                  ) : (
                    formatRupiah(b.amountDue?.principal ?? b.principal)
                  )}
                  <BillLines bill={b} />
                </td>
                <td className="num money">
                  <span className="stacked-label">{t('bill.interest')}</span>
                  {paid ? (
                    <>
                      <span data-testid="paid-interest">{formatRupiah(paid.interest)}</span>
                      <div className="muted small nowrap">{t('bill.paidCaption')}</div>
                    </>
                  ) : b.amountDue ? (
                    formatRupiah(b.amountDue.penalty)
                  ) : (
                    '—'
                  )}
                </td>
                <td className="num money">
                  <span className="stacked-label">{paid ? t('bill.paidTotal') : t('bill.totalToday')}</span>
                  {paid ? (
                    <>
                      <strong data-testid="paid-total">{formatRupiah(paid.total)}</strong>
                      <div className="muted small">
                        {b.settledAt
                          ? t('bill.settledAt', { at: formatDateTime(b.settledAt, timeZone, lang) })
                          : t('bill.paidTotal')}
                      </div>
                    </>
                  ) : b.amountDue ? (
                    <>
                      <strong>{formatRupiah(b.amountDue.total)}</strong>
                      <div className="muted small">
                        {t('bill.validUntil', { date: formatDate(b.amountDue.validUntil, lang) })}
                      </div>
                    </>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <StatusBadge status={b.status} />
                  {onWriteOff && b.status === 'open' && (
                    <div className="decision">
                      <button
                        type="button"
                        className="button button-small button-danger"
                        aria-label={t('writeOff.named', { code: b.billingCodeDisplay })}
                        onClick={() => onWriteOff(b)}
                      >
                        {t('writeOff.action')}
                      </button>
                    </div>
                  )}
                </td>
                <td className="actions">
                  <PdfLink href={documentUrl(regionId, `/bills/${b.id}/pdf`)} label={t('pdf.short')} />
                  <SspdLinks regionId={regionId} payments={payments?.get(b.id)} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
