import type { ReactNode } from 'react';

/**
 * How an outcome went, and so the banner's colour: success green, warning amber (done, but not what one may
 * expect, e.g. a return rejected), error red (refused or failed), info blue (a note, nothing happened).
 */
export type Tone = 'success' | 'warning' | 'error' | 'info';

/** What came of an action, for the page to show in a `Banner`. */
export interface Outcome {
  tone: Tone;
  message: ReactNode;
}

const CLASS: Record<Tone, string> = {
  success: 'alert alert-ok',
  warning: 'alert alert-warn',
  error: 'alert alert-error',
  info: 'alert alert-info',
};

/**
 * A message coloured by its outcome. An error or warning is announced at once (`role="alert"`), a success or note
 * politely (`role="status"`). `data-tone` names the outcome for tests and styles.
 */
export function Banner({
  tone,
  children,
  testId,
  code,
}: {
  tone: Tone;
  children: ReactNode;
  testId?: string;
  /** The server's problem code, when the banner shows one. */
  code?: string;
}) {
  return (
    <div
      className={CLASS[tone]}
      role={tone === 'error' || tone === 'warning' ? 'alert' : 'status'}
      data-tone={tone}
      data-testid={testId}
      data-code={code}
    >
      {children}
    </div>
  );
}

/** An outcome's banner, or nothing. */
export function OutcomeBanner({
  outcome,
  testId = 'outcome',
}: {
  outcome: Outcome | undefined;
  testId?: string;
}) {
  if (!outcome) return null;
  return (
    <Banner tone={outcome.tone} testId={testId}>
      {outcome.message}
    </Banner>
  );
}
