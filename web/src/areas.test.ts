import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREAS as SERVER_AREAS } from '../../src/app';
import { rolesOf } from '../../src/platform/area';
import { AREAS } from './areas';
import type { NavEntry } from './shell/area';
import { assemble, matchPage } from './shell/assemble';
import type { Messages } from './shell/i18n';
import { shellMessages } from './shell/messages';
import { navFor, navItemOf } from './shell/navigation';

/** The web app's areas, as the shell builds the app from them: each one complete, and nothing left out. */
const app = assemble(AREAS);
/** Every role the areas define: the server's areas, as the web's list them. */
const ROLES = app.catalogue.roles;
const catalogues: [string, Messages][] = [
  ['shell', shellMessages],
  ...AREAS.map((area): [string, Messages] => [area.name, area.messages]),
];
/** The names a message fills: `{name}`, and `{count, plural, …}` or `{day, date}` (src/platform/human-format.ts). */
const placeholders = (message: string) =>
  [...new Set([...message.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]))].sort();
/** A concrete address for a page's path: `/taxpayers/:taxpayerId` → `/taxpayers/12`. */
const sample = (pagePath: string) => pagePath.replace(/:\w+/g, '12');

describe('web areas', () => {
  it('lists every area folder of web/src, each once, named as its folder', () => {
    const folders = fs
      .readdirSync(import.meta.dirname, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name !== 'shell')
      .map((entry) => entry.name);
    expect(AREAS.map((area) => area.name).sort()).toEqual(folders.sort());
    for (const area of AREAS) {
      expect(fs.existsSync(path.join(import.meta.dirname, area.name, 'area.ts')), area.name).toBe(true);
    }
  });

  it('has every message in both languages, not empty, with the same placeholders', () => {
    for (const [name, messages] of catalogues) {
      expect(Object.keys(messages.en).sort(), name).toEqual(Object.keys(messages.id).sort());
      for (const [key, text] of Object.entries(messages.id)) {
        const english = messages.en[key] ?? '';
        expect(text.trim(), `${name}: id ${key}`).not.toBe('');
        expect(english.trim(), `${name}: en ${key}`).not.toBe('');
        expect(placeholders(english), `${name}: ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('defines each message key in one place only', () => {
    const owner = new Map<string, string>();
    for (const [name, messages] of catalogues) {
      for (const key of Object.keys(messages.id)) {
        expect(owner.get(key), `${key} in ${name}`).toBeUndefined();
        owner.set(key, name);
      }
    }
  });

  it('gives each navigation entry a label of its own area, roles the server defines and a page', () => {
    for (const area of AREAS) {
      for (const entry of area.navigation ?? []) {
        expect(area.messages.id, `${area.name}: ${entry.path}`).toHaveProperty([entry.label]);
        for (const role of [...(entry.roles ?? []), ...(entry.homeFor ?? [])]) {
          expect(ROLES, `${area.name}: ${entry.path}`).toContain(role);
        }
        if (entry.roles) expect(entry.roles.length, `${entry.path}: an empty role set`).toBeGreaterThan(0);
        const page = matchPage(app.pages, entry.path);
        expect(page?.page.access ?? 'region', `${area.name}: ${entry.path} has no page`).toBe('region');
      }
      for (const panel of area.homePanels ?? []) {
        for (const role of panel.roles) expect(ROLES, area.name).toContain(role);
      }
    }
  });

  it('opens every page in a region through a navigation entry, and shows a home card link only to who sees it', () => {
    for (const page of app.pages.filter((p) => p.access !== 'signed-in')) {
      expect(navItemOf(app.nav, sample(page.path)), `${page.path} is unreachable`).toBeDefined();
    }
    for (const item of app.nav) {
      for (const role of item.homeFor ?? []) {
        expect(navFor(app.nav, [role]), `${item.path} on the ${role} card`).toContain(item);
      }
    }
  });

  it('puts no two pages at one path, nor two entries at one place in a section', () => {
    const paths = app.pages.map((p) => `${p.access ?? 'region'} ${p.path}`);
    expect(new Set(paths).size).toBe(paths.length);
    const publicPaths = app.publicPages.map((p) => p.path);
    expect(new Set(publicPaths).size).toBe(publicPaths.length);
    const places = AREAS.flatMap((area): readonly NavEntry[] => area.navigation ?? []).map(
      (e) => `${e.section} ${e.order ?? 0}`,
    );
    expect(new Set(places).size).toBe(places.length);
  });

  it('matches a record path only with a number, as before', () => {
    expect(matchPage(app.pages, '/taxpayers/12')?.params).toEqual({ taxpayerId: '12' });
    expect(matchPage(app.pages, '/taxpayers/abc')).toBeUndefined();
    expect(matchPage(app.pages, '/taxpayers/12/extra')).toBeUndefined();
  });
});

describe('roles', () => {
  it("the web names every role the server's areas define, in their order, and no other", () => {
    expect(app.catalogue.roles).toEqual(rolesOf(SERVER_AREAS));
    for (const role of app.catalogue.roles) {
      expect(app.catalogue.id[`role.${role}`], role).toBeTruthy();
      expect(app.catalogue.en[`role.${role}`], role).toBeTruthy();
    }
  });
});
