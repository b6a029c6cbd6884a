import { BillQris } from '../payments/bill-qris';
import { PaymentConfirmation } from '../payments/payment-confirmation';
import type { Payment } from '../payments/payments';
import { documentUrl } from '../shell/api';
import { formatDate, formatDateTime, formatPeriod, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { PdfLink } from '../shell/pdf-link';
import { StatusBadge } from '../tax/status-badge';
import { BillLines } from './bill-lines';
import type { Bill } from './bills';

/**
 * A bill as a taxpayer needs it at the bank or in an e-wallet: the kode bayar, what it costs today with late
 * interest, until when that amount holds; while it is open its QRIS, once paid its SSPD.
 */
export function BillCard({
  regionId,
  timeZone,
  bill,
  objectName,
  taxName,
  onPaid,
  payments,
}: {
  regionId: string;
  timeZone: string;
  bill: Bill;
  objectName: string | undefined;
  taxName: string;
  /** Called when the bill was just paid here (the demo's simulated QRIS payment). */
  onPaid?: () => void;
  /** The payments that stand on this bill, for their SSPD. */
  payments?: readonly Payment[];
}) {
  const { t, lang, months } = useI18n();
  const due = bill.amountDue;
  return (
    <section className="card bill-card" data-testid="bill-card" data-status={bill.status}>
      <div className="card-head">
        <div>
          <h2>{objectName ?? taxName}</h2>
          <p className="muted small">
            {[
              objectName && taxName,
              bill.period && t('bill.period', { period: formatPeriod(bill.period, lang) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <StatusBadge status={bill.status} />
      </div>
      <div className="bill-code-block">
        <span className="muted small">{t('bill.code')}</span>
        <span className="billing-code">{bill.billingCodeDisplay}</span>
      </div>
      <BillLines bill={bill} />
      {due ? (
        <div className="amount-due">
          <span className="muted small">{t('bill.amountDueToday')}</span>
          <strong className="money big" data-testid="amount-due">
            {formatRupiah(due.total)}
          </strong>
          <span className="small">
            {due.penalty > 0
              ? t('bill.breakdown', {
                  principal: formatRupiah(due.principal),
                  months: months(due.chargedMonths),
                  penalty: formatRupiah(due.penalty),
                })
              : t('bill.noInterest')}
          </span>
          <span className="small">
            {t('bill.dueOn', { date: formatDate(bill.dueDate, lang) })} ·{' '}
            <strong>{t('bill.validUntil', { date: formatDate(due.validUntil, lang) })}</strong>
          </span>
        </div>
      ) : bill.status === 'paid' && bill.paid ? (
        // What was received, as the ledger and each payment's SSPD split it: principal and sanctions.
        <div className="amount-due" data-testid="paid-split">
          <span className="muted small">{t('bill.paidTotal')}</span>
          <strong className="money" data-testid="paid-total">
            {formatRupiah(bill.paid.total)}
          </strong>
          <dl className="paid-split small">
            <div>
              <dt>{t('bill.paidPrincipal')}</dt>
              <dd className="money" data-testid="paid-principal">
                {formatRupiah(bill.paid.principal)}
              </dd>
            </div>
            <div>
              <dt>{t('bill.paidInterest')}</dt>
              <dd className="money" data-testid="paid-interest">
                {formatRupiah(bill.paid.interest)}
              </dd>
            </div>
          </dl>
          {bill.settledAt && (
            <span className="small">
              {t('bill.settledAt', { at: formatDateTime(bill.settledAt, timeZone, lang) })}
            </span>
          )}
        </div>
      ) : (
        <div className="amount-due">
          <span className="muted small">{t('bill.principal')}</span>
          <strong className="money">{formatRupiah(bill.principal)}</strong>
          {bill.settledAt && (
            <span className="small">
              {t('bill.settledAt', { at: formatDateTime(bill.settledAt, timeZone, lang) })}
            </span>
          )}
        </div>
      )}
      {bill.status === 'open' && <BillQris regionId={regionId} billId={bill.id} onPaid={onPaid} />}
      <PdfLink href={documentUrl(regionId, `/bills/${bill.id}/pdf`)} label={t('pdf.bill')} />
      <PaymentConfirmation regionId={regionId} timeZone={timeZone} payments={payments} />
    </section>
  );
}
