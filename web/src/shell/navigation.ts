import { PAYMENT_WATCHERS, TREASURY_READERS } from '../../../src/payments/roles';
import { AUDIT_READERS, holdsAny, type Role, USER_READERS } from '../../../src/platform/roles';
import { REGISTRY_READERS, TAX_OFFICERS, TAX_STAFF, TAXPAYERS } from '../../../src/tax/roles';
import type { MessageKey } from './i18n';

export interface NavItem {
  path: string;
  label: MessageKey;
  /** Who sees it; everyone with a role in the region when absent. */
  roles?: readonly Role[];
  /** The heading it sits under in the navigation, if any. */
  section?: MessageKey;
}

const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.home' },
  { path: '/my-taxes', label: 'nav.myTaxes', roles: TAXPAYERS, section: 'nav.section.mine' },
  { path: '/file-return', label: 'nav.fileReturn', roles: TAXPAYERS, section: 'nav.section.mine' },
  { path: '/my-returns', label: 'nav.myReturns', roles: TAXPAYERS, section: 'nav.section.mine' },
  { path: '/my-bills', label: 'nav.myBills', roles: TAXPAYERS, section: 'nav.section.mine' },
  {
    path: '/registrations',
    label: 'nav.registrations',
    roles: REGISTRY_READERS,
    section: 'nav.section.service',
  },
  { path: '/taxpayers', label: 'nav.taxpayers', roles: REGISTRY_READERS, section: 'nav.section.service' },
  {
    path: '/taxpayer-import',
    label: 'nav.taxpayerImport',
    roles: TAX_OFFICERS,
    section: 'nav.section.service',
  },
  { path: '/review', label: 'nav.review', roles: REGISTRY_READERS, section: 'nav.section.service' },
  { path: '/missing-returns', label: 'nav.missing', roles: TAX_STAFF, section: 'nav.section.service' },
  { path: '/arrears', label: 'nav.arrears', roles: TAX_STAFF, section: 'nav.section.service' },
  { path: '/assessments', label: 'nav.assessments', roles: TAX_STAFF, section: 'nav.section.service' },
  { path: '/tax-config', label: 'nav.taxConfig', roles: TAX_STAFF, section: 'nav.section.service' },
  {
    path: '/reconciliation',
    label: 'nav.reconciliation',
    roles: TREASURY_READERS,
    section: 'nav.section.service',
  },
  { path: '/simulations', label: 'nav.simulations', section: 'nav.section.general' },
  { path: '/areas', label: 'nav.areas', section: 'nav.section.general' },
  { path: '/users', label: 'nav.users', roles: USER_READERS, section: 'nav.section.admin' },
  { path: '/qris', label: 'nav.qris', roles: TAX_STAFF, section: 'nav.section.admin' },
  { path: '/audit', label: 'nav.audit', roles: AUDIT_READERS, section: 'nav.section.admin' },
  { path: '/payments', label: 'nav.payments', roles: PAYMENT_WATCHERS, section: 'nav.section.admin' },
];

export function navFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || holdsAny(roles, item.roles));
}

/** The navigation entry a route belongs to: itself, or its parent list for a detail page (`/taxpayers/12`). */
export function navItemOf(nav: readonly NavItem[], route: string): NavItem | undefined {
  return nav.find((item) => item.path === route || (item.path !== '/' && route.startsWith(`${item.path}/`)));
}

/** Whether a person with these roles may open a page (e.g. a taxpayer's 360° view from a list). */
export function canOpen(roles: readonly Role[], path: string): boolean {
  return navItemOf(navFor(roles), path) !== undefined;
}
