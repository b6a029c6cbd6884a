import type { auditCatalogueSchema, auditPageSchema } from '../../../src/platform/audit-routes';
import { AUDIT_READERS, holdsAny } from '../../../src/platform/roles';
import { type RegionGrant, regionPath, type WireOf } from '../shell/api';
import { formatDateTime } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';

type AuditEntry = WireOf<typeof auditPageSchema>['entries'][number];
type Catalogue = WireOf<typeof auditCatalogueSchema>;

/**
 * What the audit trail recorded of one subject (a return, a bill), newest first: when, who, and the action in words.
 * Shown to those who read the audit trail (AUDIT_READERS, as the API says); the audit browser has the details.
 */
export function SubjectAuditTrail({
  region,
  entity,
  entityId,
}: {
  region: RegionGrant;
  entity: string;
  entityId: number;
}) {
  if (!holdsAny(region.roles, AUDIT_READERS)) return null;
  return <Trail region={region} entity={entity} entityId={entityId} />;
}

function Trail({ region, entity, entityId }: { region: RegionGrant; entity: string; entityId: number }) {
  const { t, lang } = useI18n();
  const at = (path: string) => regionPath(region.regionId, path);
  const entries = useResource<{ entries: AuditEntry[] }>(
    at(`/audit?entity=${encodeURIComponent(entity)}&entityId=${entityId}&limit=50`),
  );
  const catalogue = useResource<Catalogue>(at('/audit/catalogue'));
  const label = (code: string) => catalogue.data?.actions.find((a) => a.code === code)?.label[lang] ?? code;
  return (
    <section className="section" data-testid="subject-audit-trail">
      <h2>{t('audit.title')}</h2>
      <ProblemAlert error={entries.error ?? catalogue.error} />
      {(!entries.data || !catalogue.data) && !entries.error && !catalogue.error && <Loading />}
      {entries.data?.entries.length === 0 && <p className="muted small">{t('audit.none')}</p>}
      {entries.data && catalogue.data && entries.data.entries.length > 0 && (
        <ul className="subject-trail">
          {entries.data.entries.map((e) => (
            <li key={e.seq} data-testid="subject-audit-entry">
              <span className="muted small">{formatDateTime(e.at, region.timeZone, lang)}</span>
              <span>
                <strong data-testid="subject-audit-action">{label(e.action)}</strong>
                <span className="muted"> · {e.actor}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
