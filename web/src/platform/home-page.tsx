import { holdsAny, type Role } from '../../../src/platform/roles';
import { TAX_STAFF } from '../../../src/tax/roles';
import type { Me, RegionGrant } from '../shell/api';
import { useI18n } from '../shell/i18n';
import { navFor } from '../shell/navigation';
import { href } from '../shell/router';
import { TaxOverviewPanel } from '../tax/overview/tax-overview-panel';
import { RoleChips } from './role-chips';

/** Where each role usually starts its day. */
const ROLE_LINKS: Partial<Record<Role, string[]>> = {
  taxpayer: ['/my-taxes', '/file-return', '/my-bills'],
  officer: ['/registrations', '/review', '/taxpayers'],
  supervisor: ['/review', '/tax-config', '/audit'],
  admin: ['/users', '/tax-config', '/areas'],
  treasurer: ['/reconciliation', '/arrears', '/missing-returns'],
  auditor: ['/audit', '/arrears', '/tax-config'],
};

/**
 * Welcome: the person's roles in this region, the region's taxes today for Bapenda staff, and per role what Balai
 * offers them.
 */
export function HomePage({ me, region }: { me: Me; region: RegionGrant }) {
  const { t } = useI18n();
  const nav = navFor(region.roles);
  return (
    <>
      <div className="page-head">
        <h1>{t('home.welcome', { name: me.user.name })}</h1>
      </div>
      <section className="panel">
        <h2>{t('home.rolesIn', { region: region.name })}</h2>
        <RoleChips roles={region.roles} />
      </section>
      {holdsAny(region.roles, TAX_STAFF) && <TaxOverviewPanel region={region} />}
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
                .filter((item) => ROLE_LINKS[role]?.includes(item.path))
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
