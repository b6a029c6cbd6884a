import { useEffect, useRef, useState } from 'react';
import { ApiProblem, isDemo, regionPath, request } from '../shell/api';
import { formatDate, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import type { BillQris as BillQrisAnswer } from './qris';

/**
 * "Bayar dengan QRIS" on an open bill, opened on demand: the QR code for today's total, and its text beneath
 * for an app that takes pasted text. Asked for only when opened, so a long list of bills stays light.
 */
export function BillQris({
  regionId,
  billId,
  onPaid,
}: {
  regionId: string;
  billId: number;
  onPaid?: () => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details className="bill-qris" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('qris.payWith')}</summary>
      {open && <BillQrisCode regionId={regionId} billId={billId} onPaid={onPaid} />}
    </details>
  );
}

function BillQrisCode({
  regionId,
  billId,
  onPaid,
}: {
  regionId: string;
  billId: number;
  onPaid?: () => void;
}) {
  const { t, lang } = useI18n();
  const qris = useResource<BillQrisAnswer>(regionPath(regionId, `/bills/${billId}/qris`));
  const [demo, setDemo] = useState(false);
  const [paying, setPaying] = useState(false);
  const [payError, setPayError] = useState<unknown>();
  useEffect(() => {
    isDemo().then(setDemo);
  }, []);
  // While the code is shown, ask every few seconds whether the bank has reported the payment, so that the card turns
  // into its confirmation (NTPD, amount, time, SSPD) without the payer reloading.
  const paidRef = useRef(onPaid);
  paidRef.current = onPaid;
  useEffect(() => {
    const timer = setInterval(() => {
      request<{ status: string }>('GET', regionPath(regionId, `/bills/${billId}`)).then(
        (bill) => {
          if (bill.status === 'paid') {
            clearInterval(timer);
            paidRef.current?.();
          }
        },
        () => undefined,
      );
    }, 5000);
    return () => clearInterval(timer);
  }, [regionId, billId]);

  async function simulatePayment() {
    setPaying(true);
    setPayError(undefined);
    try {
      await request('POST', regionPath(regionId, `/bills/${billId}/qris/simulate-payment`), {});
      onPaid?.();
    } catch (err) {
      setPayError(err);
    }
    setPaying(false);
  }

  if (qris.error instanceof ApiProblem && qris.error.code === 'QRIS_NOT_CONFIGURED')
    return <p className="muted small">{t('qris.notOffered')}</p>;
  if (qris.error) return <ProblemAlert error={qris.error} />;
  if (!qris.data) return <Loading />;
  const amount = formatRupiah(qris.data.amount);
  return (
    <div className="bill-qris-code" data-testid="bill-qris">
      <img src={qris.data.image} alt={t('qris.imageAlt', { amount })} width={232} height={232} />
      <p className="small">{t('qris.scan', { amount, date: formatDate(qris.data.validUntil, lang) })}</p>
      <code className="qris-payload" data-testid="qris-payload">
        {qris.data.payload}
      </code>
      <p className="muted small">{t('qris.waiting')}</p>
      {demo && (
        <>
          <p className="muted small">{t('qris.demoHint')}</p>
          <button type="button" className="button" disabled={paying} onClick={simulatePayment}>
            {paying ? t('qris.demoPaying') : t('qris.demoPay', { amount })}
          </button>
          <ProblemAlert error={payError} />
        </>
      )}
    </div>
  );
}
