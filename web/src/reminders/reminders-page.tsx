import type {
  reminderListSchema,
  reminderSettingsSchema,
  sandboxLogSchema,
} from '../../../src/reminders/reminders-routes';
import { type RegionGrant, regionPath, type WireOf } from '../shell/api';
import { DownloadButtons } from '../shell/download-buttons';
import { Field } from '../shell/field';
import { formatDate, formatDateTime, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { ListBar, ListSortHeader, Pager, type SortColumn } from '../shell/list-controls';
import { useListQuery } from '../shell/list-query';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';

type ReminderList = WireOf<typeof reminderListSchema>;
type GatewayLog = WireOf<typeof sandboxLogSchema>;
type Settings = WireOf<typeof reminderSettingsSchema>;

const NO_FILTER = { q: '', kind: '', channel: '', status: '', from: '', to: '' };
const KINDS = ['filing_due', 'bill_due', 'bill_overdue'] as const;
const CHANNELS = ['email', 'whatsapp'] as const;
const STATUSES = ['sent', 'failed', 'sending'] as const;

/** Pengingat: every reminder sent (or failed), filtered, sorted, paged and downloadable; the sandbox gateway's log. */
export function RemindersPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const list = useListQuery(NO_FILTER, '-claimed');
  const reminders = useResource<ReminderList>(regionPath(region.regionId, `/reminders?${list.pageParams}`));
  const settings = useResource<Settings>(regionPath(region.regionId, '/reminders/settings'));
  const gateway = useResource<GatewayLog>(regionPath(region.regionId, '/reminders/gateway-log?limit=20'));
  const d = reminders.data;
  const columns = {
    claimed: { column: 'claimed', label: t('reminders.when') },
    taxpayer: { column: 'taxpayer', label: t('reminders.taxpayer') },
    dueDate: { column: 'dueDate', label: t('reminders.dueDate') },
    amount: { column: 'amount', label: t('reminders.amount') },
    status: { column: 'status', label: t('reminders.status') },
  } satisfies Record<string, SortColumn>;
  const inForce = settings.data?.inForce;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('reminders.title')}</h1>
          <p className="muted">{t('reminders.subtitle', { region: region.name })}</p>
          {inForce && (
            <p className="muted small" data-testid="reminders-timing">
              {t('reminders.timing', {
                filing: inForce.daysBeforeFiling,
                before: inForce.daysBeforeDue,
                after: inForce.daysAfterDue,
              })}
            </p>
          )}
        </div>
      </div>
      <form className="panel filters" onSubmit={list.apply} data-testid="reminders-filters">
        <Field label={t('reminders.q')}>
          <input
            type="search"
            name="q"
            value={list.draft.q}
            onChange={(e) => list.setDraft({ ...list.draft, q: e.target.value })}
          />
        </Field>
        <Field label={t('reminders.kind')}>
          <select name="kind" value={list.draft.kind} onChange={(e) => list.choose('kind', e.target.value)}>
            <option value="">{t('list.any')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`reminders.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('reminders.channel')}>
          <select
            name="channel"
            value={list.draft.channel}
            onChange={(e) => list.choose('channel', e.target.value)}
          >
            <option value="">{t('list.any')}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`reminders.channel.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('reminders.status')}>
          <select
            name="status"
            value={list.draft.status}
            onChange={(e) => list.choose('status', e.target.value)}
          >
            <option value="">{t('list.any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`reminders.status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('reminders.from')}>
          <input
            type="date"
            name="from"
            value={list.draft.from}
            max={list.draft.to || undefined}
            onChange={(e) => list.choose('from', e.target.value)}
          />
        </Field>
        <Field label={t('reminders.to')}>
          <input
            type="date"
            name="to"
            value={list.draft.to}
            min={list.draft.from || undefined}
            onChange={(e) => list.choose('to', e.target.value)}
          />
        </Field>
        <div className="filter-actions">
          <button type="submit" className="button button-primary">
            {t('list.search')}
          </button>
          <button type="button" className="button" onClick={list.clear}>
            {t('list.clear')}
          </button>
        </div>
      </form>
      <DownloadButtons
        regionId={region.regionId}
        path="/reminders/download"
        params={list.params}
        testId="reminders-download"
      />
      <ProblemAlert error={reminders.error} />
      {!d && !reminders.error && <Loading />}
      {d?.total === 0 && <p className="empty">{t('reminders.none')}</p>}
      {d && d.items.length > 0 && (
        <>
          <ListBar
            list={list}
            total={d.total}
            shown={d.items.length}
            columns={Object.values(columns)}
            testId="reminders"
          />
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="reminders-list">
              <thead>
                <tr>
                  <ListSortHeader list={list} column={columns.claimed} />
                  <ListSortHeader list={list} column={columns.taxpayer} />
                  <th>{t('reminders.kind')}</th>
                  <ListSortHeader list={list} column={columns.dueDate} />
                  <ListSortHeader list={list} column={columns.amount} className="num" />
                  <th>{t('reminders.recipient')}</th>
                  <ListSortHeader list={list} column={columns.status} />
                </tr>
              </thead>
              <tbody>
                {d.items.map((r) => (
                  <tr key={r.id} data-testid="reminders-row">
                    <td className="small nowrap">
                      <span className="stacked-label">{t('reminders.when')}</span>
                      {formatDateTime(r.sentAt ?? r.claimedAt, region.timeZone, lang)}
                    </td>
                    <td>
                      {r.taxpayerName}
                      {r.npwpd && <div className="muted small mono">{r.npwpd}</div>}
                    </td>
                    <td>
                      <span className="stacked-label">{t('reminders.kind')}</span>
                      <span className={`badge reminder-kind-${r.kind}`}>{t(`reminders.kind.${r.kind}`)}</span>
                      <div className="muted small">{r.title}</div>
                    </td>
                    <td className="nowrap">
                      <span className="stacked-label">{t('reminders.dueDate')}</span>
                      {formatDate(r.dueDate, lang)}
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('reminders.amount')}</span>
                      {r.amount === null ? '—' : formatRupiah(r.amount)}
                    </td>
                    <td className="small">
                      <span className="stacked-label">{t('reminders.recipient')}</span>
                      {t(`reminders.channel.${r.channel}`)} · <span className="mono">{r.recipient}</span>
                    </td>
                    <td className="small">
                      <span className="stacked-label">{t('reminders.status')}</span>
                      <span className={`badge reminder-status-${r.status}`}>
                        {t(`reminders.status.${r.status}`)}
                      </span>
                      {r.attempts > 1 && (
                        <div className="muted">{t('reminders.attempts', { count: r.attempts })}</div>
                      )}
                      {r.error && <div className="reminder-error">{r.error}</div>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager list={list} total={d.total} />
        </>
      )}
      <section className="panel" data-testid="gateway-log">
        <h2>{t('reminders.gateway.title')}</h2>
        {gateway.data && <p className="muted small">{t(`reminders.gateway.${gateway.data.gateway}`)}</p>}
        <ProblemAlert error={gateway.error} />
        {gateway.data?.messages.length === 0 && <p className="muted">{t('reminders.gateway.empty')}</p>}
        <ul className="gateway-log">
          {gateway.data?.messages.map((m) => (
            <li key={m.id} data-testid="gateway-message">
              <p className="muted small">
                {formatDateTime(m.acceptedAt, region.timeZone, lang)} ·{' '}
                <span className="mono">{m.recipient}</span> · <span className="mono">{m.messageId}</span>
              </p>
              <p>{m.body}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
