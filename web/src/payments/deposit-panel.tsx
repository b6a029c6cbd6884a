import { useState } from 'react';
import { documentUrl, regionPath, request } from '../shell/api';
import { formatDateTime, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { PdfLink } from '../shell/pdf-link';
import { ProblemAlert } from '../shell/problem-alert';
import type { DayReconciliation, DepositedDay } from './reconciliation';

/**
 * The end of the day: its STS once deposited and any follow-up STS (STS susulan), what of the day no STS carries
 * yet and why, what the next deposit to the treasury account would carry and the button that makes it, else why it
 * cannot be made yet (in the server's words).
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
  const followUp = view.depositable?.followUp === true;

  async function deposit() {
    setBusy(true);
    setError(undefined);
    try {
      await request('POST', regionPath(regionId, followUp ? '/deposits/follow-ups' : '/deposits'), {
        partnerId: view.partner.partnerId,
        day: view.day,
      });
      onDeposited();
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  const done = (d: DepositedDay, key: 'recon.deposited' | 'recon.followUpDone', testId: string) => (
    <div className="alert alert-ok" role="status" data-testid={testId} key={d.id}>
      {t(key, {
        number: d.number,
        amount: formatRupiah(d.amount),
        count: d.paymentCount,
        at: formatDateTime(d.depositedAt, timeZone, lang),
      })}{' '}
      <PdfLink href={documentUrl(regionId, `/deposits/${d.id}/sts.pdf`)} label={t('pdf.sts')} />
    </div>
  );
  // Once everything that can be deposited is, "already deposited" is what the STS above already says.
  const blocker =
    view.blocker && !(view.deposit && view.blocker.code === 'DAY_ALREADY_DEPOSITED') ? view.blocker : null;

  return (
    <section className="panel" data-testid="deposit-panel">
      <h2>{t('recon.depositTitle')}</h2>
      {view.deposit && done(view.deposit, 'recon.deposited', 'deposit-done')}
      {view.followUps.map((f) => done(f, 'recon.followUpDone', 'follow-up-done'))}
      {view.deposit && view.undeposited.length > 0 && (
        <Undeposited view={view} timeZone={timeZone} first={view.deposit.number} />
      )}
      {view.depositable ? (
        <>
          <p>
            {t(followUp ? 'recon.followUpable' : 'recon.depositable', {
              amount: formatRupiah(view.depositable.amount),
              count: view.depositable.paymentCount,
            })}
          </p>
          {canDeposit && (
            <button type="button" className="button button-primary" disabled={busy} onClick={deposit}>
              {t(followUp ? 'recon.followUp' : 'recon.deposit')}
            </button>
          )}
        </>
      ) : (
        blocker && (
          <p className="alert alert-info" data-testid="deposit-blocked" data-code={blocker.code}>
            <strong>{blocker.title}. </strong>
            {blocker.detail}
          </p>
        )
      )}
      <ProblemAlert error={error} />
    </section>
  );
}

/** A payment Balai heard of this long after it was paid shows when it was posted: that is why it came late. */
const LATE_MS = 3_600_000;

const STANDING_BADGE = {
  ready: 'badge badge-ok',
  withheld: 'badge',
  undecided: 'badge badge-warn',
  unmatched: 'badge badge-warn',
} as const;

/** The day's payments that no STS carries yet, once it has its first: each with why (ready, withheld, …). */
function Undeposited({
  view,
  timeZone,
  first,
}: {
  view: DayReconciliation;
  timeZone: string;
  first: string;
}) {
  const { t, lang } = useI18n();
  return (
    <>
      <h3>{t('recon.undepositedTitle', { number: first })}</h3>
      <div className="table-wrap">
        <table className="table table-stacked" data-testid="undeposited">
          <thead>
            <tr>
              <th>{t('recon.paymentColumn')}</th>
              <th>{t('recon.paidAt')}</th>
              <th className="num">{t('recon.amount')}</th>
              <th>{t('recon.standing')}</th>
            </tr>
          </thead>
          <tbody>
            {view.undeposited.map((u) => (
              <tr key={u.paymentId} data-standing={u.standing}>
                <td>
                  <span className="mono small">NTPD {u.ntpd}</span>
                  <div className="mono small muted">{u.bankReference}</div>
                </td>
                <td>
                  <span className="stacked-label">{t('recon.paidAt')}</span>
                  {formatDateTime(u.paidAt, timeZone, lang)}
                  {Date.parse(u.postedAt) - Date.parse(u.paidAt) > LATE_MS && (
                    <div className="muted small">
                      {t('recon.postedAt', { at: formatDateTime(u.postedAt, timeZone, lang) })}
                    </div>
                  )}
                </td>
                <td className="num money">
                  <span className="stacked-label">{t('recon.amount')}</span>
                  {formatRupiah(u.amount)}
                </td>
                <td>
                  <span className={STANDING_BADGE[u.standing]}>{t(`standing.${u.standing}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
