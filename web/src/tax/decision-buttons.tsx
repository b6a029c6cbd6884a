import { type FormEvent, useState } from 'react';
import { Dialog } from '../shell/dialog';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';

export type Decision = { decision: 'verify' } | { decision: 'reject'; reason: string };

/**
 * Verify, or reject with a reason the applicant will read (asked for in a dialog). `decide` sends the decision;
 * the page around shows what came of it.
 */
export function DecisionButtons({
  subject,
  minReason = 1,
  decide,
}: {
  /** What is decided on, e.g. "Warung Bu Tini", for the buttons' accessible names and the dialog title. */
  subject: string;
  minReason?: number;
  decide(decision: Decision): Promise<void>;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');

  async function send(decision: Decision) {
    setBusy(true);
    await decide(decision);
    setBusy(false);
  }

  async function reject(e: FormEvent) {
    e.preventDefault();
    setRejecting(false);
    await send({ decision: 'reject', reason });
  }

  return (
    <div className="decision">
      <button
        type="button"
        className="button button-small button-primary"
        disabled={busy}
        aria-label={t('decision.verifyNamed', { subject })}
        onClick={() => send({ decision: 'verify' })}
      >
        {t('decision.verify')}
      </button>
      <button
        type="button"
        className="button button-small button-danger"
        disabled={busy}
        aria-label={t('decision.rejectNamed', { subject })}
        onClick={() => setRejecting(true)}
      >
        {t('decision.reject')}
      </button>
      {rejecting && (
        <Dialog title={t('decision.rejectTitle', { subject })} onClose={() => setRejecting(false)}>
          <form className="form" onSubmit={reject}>
            <Field label={t('decision.reason')} hint={t('decision.reasonHint')}>
              <textarea
                name="reason"
                required
                minLength={minReason}
                maxLength={1000}
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            </Field>
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setRejecting(false)}>
                {t('common.cancel')}
              </button>
              <button type="submit" className="button button-danger-solid">
                {t('decision.reject')}
              </button>
            </div>
          </form>
        </Dialog>
      )}
    </div>
  );
}
