import { type FormEvent, useState } from 'react';
import { groupedBillingCode } from '../receivables/bills';
import { ActionDialog, type SummaryLine } from '../shell/action-dialog';
import { regionPath, request } from '../shell/api';
import { formatDateTime, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { type Mismatch, RESOLUTIONS, type Resolution } from './reconciliation';

/** Both sides of a mismatch, for its confirmation. */
function mismatchSummary(m: Mismatch, t: ReturnType<typeof useI18n>['t']): SummaryLine[] {
  return [
    { label: t('recon.kind'), value: t(`mismatch.${m.kind}`) },
    {
      label: t('recon.bankSide'),
      value: m.line ? `${formatRupiah(m.line.amount)} · ${m.line.bankReference}` : t('recon.notOnStatement'),
    },
    {
      label: t('recon.balaiSide'),
      value: m.payment ? `${formatRupiah(m.payment.amount)} · NTPD ${m.payment.ntpd}` : t('recon.noPayment'),
      testId: 'confirm-balai',
    },
  ];
}

/** One open mismatch's decision: a resolution its kind allows, and a note saying why. */
function ResolveForm({
  regionId,
  mismatch,
  onResolved,
}: {
  regionId: string;
  mismatch: Mismatch;
  onResolved(): void;
}) {
  const { t } = useI18n();
  const choices = RESOLUTIONS[mismatch.kind];
  const [resolution, setResolution] = useState<Resolution>(choices[0] as Resolution);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    setConfirming(true);
  }

  return (
    <>
      <form className="stack" onSubmit={submit} data-testid="resolve-form">
        <select
          aria-label={t('recon.resolution')}
          value={resolution}
          onChange={(e) => setResolution(e.target.value as Resolution)}
        >
          {choices.map((r) => (
            <option key={r} value={r}>
              {t(`resolution.${r}`)}
            </option>
          ))}
        </select>
        <input
          aria-label={t('recon.note')}
          placeholder={t('recon.notePlaceholder')}
          value={note}
          minLength={3}
          maxLength={1000}
          required
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button button-small button-primary">
          {t('recon.resolve')}
        </button>
      </form>
      {confirming && (
        <ActionDialog
          title={t('recon.resolveTitle')}
          testId="resolve-confirm"
          summary={[
            ...mismatchSummary(mismatch, t),
            { label: t('recon.resolution'), value: t(`resolution.${resolution}`), main: true },
            { label: t('recon.note'), value: note },
          ]}
          consequence={t('recon.resolveConsequence', { resolution: t(`resolution.${resolution}`) })}
          submitLabel={t('recon.resolve')}
          onClose={() => setConfirming(false)}
          onSubmit={async () => {
            await request(
              'POST',
              regionPath(regionId, `/reconciliation/mismatches/${mismatch.id}/resolution`),
              {
                resolution,
                note,
              },
            );
            setConfirming(false);
            onResolved();
          }}
        />
      )}
    </>
  );
}

/** A withheld payment's release, once the bank confirms its money: a note naming the confirmation. */
function ReleaseForm({
  regionId,
  mismatch,
  onReleased,
}: {
  regionId: string;
  mismatch: Mismatch;
  onReleased(): void;
}) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    setConfirming(true);
  }

  return (
    <details className="release-fold">
      <summary>{t('recon.release')}</summary>
      <form className="stack" onSubmit={submit} data-testid="release-form">
        <p className="muted small">{t('recon.releaseHint')}</p>
        <input
          aria-label={t('recon.releaseNote')}
          placeholder={t('recon.releasePlaceholder')}
          value={note}
          minLength={3}
          maxLength={1000}
          required
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button button-small button-primary">
          {t('recon.release')}
        </button>
      </form>
      {confirming && (
        <ActionDialog
          title={t('recon.release')}
          testId="release-confirm"
          summary={[...mismatchSummary(mismatch, t), { label: t('recon.releaseNote'), value: note }]}
          consequence={t('recon.releaseConsequence', {
            amount: formatRupiah(mismatch.payment?.amount ?? 0),
          })}
          submitLabel={t('recon.release')}
          onClose={() => setConfirming(false)}
          onSubmit={async () => {
            await request('POST', regionPath(regionId, `/reconciliation/mismatches/${mismatch.id}/release`), {
              note,
            });
            setConfirming(false);
            onReleased();
          }}
        />
      )}
    </details>
  );
}

