import { documentUrl } from '../../shell/api';
import { formatDate, formatPeriod, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { PdfLink } from '../../shell/pdf-link';
import { ReturnAmountDue } from './return-amount-due';
import type { TaxReturn } from './returns';

/**
 * What a submitted SPTPD leaves the taxpayer with: the kode bayar to pay at a bank or e-wallet, the tax declared,
 * what it costs to pay today (with late interest once the due date has passed) and the way to pay, or word that
 * nothing is owed.
 */
export function ReturnReceipt({
  regionId,
  filed,
  objectName,
}: {
  regionId: string;
  filed: TaxReturn;
  objectName: string;
}) {
  const { t, lang } = useI18n();
  const code = filed.billingCodeDisplay;

  return (
    <section className="panel receipt" data-testid="return-receipt">
      <p className="alert alert-ok" role="status">
        {t('receipt.submitted', { object: objectName, period: formatPeriod(filed.period, lang) })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('receipt.tax')}</dt>
          <dd className="money big" data-testid="receipt-tax">
            {formatRupiah(filed.tax)}
          </dd>
        </div>
        {filed.opsen > 0 && (
          <div>
            <dt>{t('receipt.opsen')}</dt>
            <dd className="money" data-testid="receipt-opsen">
              {formatRupiah(filed.opsen)}
            </dd>
          </div>
        )}
        {code && (
          <div>
            <dt>{t('bill.code')}</dt>
            <dd className="billing-code" data-testid="billing-code">
              {code}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('bill.dueDate')}</dt>
          <dd>{formatDate(filed.dueDate, lang)}</dd>
        </div>
      </dl>
      <ReturnAmountDue taxReturn={filed} />
      <p className="muted small">
        {code ? t(filed.amountDue?.overdue ? 'receipt.payHintLate' : 'receipt.payHint') : t('receipt.nil')}
      </p>
      <div className="link-row">
        <PdfLink href={documentUrl(regionId, `/returns/${filed.id}/pdf`)} label={t('pdf.return')} />
        {filed.billId && (
          <PdfLink href={documentUrl(regionId, `/bills/${filed.billId}/pdf`)} label={t('pdf.bill')} />
        )}
      </div>
    </section>
  );
}
