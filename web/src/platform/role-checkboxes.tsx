import type { Role } from '../../../src/platform/roles';
import { useI18n } from '../shell/i18n';

/** One checkbox per role; `value` keeps the canonical role order. */
export function RoleCheckboxes({
  value,
  onChange,
  error,
}: {
  value: Role[];
  onChange(roles: Role[]): void;
  error?: string;
}) {
  const { t, roles, roleLabel } = useI18n();
  const toggle = (role: Role, on: boolean) =>
    onChange(roles.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <fieldset className={error ? 'field field-invalid' : 'field'}>
      <legend className="field-label">{t('userForm.roles')}</legend>
      <div className="checkbox-grid">
        {roles.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              name="roles"
              value={role}
              checked={value.includes(role)}
              onChange={(e) => toggle(role, e.target.checked)}
            />
            {roleLabel(role)}
          </label>
        ))}
      </div>
      {error && <span className="field-error">{error}</span>}
    </fieldset>
  );
}