/** The day's mismatches: both sides of each, and its decision or (for the treasurer) the form to make it. */
export function MismatchTable({
  regionId,
  timeZone,
  mismatches,
  canResolve,
  onResolved,
}: {
  regionId: string;
  timeZone: string;
  mismatches: Mismatch[];
  canResolve: boolean;
  onResolved(): void;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table table-stacked" data-testid="mismatch-table">
        <thead>
          <tr>
            <th>{t('recon.kind')}</th>
            <th>{t('recon.bankSide')}</th>
            <th>{t('recon.balaiSide')}</th>
            <th>{t('recon.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {mismatches.map((m) => (
            <tr key={m.id} data-kind={m.kind} data-open={m.resolution === null && m.withdrawal === null}>
              <td>
                <strong>{t(`mismatch.${m.kind}`)}</strong>
              </td>
              <td>
                <span className="stacked-label">{t('recon.bankSide')}</span>
                {m.line ? (
                  <>
                    <span className="money">{formatRupiah(m.line.amount)}</span>
                    <div className="mono small">{m.line.bankReference}</div>
                    <div className="muted small">
                      {t('recon.line', { line: m.lineNo ?? '' })}
                      {m.line.bookedTime && ` · ${m.line.bookedTime}`}
                      {m.line.description && ` · ${m.line.description}`}
                    </div>
                  </>
                ) : (
                  <span className="muted">{t('recon.notOnStatement')}</span>
                )}
              </td>
              <td>
                <span className="stacked-label">{t('recon.balaiSide')}</span>
                {m.payment ? (
                  <>
                    <span className="money">{formatRupiah(m.payment.amount)}</span>
                    {m.payment.reversed && <span className="badge">{t('recon.reversed')}</span>}
                    <div className="mono small">NTPD {m.payment.ntpd}</div>
                    <div className="muted small">
                      {m.payment.taxpayerName} · {groupedBillingCode(m.payment.billingCode)}
                    </div>
                  </>
                ) : (
                  <span className="muted">{t('recon.noPayment')}</span>
                )}
              </td>
              <td>
                {m.resolution ? (
                  <>
                    <span className="badge badge-ok">{t(`resolution.${m.resolution.resolution}`)}</span>
                    <div className="small">{m.resolution.note}</div>
                    <div className="muted small">
                      {m.resolution.resolvedBy ?? '—'} ·{' '}
                      {formatDateTime(m.resolution.resolvedAt, timeZone, lang)}
                    </div>
                    {m.release ? (
                      <div data-testid="mismatch-release">
                        <span className="badge badge-ok">{t('recon.released')}</span>
                        <div className="small">{m.release.note}</div>
                        <div className="muted small">
                          {m.release.releasedBy ?? '—'} ·{' '}
                          {formatDateTime(m.release.releasedAt, timeZone, lang)}
                        </div>
                      </div>
                    ) : (
                      canResolve &&
                      m.resolution.resolution === 'withheld' &&
                      m.payment &&
                      !m.payment.reversed && (
                        <ReleaseForm regionId={regionId} mismatch={m} onReleased={onResolved} />
                      )
                    )}
                  </>
                ) : m.withdrawal ? (
                  <>
                    <span className="badge">{t('recon.withdrawn')}</span>
                    <div className="small">{m.withdrawal.reason}</div>
                  </>
                ) : canResolve ? (
                  <ResolveForm regionId={regionId} mismatch={m} onResolved={onResolved} />
                ) : (
                  <span className="badge badge-warn">{t('recon.open')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
