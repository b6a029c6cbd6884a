import { useState } from 'react';
import { ActionDialog } from '../shell/action-dialog';
import { documentUrl, regionPath, request } from '../shell/api';
import { Banner } from '../shell/banner';
import { formatDate, formatDateTime, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { PdfLink } from '../shell/pdf-link';
import { useResource } from '../shell/use-resource';
import type { DayReconciliation, DepositedDay } from './reconciliation';
import type { StoredRkud } from './rkud';

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
  const [confirming, setConfirming] = useState(false);
  const followUp = view.depositable?.followUp === true;
  // The account the money goes to, named in the confirmation (null: not set yet; the STS then says so).
  const rkud = useResource<StoredRkud>(regionPath(regionId, '/payments/rkud'));

  async function deposit() {
    await request('POST', regionPath(regionId, followUp ? '/deposits/follow-ups' : '/deposits'), {
      partnerId: view.partner.partnerId,
      day: view.day,
    });
    setConfirming(false);
    onDeposited();
  }

  const done = (d: DepositedDay, key: 'recon.deposited' | 'recon.followUpDone', testId: string) => (
    <Banner tone="success" testId={testId} key={d.id}>
      {t(key, {
        number: d.number,
        amount: formatRupiah(d.amount),
        count: d.paymentCount,
        at: formatDateTime(d.depositedAt, timeZone, lang),
      })}{' '}
      <PdfLink href={documentUrl(regionId, `/deposits/${d.id}/sts.pdf`)} label={t('pdf.sts')} />
    </Banner>
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
            <button type="button" className="button button-primary" onClick={() => setConfirming(true)}>
              {t(followUp ? 'recon.followUp' : 'recon.deposit')}
            </button>
          )}
        </>
      ) : (
        blocker && (
          <Banner tone="warning" testId="deposit-blocked" code={blocker.code}>
            <strong>{blocker.title}. </strong>
            {blocker.detail}
          </Banner>
        )
      )}
      {confirming && view.depositable && (
        <ActionDialog
          title={t(followUp ? 'recon.followUp' : 'recon.deposit')}
          testId="deposit-confirm"
          submitLabel={t(followUp ? 'recon.followUp' : 'recon.deposit')}
          summary={[
            { label: t('recon.confirmBank'), value: view.partner.name },
            { label: t('recon.confirmDay'), value: formatDate(view.day, lang) },
            { label: t('recon.confirmCount'), value: view.depositable.paymentCount, testId: 'confirm-count' },
            {
              label: t('recon.confirmAccount'),
              value: rkud.data
                ? `${rkud.data.bankName} ${rkud.data.accountNumber} a.n. ${rkud.data.accountName}`
                : t('recon.confirmNoAccount'),
              testId: 'confirm-account',
            },
            {
              label: t('recon.confirmTotal'),
              value: formatRupiah(view.depositable.amount),
              main: true,
              testId: 'confirm-total',
            },
          ]}
          consequence={t(followUp ? 'recon.confirmFollowUpConsequence' : 'recon.confirmConsequence', {
            amount: formatRupiah(view.depositable.amount),
            count: view.depositable.paymentCount,
          })}
          onClose={() => setConfirming(false)}
          onSubmit={deposit}
        />
      )}
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
