import type { Bill } from '../../receivables/bills';
import { documentUrl, regionPath } from '../../shell/api';
import { formatDate, formatPeriod, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { PdfLink } from '../../shell/pdf-link';
import { useResource } from '../../shell/use-resource';
import type { TaxReturn } from './returns';

/**
 * What a submitted SPTPD leaves the taxpayer with: the kode bayar to pay at a bank or e-wallet, the amount and
 * the day it is due, or word that nothing is owed.
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
  const bills = useResource<{ items: Bill[] }>(
    regionPath(regionId, `/bills?taxpayerId=${filed.taxpayerId}&limit=200`),
  );
  const bill = bills.data?.items.find((b) => b.returnId === filed.id);
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
      <p className="muted small">{code ? t('receipt.payHint') : t('receipt.nil')}</p>
      <div className="link-row">
        <PdfLink href={documentUrl(regionId, `/returns/${filed.id}/pdf`)} label={t('pdf.return')} />
        {bill && <PdfLink href={documentUrl(regionId, `/bills/${bill.id}/pdf`)} label={t('pdf.bill')} />}
      </div>
    </section>
  );
}
