import { type FormEvent, Fragment, useState } from 'react';
import type { auditPageSchema } from '../../../src/platform/audit-routes';
import { type RegionGrant, regionPath, request, type WireOf } from '../shell/api';
import { Field } from '../shell/field';
import { formatDateTime, zoneLabel } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { ChainVerifier } from './chain-verifier';

type AuditSlice = WireOf<typeof auditPageSchema>;

const NO_FILTER = { action: '', actor: '', from: '', to: '' };
type Filter = typeof NO_FILTER;

const showJson = (value: unknown) => (value == null ? '—' : JSON.stringify(value, null, 2));

function auditPath(regionId: string, filter: Filter): string {
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v.trim() !== ''));
  return regionPath(regionId, `/audit?${query}`);
}

/** The region's audit trail, newest first, with filters, details per entry and chain verification. */
export function AuditPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState(NO_FILTER);
  const [filter, setFilter] = useState(NO_FILTER);
  const path = auditPath(region.regionId, filter);
  const first = useResource<AuditSlice>(path);
  const [more, setMore] = useState<AuditSlice & { path: string }>();
  const [moreError, setMoreError] = useState<unknown>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());

  const extra = more?.path === path ? more : undefined;
  const entries = first.data ? [...first.data.entries, ...(extra?.entries ?? [])] : [];
  const next = extra ? extra.nextBeforeSeq : first.data?.nextBeforeSeq;

  function apply(e: FormEvent) {
    e.preventDefault();
    setFilter(draft);
  }

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

  const input = (key: keyof Filter, type = 'text') => (
    <input
      type={type}
      name={key}
      value={draft[key]}
      onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
    />
  );

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
      <form className="panel filters" onSubmit={apply} data-testid="audit-filters">
        <Field label={t('audit.action')}>{input('action')}</Field>
        <Field label={t('audit.actor')}>{input('actor', 'email')}</Field>
        <Field label={t('audit.from')}>{input('from', 'date')}</Field>
        <Field label={t('audit.to')}>{input('to', 'date')}</Field>
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('audit.apply')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDraft(NO_FILTER);
              setFilter(NO_FILTER);
            }}
          >
            {t('audit.clear')}
          </button>
        </div>
      </form>
      <ProblemAlert error={first.error} />
      {!first.data && !first.error && <Loading />}
      {first.data && entries.length === 0 && <p className="empty">{t('audit.none')}</p>}
      {entries.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="audit-table">
            <thead>
              <tr>
                <th className="num">{t('audit.seq')}</th>
                <th>{t('audit.time')}</th>
                <th>{t('audit.actorColumn')}</th>
                <th>{t('audit.actionColumn')}</th>
                <th>{t('audit.entity')}</th>
                <th>
                  <span className="sr-only">{t('audit.details')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <Fragment key={e.seq}>
                  <tr>
                    <td className="num">{e.seq}</td>
                    <td className="nowrap">{formatDateTime(e.at, region.timeZone, lang)}</td>
                    <td>{e.actor}</td>
                    <td>
                      <code>{e.action}</code>
                    </td>
                    <td>
                      {e.entity} {e.entityId}
                    </td>
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
                      <td colSpan={6}>
                        <div className="json-pair">
                          <div>
                            <h3>{t('audit.before')}</h3>
                            <pre>{showJson(e.before)}</pre>
                          </div>
                          <div>
                            <h3>{t('audit.after')}</h3>
                            <pre>{showJson(e.after)}</pre>
                          </div>
                        </div>
                        <p className="muted small mono">
                          IP {e.ip ?? '—'} · SHA-256 {e.hash}
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
