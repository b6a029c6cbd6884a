import { type FormEvent, useState } from 'react';
import type { Role } from '../../../src/platform/roles';
import { ApiProblem, type Lang, regionPath, request } from '../shell/api';
import { Dialog } from '../shell/dialog';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';
import { RoleCheckboxes } from './role-checkboxes';
import type { RegionUser } from './users';

/** Changes a user's name, language, active flag and roles here, or resets their password. */
export function UserEditDialog({
  regionId,
  user,
  onSaved,
  onClose,
}: {
  regionId: string;
  user: RegionUser;
  onSaved(): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState(user.name);
  const [locale, setLocale] = useState<Lang>(user.locale);
  const [active, setActive] = useState(user.active);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};

  async function save(e: FormEvent) {
    e.preventDefault();
    if (roles.length === 0) return;
    // Only what changed: the server checks authority over the account for name, language and active flag.
    const change: Partial<Pick<RegionUser, 'name' | 'locale' | 'active' | 'roles'>> = {};
    if (name.trim() !== user.name) change.name = name;
    if (locale !== user.locale) change.locale = locale;
    if (active !== user.active) change.active = active;
    if ([...roles].sort().join() !== [...user.roles].sort().join()) change.roles = roles;
    if (Object.keys(change).length === 0) return onClose();
    setBusy(true);
    setError(undefined);
    try {
      await request('PATCH', regionPath(regionId, `/users/${user.id}`), change);
      onSaved();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <Dialog title={`${t('userEdit.title')}: ${user.email}`} onClose={onClose}>
      <form className="form" onSubmit={save} data-testid="user-edit-form">
        <ProblemAlert error={error} />
        <Field label={t('userForm.name')} error={fields.name}>
          <input name="name" required value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('userForm.locale')} error={fields.locale}>
          <select name="locale" value={locale} onChange={(e) => setLocale(e.target.value as Lang)}>
            <option value="id">{t('lang.id')}</option>
            <option value="en">{t('lang.en')}</option>
          </select>
        </Field>
        <label className="checkbox">
          <input
            type="checkbox"
            name="active"
            checked={active}
            onChange={(e) => setActive(e.target.checked)}
          />
          <span>
            {t('userEdit.active')}
            <span className="field-hint">{t('userEdit.activeHint')}</span>
          </span>
        </label>
        <RoleCheckboxes
          value={roles}
          onChange={setRoles}
          error={roles.length === 0 ? t('userEdit.needRole') : fields.roles}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy || roles.length === 0}>
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
      <PasswordReset regionId={regionId} userId={user.id} />
    </Dialog>
  );
}

function PasswordReset({ regionId, userId }: { regionId: string; userId: number }) {
  const { t } = useI18n();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function reset(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    setDone(false);
    try {
      await request('POST', regionPath(regionId, `/users/${userId}/password`), { newPassword: password });
      setPassword('');
      setDone(true);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  }

  return (
    <form className="form form-section" onSubmit={reset}>
      <h3>{t('userEdit.resetTitle')}</h3>
      <p className="muted small">{t('userEdit.resetHint')}</p>
      <ProblemAlert error={error} />
      {done && (
        <p className="alert alert-ok" role="status">
          {t('userEdit.resetDone')}
        </p>
      )}
      <div className="inline-form">
        <Field label={t('userEdit.newPassword')} hint={t('password.hint')}>
          <input
            type="password"
            name="newPassword"
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {t('userEdit.reset')}
        </button>
      </div>
    </form>
  );
}
