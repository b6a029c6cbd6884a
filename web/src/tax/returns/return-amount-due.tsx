import { formatDate, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { href } from '../../shell/router';
import type { TaxReturn } from './returns';

/**
 * What a return's bill costs to pay today, as the server priced it (receivables' late-interest rule): the total
 * with its principal and interest, whether the due date has passed, and the way to pay it (Tagihan Saya, where the
 * bill's card takes QRIS). A paid bill says so; a return with no bill shows nothing.
 */
export function ReturnAmountDue({ taxReturn, compact = false }: { taxReturn: TaxReturn; compact?: boolean }) {
  const { t, lang, months } = useI18n();
  const due = taxReturn.amountDue;
  if (!due) {
    return taxReturn.billStatus === 'paid' ? (
      <div className="small ok-text" data-testid="return-paid">
        {t('due.paid')}
      </div>
    ) : null;
  }
  return (
    <div className={`return-due${compact ? ' compact' : ''}`} data-testid="return-amount-due">
      <span className="muted small">{t('due.today', { date: formatDate(due.asOf, lang) })}</span>
      <strong className={`money${compact ? '' : ' big'}`} data-testid="amount-due-today">
        {formatRupiah(due.total)}
      </strong>
      {due.interest > 0 && (
        <span className="small" data-testid="amount-due-breakdown">
          {t('due.breakdown', {
            principal: formatRupiah(due.principal),
            months: months(due.months),
            interest: formatRupiah(due.interest),
          })}
        </span>
      )}
      {due.overdue ? (
        <span className="small danger-text" data-testid="due-date-passed">
          {t('due.overdue', { date: formatDate(due.dueDate, lang) })}
        </span>
      ) : (
        <span className="small">{t('due.noInterest', { date: formatDate(due.dueDate, lang) })}</span>
      )}
      {!compact && due.overdue && (
        <span className="small muted">{t('due.validUntil', { date: formatDate(due.validUntil, lang) })}</span>
      )}
      <a
        className={`button button-primary${compact ? ' button-small' : ''}`}
        href={href('/my-bills')}
        data-testid="pay-return"
      >
        {t('due.pay')}
      </a>
    </div>
  );
}
