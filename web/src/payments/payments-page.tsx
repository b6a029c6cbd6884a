import { Fragment, useState } from 'react';
import type {
  bankRequestsSchema,
  intentSchema,
  partnersSchema,
} from '../../../src/payments/payments-admin-routes';
import { BANK_LOG_READERS, PAYMENT_FIXERS } from '../../../src/payments/roles';
import { holdsAny } from '../../../src/platform/roles';
import { groupedBillingCode } from '../receivables/bills';
import { ActionDialog } from '../shell/action-dialog';
import { type RegionGrant, regionPath, request, type WireOf } from '../shell/api';
import { Field } from '../shell/field';
import { formatDateTime, formatRupiah, zoneLabel } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { RkudPanel } from './rkud-panel';

type Partner = WireOf<typeof partnersSchema>['partners'][number];

type Intent = WireOf<typeof intentSchema>;
type IntentState = Intent['state'];

type BankRequest = WireOf<typeof bankRequestsSchema>['requests'][number];

const INTENT_TONE: Record<IntentState, string> = {
  pending: 'badge-warn',
  paid: 'badge-ok',
  expired: '',
  stuck: 'badge-danger',
  resolved: 'badge-info',
};

/**
 * The payment channels as Bapenda watches them: payments stuck between a bank and Balai (to settle by hand), the
 * region's treasury account (RKUD) the receipts end in, the partners, and the log of every bank request with
 * Balai's answer, for a bank's dispute.
 */
