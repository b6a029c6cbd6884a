import { type FormEvent, type ReactNode, useState } from 'react';
import { ApiProblem } from './api';
import { Banner } from './banner';
import { Dialog } from './dialog';
import { useI18n } from './i18n';
import { ProblemAlert } from './problem-alert';

/** One line of what an action will do: a label and its value (an amount, a kode bayar, an account). */
export interface SummaryLine {
  label: string;
  value: ReactNode;
  /** The line that matters most (the total), set in bold. */
  main?: boolean;
  testId?: string;
}

/**
 * The one confirmation of a decision that moves money or cannot be undone (deposit to the RKUD, reject a return,
 * write off, refund, offset, settle by hand, issue an SKPDLB): what it does, a summary of its amounts, what becomes
 * of them (`consequence`), the fields it needs, and the server's refusal shown in place. Nothing is sent until the
 * officer confirms; Cancel, Escape and the close button send nothing. The dialog opens with the focus on its close
 * button (the browser's modal dialog), so an Enter pressed by habit does not confirm. `fields` gets the server's complaints by field name.
 */
export function ActionDialog({
  title,
  intro,
  summary,
  consequence,
  irreversible = true,
  danger = false,
  submitLabel,
  testId,
  onSubmit,
  onClose,
  fields,
}: {
  title: string;
  intro?: ReactNode;
  summary?: SummaryLine[];
  /** What becomes of the money, stated before the officer confirms (shown as a warning). */
  consequence?: ReactNode;
  /** Says that it cannot be undone (the default). */
  irreversible?: boolean;
  /** A destructive action (reject, write off): the confirm button is red. */
  danger?: boolean;
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
      <form className="form confirm-form" onSubmit={submit} data-testid={testId}>
        {intro && <p className="muted small">{intro}</p>}
        {summary && summary.length > 0 && (
          <dl className="confirm-summary" aria-label={t('confirm.summary')} data-testid="confirm-summary">
            {summary.map((line) => (
              <div
                key={line.label}
                className={line.main ? 'confirm-main' : undefined}
                data-testid={line.testId}
              >
                <dt>{line.label}</dt>
                <dd>{line.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {consequence && (
          <Banner tone="warning" testId="confirm-consequence">
            {consequence}
          </Banner>
        )}
        {fields?.(error instanceof ApiProblem ? error.fieldMessages() : {})}
        {irreversible && <p className="small confirm-irreversible">{t('confirm.irreversible')}</p>}
        <ProblemAlert error={error} />
        <div className="form-actions confirm-actions">
          <button type="button" className="button" onClick={onClose} data-testid="confirm-cancel">
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className={danger ? 'button button-danger-solid' : 'button button-primary'}
            disabled={busy}
            data-testid="confirm-submit"
          >
            {busy ? t('confirm.working') : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
