import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiProblem } from './api';
import { Dialog } from './dialog';
import { useI18n } from './i18n';
import { ProblemAlert } from './problem-alert';

/**
 * A decision an officer confirms in a dialog (issue an SKPDLB, offset, refund, write off): what it does, the
 * fields it needs, and the server's refusal shown in place. `fields` gets the server's complaints by field name.
 */
export function ActionDialog({
  title,
  intro,
  submitLabel,
  testId,
  onSubmit,
  onClose,
  fields,
}: {
  title: string;
  intro: string;
  submitLabel: string;
  testId: string;
  onSubmit(): Promise<void>;
  onClose(): void;
  fields?(errors: Record<string, string>): ReactNode;
}) {
  const { t } = useI18n();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={submit} data-testid={testId}>
        <p className="muted small">{intro}</p>
        <ProblemAlert error={error} />
        {fields?.(error instanceof ApiProblem ? error.fieldMessages() : {})}
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('common.saving') : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