export function PaymentsPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const canSettle = holdsAny(region.roles, PAYMENT_FIXERS);
  const canReadLog = holdsAny(region.roles, BANK_LOG_READERS);
  const intents = useResource<{ intents: Intent[] }>(regionPath(region.regionId, '/payments/intents'));
  const partners = useResource<{ partners: Partner[] }>(regionPath(region.regionId, '/payments/partners'));
  const [partnerFilter, setPartnerFilter] = useState('');
  const logPath = regionPath(
    region.regionId,
    `/payments/bank-requests?limit=50${partnerFilter ? `&partnerId=${encodeURIComponent(partnerFilter)}` : ''}`,
  );
  const [open, setOpen] = useState<number | null>(null);
  const [settling, setSettling] = useState<Intent>();
  const [note, setNote] = useState('');

  const watched = intents.data?.intents.filter((i) => i.state === 'stuck' || i.state === 'pending') ?? [];

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('payments.title')}</h1>
          <p className="muted">
            {t('payments.subtitle', { region: region.name, zone: zoneLabel(region.timeZone) })}
          </p>
        </div>
      </div>

      <section className="panel" data-testid="payments-intents">
        <h2>{t('payments.intents')}</h2>
        <p className="muted small">{t('payments.intentsHelp')}</p>
        <ProblemAlert error={intents.error} />
        {!intents.data && !intents.error && <Loading />}
        {intents.data && watched.length === 0 && <p className="empty">{t('payments.noIntents')}</p>}
        {watched.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('payments.state')}</th>
                  <th>{t('payments.billingCode')}</th>
                  <th>{t('payments.partner')}</th>
                  <th className="num">{t('payments.amount')}</th>
                  <th>{t('payments.expected')}</th>
                  <th>{t('payments.note')}</th>
                  <th>
                    <span className="sr-only">{t('payments.settle')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {watched.map((i) => (
                  <tr key={i.id}>
                    <td>
                      <span className={`badge ${INTENT_TONE[i.state]}`}>
                        {t(`payments.state.${i.state}`)}
                      </span>
                    </td>
                    <td className="mono nowrap">{groupedBillingCode(i.billingCode)}</td>
                    <td>{i.partnerId}</td>
                    <td className="num">{formatRupiah(i.amount)}</td>
                    <td className="nowrap">{formatDateTime(i.createdAt, region.timeZone, lang)}</td>
                    <td>{i.note ?? '—'}</td>
                    <td className="actions">
                      {canSettle && i.state === 'stuck' && (
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => {
                            setNote('');
                            setSettling(i);
                          }}
                        >
                          {t('payments.settle')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {settling && (
        <ActionDialog
          title={t('payments.settleTitle', { code: groupedBillingCode(settling.billingCode) })}
          testId="settle-form"
          summary={[
            { label: t('payments.billingCode'), value: groupedBillingCode(settling.billingCode) },
            { label: t('payments.partner'), value: settling.partnerId },
            {
              label: t('payments.expected'),
              value: formatDateTime(settling.createdAt, region.timeZone, lang),
            },
            {
              label: t('payments.amount'),
              value: formatRupiah(settling.amount),
              main: true,
              testId: 'confirm-amount',
            },
          ]}
          consequence={t('payments.settleConsequence', { amount: formatRupiah(settling.amount) })}
          submitLabel={t('payments.settle')}
          onClose={() => setSettling(undefined)}
          onSubmit={async () => {
            await request('POST', regionPath(region.regionId, `/payments/intents/${settling.id}/resolve`), {
              note,
            });
            setSettling(undefined);
            intents.reload();
          }}
          fields={(errors) => (
            <Field
              label={t('payments.settleNote')}
              hint={t('payments.settlePrompt', { code: groupedBillingCode(settling.billingCode) })}
              error={errors.note}
            >
              <textarea
                required
                minLength={5}
                maxLength={500}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
            </Field>
          )}
        />
      )}

      <RkudPanel region={region} />

      <section className="panel" data-testid="payments-partners">
        <h2>{t('payments.partners')}</h2>
        <ProblemAlert error={partners.error} />
        {partners.data && (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('payments.partnerId')}</th>
                  <th>{t('payments.partnerName')}</th>
                  <th>{t('payments.channel')}</th>
                  <th>{t('payments.status')}</th>
                </tr>
              </thead>
              <tbody>
                {partners.data.partners.map((p) => (
                  <tr key={p.partnerId}>
                    <td className="mono">{p.partnerId}</td>
                    <td>{p.name}</td>
                    <td className="mono">kas:{p.channel}</td>
                    <td>{p.active ? t('payments.active') : t('payments.inactive')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {canReadLog && (
        <section className="panel" data-testid="payments-log">
          <h2>{t('payments.log')}</h2>
          <p className="muted small">{t('payments.logHelp')}</p>
          <label className="field">
            <span>{t('payments.partner')}</span>
            <select value={partnerFilter} onChange={(e) => setPartnerFilter(e.target.value)}>
              <option value="">{t('payments.allPartners')}</option>
              {partners.data?.partners.map((p) => (
                <option key={p.partnerId} value={p.partnerId}>
                  {p.partnerId}
                </option>
              ))}
            </select>
          </label>
          <RequestLog path={logPath} timeZone={region.timeZone} open={open} onToggle={setOpen} />
        </section>
      )}
    </>
  );
}

function RequestLog({
  path,
  timeZone,
  open,
  onToggle,
}: {
  path: string;
  timeZone: string;
  open: number | null;
  onToggle(id: number | null): void;
}) {
  const { t, lang } = useI18n();
  const log = useResource<{ requests: BankRequest[] }>(path);
  if (log.error) return <ProblemAlert error={log.error} />;
  if (!log.data) return <Loading />;
  if (log.data.requests.length === 0) return <p className="empty">{t('payments.noRequests')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th>{t('payments.time')}</th>
            <th>{t('payments.partner')}</th>
            <th>{t('payments.operation')}</th>
            <th>{t('payments.code')}</th>
            <th className="num">ms</th>
            <th>
              <span className="sr-only">{t('payments.details')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {log.data.requests.map((r) => (
            <Fragment key={r.id}>
              <tr>
                <td className="nowrap">{formatDateTime(r.receivedAt, timeZone, lang)}</td>
                <td>
                  {r.partnerId ?? '—'}
                  {!r.authenticated && <span className="badge badge-danger">{t('payments.refused')}</span>}
                </td>
                <td className="mono">{r.operation}</td>
                <td className="mono">{r.responseCode}</td>
                <td className="num">{r.durationMs}</td>
                <td className="actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-expanded={open === r.id}
                    onClick={() => onToggle(open === r.id ? null : r.id)}
                  >
                    {t('payments.details')}
                  </button>
                </td>
              </tr>
              {open === r.id && (
                <tr className="detail-row">
                  <td colSpan={6}>
                    <div className="json-pair">
                      <div>
                        <h3>{t('payments.request')}</h3>
                        <pre>{r.requestBody || '—'}</pre>
                      </div>
                      <div>
                        <h3>{t('payments.answer', { status: r.httpStatus })}</h3>
                        <pre>{r.responseBody}</pre>
                      </div>
                    </div>
                    <p className="muted small mono">X-EXTERNAL-ID {r.externalId ?? '—'}</p>
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
