import type { Me, RegionGrant } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { useNavigation } from '../shell/navigation';
import { href } from '../shell/router';
import { RoleChips } from './role-chips';

/**
 * Welcome: the person's roles in this region, the panels the areas put here for them (the region's taxes today for
 * Bapenda staff), and per role what Balai offers them.
 */
export function HomePage({ me, region }: { me: Me; region: RegionGrant }) {
  const { t } = useI18n();
  const { nav, homePanels } = useNavigation();
  return (
    <>
      <div className="page-head">
        <h1>{t('home.welcome', { name: me.user.name })}</h1>
      </div>
      {homePanels.map(({ panel: Panel }, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed, so a panel's place is its key
        <Panel key={i} region={region} />
      ))}
      <section className="panel">
        <h2>{t('home.rolesIn', { region: region.name })}</h2>
        <RoleChips roles={region.roles} />
      </section>
      <div className="cards">
        {region.roles.map((role) => (
          <section key={role} className="card" data-testid={`role-card-${role}`}>
            <h2>{t(`home.${role}.title`)}</h2>
            <p>{t(`home.${role}.body`)}</p>
            {role === 'partner' && (
              <p>
                <a href="/docs">{t('home.partner.docs')}</a>
              </p>
            )}
            <ul className="card-links">
              {nav
                .filter((item) => item.homeFor?.includes(role))
                .map((item) => (
                  <li key={item.path}>
                    <a href={href(item.path)}>{t(item.label)} →</a>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
