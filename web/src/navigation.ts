import { AUDIT_READERS, type Role } from '../../src/platform/roles';
import type { MessageKey } from './i18n';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** Who sees it; everyone with a role in the region when absent. */
  roles?: readonly Role[];
}

/** Administrators manage users; auditors and supervisors may read them (as the API allows). */
const USER_READERS: readonly Role[] = ['admin', 'auditor', 'supervisor'];

const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.home' },
  { path: '/users', label: 'nav.users', roles: USER_READERS },
  { path: '/audit', label: 'nav.audit', roles: AUDIT_READERS },
  { path: '/areas', label: 'nav.areas' },
];

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.some((r) => roles.includes(r)));
}
