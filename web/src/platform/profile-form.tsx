import { type FormEvent, useState } from 'react';
import { ApiProblem, type Lang, type Me, request } from '../shell/api';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';

/**
 * One's own name (as colleagues and the audit trail see it) and language (the one the application speaks when the
 * person signs in on a device that has not chosen one). Only what changed is sent; the server audits it.
 */
export function ProfileForm({ user, onSaved }: { user: Me['user']; onSaved(me: Me): void }) {
  const { t, setLang } = useI18n();
  const [name, setName] = useState(user.name);
  const [locale, setLocale] = useState<Lang>(user.locale);
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};
  const change: { name?: string; locale?: Lang } = {};
  if (name.trim() !== user.name) change.name = name;
  if (locale !== user.locale) change.locale = locale;
  const changed = Object.keys(change).length > 0;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      const me = await request<Me>('PATCH', '/auth/me', change);
      onSaved(me);
      if (change.locale) setLang(change.locale);
      setDone(true);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="panel form narrow" onSubmit={submit} data-testid="profile-form">
      <h2>{t('profile.title')}</h2>
      <ProblemAlert error={error} />
      {done && (
        <p className="alert alert-ok" role="status">
          {t('profile.saved')}
        </p>
      )}
      <Field label={t('profile.name')} error={fields.name}>
        <input
          name="name"
          autoComplete="name"
          required
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </Field>
      <Field label={t('lang.label')} hint={t('profile.localeHint')} error={fields.locale}>
        <select name="locale" value={locale} onChange={(e) => setLocale(e.target.value as Lang)}>
          <option value="id">{t('lang.id')}</option>
          <option value="en">{t('lang.en')}</option>
        </select>
      </Field>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy || !changed}>
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
