import { type FormEvent, useState } from 'react';
import type { Role } from '../../../src/platform/roles';
import { ApiProblem, type Lang, regionPath, request } from '../shell/api';
import { Dialog } from '../shell/dialog';
import { Field } from '../shell/field';
import { useI18n } from '../shell/i18n';
import { ProblemAlert } from '../shell/problem-alert';
import { RoleCheckboxes } from './role-checkboxes';
import type { RegionUser } from './users';

/** Creates a user with roles in this region. */
export function UserCreateDialog({
  regionId,
  onCreated,
  onClose,
}: {
  regionId: string;
  onCreated(user: RegionUser): void;
  onClose(): void;
}) {
  const { t, lang } = useI18n();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [locale, setLocale] = useState<Lang>(lang);
  const [roles, setRoles] = useState<Role[]>([]);
  const [error, setError] = useState<unknown>();
  const [rolesMissing, setRolesMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const fields = error instanceof ApiProblem ? error.fieldMessages() : {};

  async function submit(e: FormEvent) {
    e.preventDefault();
    setRolesMissing(roles.length === 0);
    if (roles.length === 0) return;
    setBusy(true);
    setError(undefined);
    try {
      onCreated(
        await request<RegionUser>('POST', regionPath(regionId, '/users'), {
          email,
          name,
          password,
          locale,
          roles,
        }),
      );
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('userForm.title')} onClose={onClose}>
      <form className="form" onSubmit={submit} data-testid="user-create-form">
        <ProblemAlert error={error} />
        <Field label={t('userForm.email')} error={fields.email}>
          <input
            type="email"
            name="email"
            required
            autoComplete="off"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </Field>
        <Field label={t('userForm.name')} error={fields.name}>
          <input name="name" required value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('userForm.password')} hint={t('userForm.passwordHint')} error={fields.password}>
          <input
            type="password"
            name="password"
            required
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        <Field label={t('userForm.locale')} error={fields.locale}>
          <select name="locale" value={locale} onChange={(e) => setLocale(e.target.value as Lang)}>
            <option value="id">{t('lang.id')}</option>
            <option value="en">{t('lang.en')}</option>
          </select>
        </Field>
        <RoleCheckboxes
          value={roles}
          onChange={setRoles}
          error={rolesMissing ? t('userEdit.needRole') : fields.roles}
        />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('common.saving') : t('userForm.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
