import { Fragment, type ReactNode, useState } from 'react';
import { RegionSwitcher } from '../platform/region-switcher';
import type { Me, RegionGrant, RegionToday } from './api';
import { useI18n } from './i18n';
import { LanguageSwitch } from './language-switch';
import { type NavItem, navItemOf } from './navigation';
import { RegionEmblem } from './region-emblem';
import { href, useRoute } from './router';
import { useResource } from './use-resource';
import { UserMenu } from './user-menu';

/** The frame around every signed-in page: header, role-dependent navigation (a menu on phones), content. */
export function Shell({
  me,
  region,
  nav,
  onRegionChange,
  onSignOut,
  children,
}: {
  me: Me;
  region: RegionGrant | undefined;
  nav: NavItem[];
  onRegionChange(regionId: string): void;
  onSignOut(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const route = useRoute();
  const [navOpen, setNavOpen] = useState(false);
  const current = navItemOf(nav, route);
  // The regions' logos (public, cached by the browser): the current region's stands beside its name.
  const regions = useResource<RegionToday[]>('/regions');

  return (
    <div className={nav.length > 0 ? 'shell with-nav' : 'shell'}>
      <header className="topbar">
        <div className="topbar-row">
          {nav.length > 0 && (
            <button
              type="button"
              className="menu-button"
              aria-expanded={navOpen}
              aria-controls="main-nav"
              data-testid="menu-button"
              onClick={() => setNavOpen(!navOpen)}
            >
              <span className="menu-icon" aria-hidden="true" />
              {t('shell.menu')}
            </button>
          )}
          <a className="brand" href={href('/')}>
            <span className="brand-mark" aria-hidden="true">
              B
            </span>
            Balai
          </a>
          {region && (
            <RegionEmblem
              name={region.name}
              logoUrl={regions.data?.find((r) => r.regionId === region.regionId)?.logoUrl}
              testId="shell-region-logo"
            />
          )}
          {region && <RegionSwitcher regions={me.regions} current={region} onChange={onRegionChange} />}
          <div className="topbar-end">
            <LanguageSwitch />
            <UserMenu user={me.user} onSignOut={onSignOut} />
          </div>
        </div>
        {nav.length > 0 && (
          <nav id="main-nav" className={navOpen ? 'sidenav open' : 'sidenav'} aria-label={t('shell.mainNav')}>
            {nav.map((item, i) => (
              <Fragment key={item.path}>
                {item.section && item.section !== nav[i - 1]?.section && (
                  <span className="nav-section">{t(item.section)}</span>
                )}
                <a
                  href={href(item.path)}
                  aria-current={current === item ? 'page' : undefined}
                  onClick={() => setNavOpen(false)}
                >
                  {t(item.label)}
                </a>
              </Fragment>
            ))}
          </nav>
        )}
      </header>
      <main className="content" key={region?.regionId}>
        {children}
      </main>
    </div>
  );
}
