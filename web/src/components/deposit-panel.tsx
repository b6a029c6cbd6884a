import { useState } from 'react';
import { documentUrl, regionPath, request } from '../api';
import { formatDateTime, formatRupiah } from '../format';
import { useI18n } from '../i18n';
import type { DayReconciliation } from '../reconciliation';
import { PdfLink } from './pdf-link';
import { ProblemAlert } from './problem-alert';

/**
 * The end of the day: its STS once deposited, else what a deposit to the treasury account would carry and the
 * button that makes it, else why it cannot be made yet (in the server's words).
 */
export function DepositPanel({
  regionId,
  timeZone,
  view,
  canDeposit,
  onDeposited,
}: {
  regionId: string;
  timeZone: string;
  view: DayReconciliation;
  canDeposit: boolean;
  onDeposited(): void;
}) {
  const { t, lang } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function deposit() {
    setBusy(true);
    setError(undefined);
    try {
      await request('POST', regionPath(regionId, '/deposits'), {
        partnerId: view.partner.partnerId,
        day: view.day,
      });
      onDeposited();
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <section className="panel" data-testid="deposit-panel">
      <h2>{t('recon.depositTitle')}</h2>
      {view.deposit ? (
        <div className="alert alert-ok" role="status" data-testid="deposit-done">
          {t('recon.deposited', {
            number: view.deposit.number,
            amount: formatRupiah(view.deposit.amount),
            count: view.deposit.paymentCount,
            at: formatDateTime(view.deposit.depositedAt, timeZone, lang),
          })}{' '}
          <PdfLink
            href={documentUrl(regionId, `/deposits/${view.deposit.id}/sts.pdf`)}
            label={t('pdf.sts')}
          />
        </div>
      ) : view.depositable ? (
        <>
          <p>
            {t('recon.depositable', {
              amount: formatRupiah(view.depositable.amount),
              count: view.depositable.paymentCount,
            })}
          </p>
          {canDeposit && (
            <button type="button" className="button button-primary" disabled={busy} onClick={deposit}>
              {t('recon.deposit')}
            </button>
          )}
        </>
      ) : (
        view.blocker && (
          <p className="alert alert-info" data-testid="deposit-blocked" data-code={view.blocker.code}>
            <strong>{view.blocker.title}. </strong>
            {view.blocker.detail}
          </p>
        )
      )}
      <ProblemAlert error={error} />
    </section>
  );
}
