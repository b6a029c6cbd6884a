import { formatDateTime, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import type { Payment } from './payments';
import { SspdLinks } from './sspd-links';

/**
 * The proof a taxpayer keeps of each payment that stands on a bill, whatever the channel (QRIS, virtual account, bank
 * teller): its NTPD, the amount split into principal and interest, when it was paid on the region's clock, through
 * whom, and its SSPD.
 */
export function PaymentConfirmation({
  regionId,
  timeZone,
  payments,
}: {
  regionId: string;
  timeZone: string;
  payments: readonly Payment[] | undefined;
}) {
  const { t, lang } = useI18n();
  if (!payments?.length) return null;
  return (
    <div className="payment-confirmation" data-testid="payment-confirmation">
      {payments.map((p) => (
        <dl key={p.id} className="payment-confirmation-item" data-testid="payment-receipt">
          <div>
            <dt>{t('paid.ntpd')}</dt>
            <dd className="mono" data-testid="payment-ntpd">
              {p.ntpd}
            </dd>
          </div>
          <div>
            <dt>{t('paid.amount')}</dt>
            <dd className="money" data-testid="payment-amount">
              {formatRupiah(p.amount)}
            </dd>
          </div>
          {p.penalty > 0 && (
            <div>
              <dt>{t('paid.split')}</dt>
              <dd className="small">
                {t('paid.splitValue', {
                  principal: formatRupiah(p.principal),
                  interest: formatRupiah(p.penalty),
                })}
              </dd>
            </div>
          )}
          <div>
            <dt>{t('paid.at')}</dt>
            <dd data-testid="payment-time">{formatDateTime(p.paidAt, timeZone, lang)}</dd>
          </div>
          <div>
            <dt>{t('paid.through')}</dt>
            <dd>{p.partnerName}</dd>
          </div>
        </dl>
      ))}
      <SspdLinks regionId={regionId} payments={payments} />
    </div>
  );
}
