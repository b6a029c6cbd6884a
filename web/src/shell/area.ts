import type { ComponentType } from 'react';
import type { Role, RoleLabels } from '../../../src/platform/roles';
import type { Me, RegionGrant } from './api';
import type { Messages } from './i18n';

/*
 * What an area of the web app tells the shell about itself (its `area.ts`), and the list web/src/areas.ts keeps of
 * them. The shell builds the navigation, the routes and the message catalogue from that list (shell/assemble.ts), so
 * adding an area is a folder of its own and one line in the list.
 */

/** The headings the navigation groups its entries under, in this order; entries without one come first. */
export const NAV_SECTIONS = {
  mine: 'nav.section.mine',
  service: 'nav.section.service',
  performance: 'nav.section.performance',
  general: 'nav.section.general',
  admin: 'nav.section.admin',
} as const;
export type NavSection = keyof typeof NAV_SECTIONS;

/** An entry of the navigation. */
export interface NavEntry<Key extends string = string> {
  path: string;
  label: Key;
  /** Who sees it (one of these roles in the region): a role set of the server's; everyone when absent. */
  roles?: readonly Role[];
  section?: NavSection;
  /** Its place within its section, lowest first (sections mix entries of several areas). */
  order?: number;
  /** Roles whose card on the home page links here: where someone in that role usually starts their day. */
  homeFor?: readonly Role[];
  /** Roles who open this page, not the home page, when they sign in (the mayor: the revenue dashboard). */
  startFor?: readonly Role[];
}

/** What a page in a region is given: the person, the region, the `:name` parts of its path. */
export interface RegionPageProps {
  me: Me;
  region: RegionGrant;
  params: Readonly<Record<string, string>>;
  onMeChanged(me: Me): void;
}

/** What a page open to anyone signed in is given: the region too, if they hold a role in one. */
export interface SignedInPageProps {
  me: Me;
  region: RegionGrant | undefined;
  onMeChanged(me: Me): void;
}

/**
 * A page of the signed-in app at a path (`/taxpayers/:taxpayerId`: a `:name` part matches a number, a record's id).
 * A page in a region opens only through a navigation entry the person's roles there show (itself, or its list for a
 * detail page); a `signed-in` page opens for anyone signed in, with or without a region.
 */
export type PageRoute =
  | { path: string; access?: 'region'; page: ComponentType<RegionPageProps> }
  | { path: string; access: 'signed-in'; page: ComponentType<SignedInPageProps> };

/** A page for people who are not signed in (the public simulators, the transparency page). */
export interface PublicRoute {
  path: string;
  page: ComponentType;
}

/** A panel an area puts on the home page, for those holding one of `roles` in the region. */
export interface HomePanel {
  roles: readonly Role[];
  panel: ComponentType<{ region: RegionGrant }>;
}

/** What the shell reads of an area (shell/assemble.ts). */
export interface AreaManifest {
  /** The folder's name, as the server's area. */
  name: string;
  /** Its messages, in both languages. */
  messages: Messages;
  /** The roles its server area defines, with their names (the server's own `roles.ts`). */
  roles?: RoleLabels;
  navigation?: readonly NavEntry[];
  pages?: readonly PageRoute[];
  publicPages?: readonly PublicRoute[];
  homePanels?: readonly HomePanel[];
  /** Panels on the person's own account page (their choices within the area), by role as on the home page. */
  accountPanels?: readonly HomePanel[];
}

/** One area of the web app, as its `area.ts` describes it: its navigation labels are among its own messages. */
export interface WebArea<M extends Messages = Messages> extends AreaManifest {
  messages: M;
  navigation?: readonly NavEntry<Extract<keyof M['id'], string>>[];
}
