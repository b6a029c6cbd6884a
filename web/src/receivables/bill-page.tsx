import type { billHistorySchema } from '../../../src/receivables/bills/bills-routes';
import { PaymentConfirmation } from '../payments/payment-confirmation';
import type { Payment } from '../payments/payments';
import { SubjectAuditTrail } from '../platform/subject-audit-trail';
import { documentUrl, type RegionGrant, regionPath, type WireOf } from '../shell/api';
import { formatDate, formatDateTime, formatPeriod, formatRupiah } from '../shell/format';
import { type MessageKey, useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { PdfLink } from '../shell/pdf-link';
import { ProblemAlert } from '../shell/problem-alert';
import { useResource } from '../shell/use-resource';
import { StatusBadge } from '../tax/status-badge';
import { BillLines } from './bill-lines';
import type { Bill } from './bills';

type HistoryEntry = WireOf<typeof billHistorySchema>['items'][number];

const MOVEMENT: Record<HistoryEntry['kind'], MessageKey> = {
  assessment: 'billPage.kind.assessment',
  interest: 'billPage.kind.interest',
  payment: 'billPage.kind.payment',
  reversal: 'billPage.kind.reversal',
  correction: 'billPage.kind.correction',
  credit: 'billPage.kind.credit',
  write_off: 'billPage.kind.write_off',
  offset: 'billPage.kind.offset',
  refund: 'billPage.kind.refund',
  deposit: 'billPage.kind.deposit',
};

/** A link the page leads to: its debtor's page, what the bill collects (a return, an assessment). */
export interface PageLink {
  label: string;
  href: string;
}

/**
 * One bill (kode bayar) as an officer or an auditor looks it up: whose and for what, its status, what it costs today
 * or what was paid (principal and sanctions), its history on the ledger with the balance after each movement, its
 * payments with their SSPD, its documents and its audit trail. The issuing area gives the links to the debtor and to
 * what the bill collects.
 */
export function BillPage({
  region,
  billId,
  taxName,
  debtor,
  origin,
}: {
  region: RegionGrant;
  billId: number;
  taxName(code: string): string;
  debtor: PageLink | undefined;
  origin?: (bill: Bill) => PageLink | null;
}) {
  const { t, lang } = useI18n();
  const at = (path: string) => regionPath(region.regionId, path);
  const found = useResource<Bill>(at(`/bills/${billId}`));
  const history = useResource<{ items: HistoryEntry[] }>(at(`/bills/${billId}/history`));
  const payments = useResource<{ items: Payment[] }>(at(`/payments?billId=${billId}&limit=100`));
  const b = found.data;
  const tz = region.timeZone;
  const from = b && origin?.(b);
  const standing = payments.data?.items.filter((p) => !p.reversedAt) ?? [];
  return (
    <>
      {debtor && (
        <p className="breadcrumb">
          <a href={debtor.href}>← {debtor.label}</a>
        </p>
      )}
      <ProblemAlert error={found.error} />
      {!b && !found.error && <Loading />}
      {b && (
        <div data-testid="bill-page" data-bill-id={b.id}>
          <div className="page-head">
            <div>
              <h1>
                {t('billPage.title')} <span className="mono nowrap">{b.billingCodeDisplay}</span>
              </h1>
              <p className="muted">
                {taxName(b.taxCode)}
                {b.period && ` · ${t('bill.period', { period: formatPeriod(b.period, lang) })}`}
              </p>
            </div>
            <div className="row-actions">
              <StatusBadge status={b.status} />
            </div>
          </div>
          <div className="summary-grid">
            <section className="panel">
              <h2>{t('billPage.details')}</h2>
              <dl className="facts compact" data-testid="bill-facts">
                {debtor && (
                  <div>
                    <dt>{t('billPage.debtor')}</dt>
                    <dd>
                      <a href={debtor.href}>{debtor.label}</a>
                    </dd>
                  </div>
                )}
                {from && (
                  <div>
                    <dt>{t('billPage.origin')}</dt>
                    <dd>
                      <a href={from.href} data-testid="bill-origin-link">
                        {from.label}
                      </a>
                    </dd>
                  </div>
                )}
                <div>
                  <dt>{t('billPage.issued')}</dt>
                  <dd>{formatDateTime(b.issuedAt, tz, lang)}</dd>
                </div>
                <div>
                  <dt>{t('bill.dueDate')}</dt>
                  <dd>{formatDate(b.dueDate, lang)}</dd>
                </div>
                <div>
                  <dt>{t('bill.principal')}</dt>
                  <dd className="money">
                    {formatRupiah(b.principal)}
                    <BillLines bill={b} />
                  </dd>
                </div>
                {b.settledAt && (
                  <div>
                    <dt>{t(b.status === 'paid' ? 'billPage.settled' : 'billPage.closed')}</dt>
                    <dd>{formatDateTime(b.settledAt, tz, lang)}</dd>
                  </div>
                )}
              </dl>
            </section>
            <BillAmounts bill={b} />
          </div>

          <section className="section">
            <h2>{t('billPage.history')}</h2>
            <ProblemAlert error={history.error} />
            {!history.data && !history.error && <Loading />}
            {history.data && (
              <div className="table-wrap">
                <table className="table table-stacked" data-testid="bill-history">
                  <thead>
                    <tr>
                      <th>{t('billPage.when')}</th>
                      <th>{t('billPage.movement')}</th>
                      <th className="num">{t('billPage.raised')}</th>
                      <th className="num">{t('billPage.lowered')}</th>
                      <th className="num">{t('billPage.balance')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {history.data.items.map((h) => (
                      <tr key={h.journalId} data-kind={h.kind}>
                        <td className="nowrap">{formatDateTime(h.at, tz, lang)}</td>
                        <td>
                          <strong>{t(MOVEMENT[h.kind])}</strong>
                          {/* Issuing's memo names what the page's facts name already (the origin, in codes). */}
                          <div className="muted small">
                            {[h.kind === 'assessment' ? null : h.memo, h.actor].filter(Boolean).join(' · ')}
                          </div>
                        </td>
                        <td className="num money">
                          <span className="stacked-label">{t('billPage.raised')}</span>
                          {h.debit > 0 ? formatRupiah(h.debit) : '—'}
                        </td>
                        <td className="num money">
                          <span className="stacked-label">{t('billPage.lowered')}</span>
                          {h.credit > 0 ? formatRupiah(h.credit) : '—'}
                        </td>
                        <td className="num money">
                          <span className="stacked-label">{t('billPage.balance')}</span>
                          {formatRupiah(h.balance)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>

          <section className="section">
            <h2>{t('billPage.documents')}</h2>
            <div className="link-row" data-testid="bill-documents">
              <PdfLink href={documentUrl(region.regionId, `/bills/${b.id}/pdf`)} label={t('pdf.bill')} />
            </div>
            <ProblemAlert error={payments.error} />
            <PaymentConfirmation regionId={region.regionId} timeZone={tz} payments={standing} />
          </section>

          <SubjectAuditTrail region={region} entity="bill" entityId={b.id} />
        </div>
      )}
    </>
  );
}

/** What the bill costs today with interest; once paid, what was paid split into principal and sanctions. */
function BillAmounts({ bill }: { bill: Bill }) {
  const { t, lang, months } = useI18n();
  const due = bill.amountDue;
  return (
    <section className="panel stat-panel" data-testid="bill-amounts">
      <h2>{due ? t('bill.amountDueToday') : bill.paid ? t('bill.paidTotal') : t('billPage.today')}</h2>
      {due ? (
        <>
          <strong className="money big" data-testid="bill-due-total">
            {formatRupiah(due.total)}
          </strong>
          <p className="small">
            {due.penalty > 0
              ? t('bill.breakdown', {
                  principal: formatRupiah(due.principal),
                  months: months(due.chargedMonths),
                  penalty: formatRupiah(due.penalty),
                })
              : t('bill.noInterest')}
          </p>
          <p className="small">{t('bill.validUntil', { date: formatDate(due.validUntil, lang) })}</p>
        </>
      ) : bill.paid ? (
        <>
          <strong className="money big" data-testid="paid-total">
            {formatRupiah(bill.paid.total)}
          </strong>
          <dl className="paid-split small">
            <div>
              <dt>{t('bill.paidPrincipal')}</dt>
              <dd className="money" data-testid="paid-principal">
                {formatRupiah(bill.paid.principal)}
              </dd>
            </div>
            <div>
              <dt>{t('bill.paidInterest')}</dt>
              <dd className="money" data-testid="paid-interest">
                {formatRupiah(bill.paid.interest)}
              </dd>
            </div>
          </dl>
        </>
      ) : (
        <p className="muted">{t(`status.${bill.status}`)}</p>
      )}
    </section>
  );
}
