import type { Payment } from '../payments/payments';
import { SspdLinks } from '../payments/sspd-links';
import { documentUrl } from '../shell/api';
import { formatDate, formatPeriod, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { PdfLink } from '../shell/pdf-link';
import { StatusBadge } from '../tax/status-badge';
import { BillLines } from './bill-lines';
import type { Bill } from './bills';

/**
 * Bills with the amount due today (principal plus late interest) and until when that amount holds, their lines
 * when a bill carries more than its tax, a write-off for a supervisor, and the SSPD once paid.
 */
export function BillsTable({
  regionId,
  bills,
  taxName,
  onWriteOff,
  payments,
}: {
  regionId: string;
  bills: Bill[];
  taxName(code: string): string;
  /** Offered on open bills where the viewer may write them off. */
  onWriteOff?(bill: Bill): void;
  /** The payments that stand, by bill, for their SSPD. */
  payments?: ReadonlyMap<number, readonly Payment[]>;
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
          {bills.map((b) => (
            <tr key={b.id} data-testid="bill-row">
              <td>
                <span className="mono nowrap">{b.billingCodeDisplay}</span>
                <div className="muted small">
                  {taxName(b.taxCode)}
                  {b.period && ` · ${formatPeriod(b.period, lang)}`}
                </div>
              </td>
              <td>{formatDate(b.dueDate, lang)}</td>
              <td className="num money">
                <span className="stacked-label">{t('bill.principal')}</span>
                {formatRupiah(b.amountDue?.principal ?? b.principal)}
                <BillLines bill={b} />
              </td>
              <td className="num money">
                <span className="stacked-label">{t('bill.interest')}</span>
                {b.amountDue ? formatRupiah(b.amountDue.penalty) : '—'}
              </td>
              <td className="num money">
                <span className="stacked-label">{t('bill.totalToday')}</span>
                {b.amountDue ? (
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
