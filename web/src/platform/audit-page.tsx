import { Fragment, useState } from 'react';
import { fieldChanges, fieldKey, formatAuditValue } from '../../../src/platform/audit-changes';
import type { auditCatalogueSchema, auditPageSchema } from '../../../src/platform/audit-routes';
import { documentUrl, type Lang, type RegionGrant, regionPath, request, type WireOf } from '../shell/api';
import { DownloadButtons } from '../shell/download-buttons';
import { Field } from '../shell/field';
import { formatDateTime, formatPeriod, zoneLabel } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { useNavigation } from '../shell/navigation';
import { PdfLink } from '../shell/pdf-link';
import { ProblemAlert } from '../shell/problem-alert';
import { href } from '../shell/router';
import { useResource } from '../shell/use-resource';
import { ChainVerifier } from './chain-verifier';

type AuditSlice = WireOf<typeof auditPageSchema>;
type AuditEntry = AuditSlice['entries'][number];
type Catalogue = WireOf<typeof auditCatalogueSchema>;

/** The filters, each chosen from a list (or a calendar); `person` is `u<userId>` or `system`. */
const NO_FILTER = { action: '', person: '', entity: '', from: '', to: '' };
type Filter = typeof NO_FILTER;

/** The filters as the API's query parameters. */
function filterQuery(filter: Filter): URLSearchParams {
  const query = new URLSearchParams();
  if (filter.action) query.set('action', filter.action);
  if (filter.person.startsWith('u')) query.set('actorId', filter.person.slice(1));
  else if (filter.person) query.set('actor', filter.person);
  if (filter.entity) query.set('entity', filter.entity);
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  return query;
}

