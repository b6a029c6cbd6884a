import { createContext, useContext } from 'react';
import { holdsAny, type Role } from '../../../src/platform/roles';
import type { HomePanel } from './area';
import type { MessageKey } from './i18n';

/** An entry of the navigation as the shell shows it, from an area's list (shell/assemble.ts). */
export interface NavItem {
  path: string;
  label: MessageKey;
  /** Who sees it; everyone with a role in the region when absent. */
  roles?: readonly Role[];
  /** The heading it sits under in the navigation, if any. */
  section?: MessageKey;
  /** Roles whose home page card links here. */
  homeFor?: readonly Role[];
  /** Roles who land here after signing in instead of on the home page. */
  startFor?: readonly Role[];
}

/** The entries a person holding `roles` in a region sees. */
export function navFor(items: readonly NavItem[], roles: readonly Role[]): NavItem[] {
  return items.filter((item) => !item.roles || holdsAny(roles, item.roles));
}

/** Where someone holding `roles` lands after signing in: the first entry that names one of their roles, if any. */
export function startPageFor(items: readonly NavItem[], roles: readonly Role[]): string | undefined {
  return items.find((item) => item.startFor && holdsAny(roles, item.startFor))?.path;
}

/** The navigation entry a route belongs to: itself, or its parent list for a detail page (`/taxpayers/12`). */
export function navItemOf(nav: readonly NavItem[], route: string): NavItem | undefined {
  // A query after the path (`/file-return?objectId=7&period=2025-02`) is the page's own: it opens the same page.
  const path = route.split('?')[0] ?? '';
  return nav.find((item) => item.path === path || (item.path !== '/' && path.startsWith(`${item.path}/`)));
}

/** What the signed-in person may open in the current region, and the panels their home page shows. */
export interface RegionNavigation {
  nav: readonly NavItem[];
  homePanels: readonly HomePanel[];
  /** The areas' panels of the account page for the person's roles in the region. */
  accountPanels?: readonly HomePanel[];
}

export const NavigationContext = createContext<RegionNavigation>({ nav: [], homePanels: [] });

/** The current region's navigation for the signed-in person, and whether they may open a page there. */
export function useNavigation() {
  const { nav, homePanels, accountPanels = [] } = useContext(NavigationContext);
  return { nav, homePanels, accountPanels, canOpen: (path: string) => navItemOf(nav, path) !== undefined };
}
