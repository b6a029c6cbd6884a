import type { Me, RegionGrant } from '../api';
import { RoleChips } from '../components/role-chips';
import { useI18n } from '../i18n';

/** Welcome: the person's roles in this region and, per role, what Balai offers them today. */
export function HomePage({ me, region }: { me: Me; region: RegionGrant }) {
  const { t } = useI18n();
  return (
    <>
      <div className="page-head">
        <h1>{t('home.welcome', { name: me.user.name })}</h1>
      </div>
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
          </section>
        ))}
      </div>
    </>
  );
}
