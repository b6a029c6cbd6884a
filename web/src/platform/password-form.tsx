import { type FormEvent, useState } from 'react';
import { ApiProblem, request } from '../shell/api';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';

/** Changing one's own password; the server signs out the person's other sessions. */
export function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const mismatch = repeat !== '' && repeat !== next;
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (mismatch) return;
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      await request('POST', '/auth/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setRepeat('');
      setDone(true);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="panel form narrow" onSubmit={submit} data-testid="password-form">
      <h2>{t('password.title')}</h2>
      <ProblemAlert error={error} />
      {done && (
        <p className="alert alert-ok" role="status">
          {t('password.done')}
        </p>
      )}
      <Field label={t('password.current')} error={fields.currentPassword}>
        <input
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
      </Field>
      <Field label={t('password.new')} hint={t('password.hint')} error={fields.newPassword}>
        <input
          type="password"
          name="newPassword"
          autoComplete="new-password"
          required
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
      </Field>
      <Field label={t('password.confirm')} error={mismatch ? t('password.mismatch') : undefined}>
        <input
          type="password"
          name="repeatPassword"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || mismatch}>
          {busy ? t('common.saving') : t('password.submit')}
        </button>
      </div>
    </form>
  );
}