/** The region's audit trail for an auditor: actions in words, subjects linked, changes field by field, downloads. */
export function AuditPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const { canOpen } = useNavigation();
  const catalogue = useResource<Catalogue>(regionPath(region.regionId, '/audit/catalogue'));
  const [filter, setFilter] = useState(NO_FILTER);
  const query = filterQuery(filter);
  const path = regionPath(region.regionId, `/audit?${query}`);
  const first = useResource<AuditSlice>(path);
  const [more, setMore] = useState<AuditSlice & { path: string }>();
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());

  const extra = more?.path === path ? more : undefined;
  const entries = first.data ? [...first.data.entries, ...(extra?.entries ?? [])] : [];
  const next = extra ? extra.nextBeforeSeq : first.data?.nextBeforeSeq;

  const c = catalogue.data;
  const actionLabel = new Map(c?.actions.map((a) => [a.code, a.label[lang]]));
  const kindLabel = new Map(c?.subjects.map((s) => [s.kind, s.label[lang]]));
  const fields = new Map(c?.fields.map((f) => [f.name, f]));
  const byLabel = (a: { label: Record<Lang, string> }, b: { label: Record<Lang, string> }) =>
    a.label[lang].localeCompare(b.label[lang], lang);

  async function loadMore() {
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const slice = await request<AuditSlice>('GET', `${path}&beforeSeq=${next}`);
      setMore({
        path,
        entries: [...(extra?.entries ?? []), ...slice.entries],
        nextBeforeSeq: slice.nextBeforeSeq,
      });
    } catch (err) {
      setMoreError(err);
    }
    setLoadingMore(false);
  }

  function toggle(seq: number) {
    const expanded = new Set(open);
    if (!expanded.delete(seq)) expanded.add(seq);
    setOpen(expanded);
  }

  const choose = (key: keyof Filter) => (e: { target: { value: string } }) =>
    setFilter({ ...filter, [key]: e.target.value });

  function subjectCell(e: AuditEntry) {
    const kind = kindLabel.get(e.entity) ?? e.entity;
    const s = e.subject;
    if (!s) {
      return (
        <>
          <span className="muted small">{kind}</span> {e.entityId}
        </>
      );
    }
    const name = `${s.name}${s.period ? ` · ${formatPeriod(s.period, lang)}` : ''}`;
    return (
      <>
        <span className="muted small audit-kind">{kind}</span>{' '}
        {s.page && canOpen(s.page) ? (
          <a href={href(s.page)} data-testid="audit-subject-link">
            {name}
          </a>
        ) : (
          <span>{name}</span>
        )}
      </>
    );
  }

  function changes(e: AuditEntry) {
    const rows = fieldChanges(e.before, e.after);
    if (rows.length === 0) return <p className="muted small">{t('audit.noChanges')}</p>;
    const created = e.before == null;
    return (
      <div className="table-wrap">
        <table className="table audit-changes" data-testid="audit-changes">
          <thead>
            <tr>
              <th>{t('audit.field')}</th>
              {!created && <th>{t('audit.before')}</th>}
              <th>{created ? t('audit.value') : t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const field = fields.get(fieldKey(row.field));
              const label = field?.label[lang] ?? row.field;
              return (
                <tr key={row.field} className={!created && row.changed ? 'audit-changed' : undefined}>
                  <th scope="row">{label}</th>
                  {!created && <td>{formatAuditValue(row.before, field, lang, region.timeZone)}</td>}
                  <td>{formatAuditValue(row.after, field, lang, region.timeZone)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('audit.title')}</h1>
          <p className="muted">
            {t('audit.subtitle', { region: region.name, zone: zoneLabel(region.timeZone) })}
          </p>
        </div>
        <ChainVerifier regionId={region.regionId} />
      </div>
      <ProblemAlert error={catalogue.error} />
      <form className="panel filters" data-testid="audit-filters" onSubmit={(e) => e.preventDefault()}>
        <Field label={t('audit.action')}>
          <select name="action" value={filter.action} onChange={choose('action')}>
            <option value="">{t('audit.actionAll')}</option>
            {[...(c?.actions ?? [])].sort(byLabel).map((a) => (
              <option key={a.code} value={a.code}>
                {a.label[lang]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('audit.actor')}>
          <select name="person" value={filter.person} onChange={choose('person')}>
            <option value="">{t('audit.personAll')}</option>
            <option value="system">{t('audit.system')}</option>
            {c?.people.map((p) => (
              <option key={p.userId} value={`u${p.userId}`}>
                {p.name} ({p.email})
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('audit.entity')}>
          <select name="entity" value={filter.entity} onChange={choose('entity')}>
            <option value="">{t('audit.subjectAll')}</option>
            {[...(c?.subjects ?? [])].sort(byLabel).map((s) => (
              <option key={s.kind} value={s.kind}>
                {s.label[lang]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('audit.from')}>
          <input
            type="date"
            name="from"
            value={filter.from}
            max={filter.to || undefined}
            onChange={choose('from')}
          />
        </Field>
        <Field label={t('audit.to')}>
          <input
            type="date"
            name="to"
            value={filter.to}
            min={filter.from || undefined}
            onChange={choose('to')}
          />
        </Field>
        <div className="filter-actions">
          <button type="button" className="button" onClick={() => setFilter(NO_FILTER)}>
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <DownloadButtons
        regionId={region.regionId}
        path="/audit/download"
        params={filterQuery(filter)}
        testId="audit-download"
      />
      <ProblemAlert error={first.error} />
      {!first.data && !first.error && <Loading />}
      {first.data && entries.length === 0 && <p className="empty">{t('audit.none')}</p>}
      {entries.length > 0 && (
        <div className="table-wrap">
          <table className="table table-stacked" data-testid="audit-table">
            <thead>
              <tr>
                <th>{t('audit.time')}</th>
                <th>{t('audit.actorColumn')}</th>
                <th>{t('audit.actionColumn')}</th>
                <th>{t('audit.subject')}</th>
                <th>
                  <span className="sr-only">{t('audit.details')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <Fragment key={e.seq}>
                  <tr data-testid="audit-entry">
                    <td className="nowrap">
                      {formatDateTime(e.at, region.timeZone, lang, { seconds: true })}
                    </td>
                    <td className="audit-actor">{e.actor === 'system' ? t('audit.system') : e.actor}</td>
                    <td className="strong" data-testid="audit-action">
                      {actionLabel.get(e.action) ?? e.action}
                    </td>
                    <td>{subjectCell(e)}</td>
                    <td className="actions">
                      <button
                        type="button"
                        className="button button-small"
                        aria-expanded={open.has(e.seq)}
                        onClick={() => toggle(e.seq)}
                      >
                        {t('audit.details')}
                      </button>
                    </td>
                  </tr>
                  {open.has(e.seq) && (
                    <tr className="detail-row">
                      <td colSpan={5}>
                        {changes(e)}
                        {e.subject?.document && (
                          <PdfLink
                            href={documentUrl(region.regionId, e.subject.document)}
                            label={t('audit.document')}
                          />
                        )}
                        <p className="muted small mono">
                          {t('audit.seq')} {e.seq} · IP {e.ip ?? '—'} · SHA-256 {e.hash}
                        </p>
                      </td>
                    </tr>
                  )}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ProblemAlert error={moreError} />
      {next && (
        <button type="button" className="button load-more" disabled={loadingMore} onClick={loadMore}>
          {loadingMore ? t('common.loading') : t('audit.more')}
        </button>
      )}
    </>
  );
}
