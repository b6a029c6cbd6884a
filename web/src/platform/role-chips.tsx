import type { Role } from '../../../src/platform/roles';
import { useI18n } from '../shell/i18n';

export function RoleChips({ roles }: { roles: readonly Role[] }) {
  const { roleLabel } = useI18n();
  return (
    <ul className="chips">
      {roles.map((role) => (
        <li key={role} className="chip">
          {roleLabel(role)}
        </li>
      ))}
    </ul>
  );
}
