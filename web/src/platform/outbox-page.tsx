import type { outboxSchema } from '../../../src/platform/mail/mail-routes';
import { type RegionGrant, regionPath, type WireOf } from '../shell/api';
import { formatDateTime } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';

type Outbox = WireOf<typeof outboxSchema>;

/** Kotak keluar email: the region's mail, with whether it went out; without SMTP, the mail itself. */
export function OutboxPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const outbox = useResource<Outbox>(regionPath(region.regionId, '/mail/outbox'));
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('outbox.title')}</h1>
          <p className="muted">{outbox.data?.smtp ? t('outbox.smtp') : t('outbox.local')}</p>
        </div>
      </div>
      <ProblemAlert error={outbox.error} />
      {!outbox.data && !outbox.error && <Loading />}
      {outbox.data?.messages.length === 0 && <p className="panel muted">{t('outbox.empty')}</p>}
      <div className="stack" data-testid="outbox">
        {outbox.data?.messages.map((m) => (
          <article key={m.id} className="panel outbox-mail" data-testid="outbox-mail">
            <p className="muted small">
              {formatDateTime(m.createdAt, region.timeZone, lang)} · {t('outbox.to')} {m.recipient} ·{' '}
              <span className={`badge outbox-${m.status}`}>{t(`outbox.status.${m.status}`)}</span>
            </p>
            <h2>{m.subject}</h2>
            {m.error && <p className="alert alert-error">{m.error}</p>}
            {m.body && <pre className="outbox-body">{m.body}</pre>}
          </article>
        ))}
      </div>
    </>
  );
}
