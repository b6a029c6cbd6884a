import { useState } from 'react';
import { ActionDialog, type SummaryLine } from '../shell/action-dialog';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';

export type Decision = { decision: 'verify' } | { decision: 'reject'; reason: string };

/**
 * Verify, or reject with a reason the applicant will read (asked for in the shell's confirmation, with a summary of
 * what is rejected and what becomes of any money already paid). `decide` sends the decision; the page around shows
 * what came of it, or throws for the confirmation to show the refusal in place.
 */
export function DecisionButtons({
  subject,
  minReason = 1,
  rejectSummary,
  rejectConsequence,
  decide,
}: {
  /** What is decided on, e.g. "Warung Bu Tini", for the buttons' accessible names and the dialog title. */
  subject: string;
  minReason?: number;
  /** What the rejection is of, with its amounts. */
  rejectSummary?: SummaryLine[];
  /** What becomes of the money (e.g. a payment already made), said before the officer confirms. */
  rejectConsequence?: string;
  decide(decision: Decision): Promise<void>;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');

  async function verify() {
    setBusy(true);
    await decide({ decision: 'verify' });
    setBusy(false);
  }

  return (
    <div className="decision">
      <button
        type="button"
        className="button button-small button-primary"
        disabled={busy}
        aria-label={t('decision.verifyNamed', { subject })}
        onClick={verify}
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
        <ActionDialog
          title={t('decision.rejectTitle', { subject })}
          testId="reject-form"
          danger
          summary={rejectSummary}
          consequence={rejectConsequence}
          submitLabel={t('decision.reject')}
          onClose={() => setRejecting(false)}
          onSubmit={async () => {
            await decide({ decision: 'reject', reason });
            setRejecting(false);
          }}
          fields={() => (
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
          )}
        />
      )}
    </div>
  );
}
