import type { Role } from '../../../src/platform/roles';
import type { AreaManifest, NavEntry, PageRoute, PublicRoute } from './area';
import { NAV_SECTIONS } from './area';
import type { Catalogue, MessageKey } from './i18n';
import { shellMessages } from './messages';
import type { NavItem } from './navigation';

const SECTION_ORDER = Object.keys(NAV_SECTIONS);
const rank = (entry: NavEntry) => (entry.section ? SECTION_ORDER.indexOf(entry.section) + 1 : 0);

/** The web app built from the list of areas: its navigation, pages and messages. */
export function assemble(areas: readonly AreaManifest[]) {
  const entries = areas.flatMap((area) => area.navigation ?? []);
  const nav: NavItem[] = entries
    .slice()
    .sort((a, b) => rank(a) - rank(b) || (a.order ?? 0) - (b.order ?? 0))
    .map((entry) => ({
      path: entry.path,
      // Each area's labels are its own keys (WebArea's type), and areas.ts registers every area's keys.
      label: entry.label as MessageKey,
      roles: entry.roles,
      section: entry.section && NAV_SECTIONS[entry.section],
      homeFor: entry.homeFor,
      startFor: entry.startFor,
    }));
  const roleNames = (lang: 'id' | 'en') =>
    Object.fromEntries(
      areas.flatMap((area) =>
        Object.entries(area.roles ?? {}).map(([role, name]) => [`role.${role}`, name[lang]]),
      ),
    );
  const catalogue: Catalogue = {
    id: Object.assign({}, shellMessages.id, ...areas.map((area) => area.messages.id), roleNames('id')),
    en: Object.assign({}, shellMessages.en, ...areas.map((area) => area.messages.en), roleNames('en')),
    roles: areas.flatMap((area) => Object.keys(area.roles ?? {}) as Role[]),
  };
  return {
    nav,
    pages: areas.flatMap((area) => area.pages ?? []),
    publicPages: areas.flatMap((area) => area.publicPages ?? []),
    homePanels: areas.flatMap((area) => area.homePanels ?? []),
    accountPanels: areas.flatMap((area) => area.accountPanels ?? []),
    catalogue,
  };
}

/** The page whose path matches a route, with the values of its `:name` parts (numbers: records' ids). */
export function matchPage<P extends PageRoute | PublicRoute>(
  pages: readonly P[],
  route: string,
): { page: P; params: Record<string, string> } | undefined {
  // A query after the path (`/reset-password?token=…`) is the page's own to read.
  const parts = (route.split('?')[0] ?? '').split('/');
  for (const page of pages) {
    const pattern = page.path.split('/');
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((p, i) => {
      const part = parts[i] ?? '';
      if (!p.startsWith(':')) return p === part;
      params[p.slice(1)] = part;
      return /^\d+$/.test(part);
    });
    if (matches) return { page, params };
  }
  return undefined;
}
