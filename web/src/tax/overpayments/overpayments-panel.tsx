import { useState } from 'react';
import { holdsAny } from '../../../../src/platform/roles';
import type {
  awaitingSkpdlbSchema,
  offsetSchema,
  refundSchema,
} from '../../../../src/tax/overpayments/overpayments-routes';
import { TAX_OFFICERS, TAX_SUPERVISORS } from '../../../../src/tax/roles';
import type { Bill } from '../../receivables/bills';
import { ActionDialog } from '../../shell/action-dialog';
import { type RegionGrant, regionPath, request, type WireOf } from '../../shell/api';
import { Field } from '../../shell/field';
import { formatPeriod, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { useResource } from '../../shell/use-resource';
import { useToday } from '../../shell/use-today';
import type { Assessment, ListedAssessment } from '../assessments/assessments';

/** A credit from a pembetulan that no SKPDLB has assessed yet (`GET /overpayments`). */
type AwaitingSkpdlb = WireOf<typeof awaitingSkpdlbSchema>['items'][number];

type Action =
  | { kind: 'issue'; awaiting: AwaitingSkpdlb }
  | { kind: 'offset' | 'refund'; skpdlb: ListedAssessment };

/**
 * Lebih bayar on the taxpayer's 360° page: credits awaiting an SKPDLB, which an officer issues; and the SKPDLBs
 * with what is left of them, which a supervisor other than the issuer offsets against open bills (kompensasi) or
 * refunds (restitusi) once no bill is open.
 */
export function OverpaymentsPanel({
  region,
  taxpayerId,
  skpdlbs,
  openBills,
  taxName,
  onDone,
}: {
  region: RegionGrant;
  taxpayerId: number;
  skpdlbs: ListedAssessment[];
  /** The taxpayer's open bills, with what each costs today: what an offset pays, oldest first. */
  openBills: Bill[];
  taxName(code: string): string;
  onDone(message: string): void;
}) {
  const { t, lang } = useI18n();
  const at = (path: string) => regionPath(region.regionId, path);
  const awaiting = useResource<WireOf<typeof awaitingSkpdlbSchema>>(
    at(`/overpayments?taxpayerId=${taxpayerId}`),
  );
  const today = useToday(region.regionId);
  const [action, setAction] = useState<Action>();
  const [finding, setFinding] = useState('');
  const [refundDate, setRefundDate] = useState('');
  const [reference, setReference] = useState('');
  const canIssue = holdsAny(region.roles, TAX_OFFICERS);
  const canSettle = holdsAny(region.roles, TAX_SUPERVISORS);
  const items = awaiting.data?.items ?? [];
  if (items.length === 0 && skpdlbs.length === 0) return null;

  const done = (message: string) => {
    setAction(undefined);
    awaiting.reload();
    onDone(message);
  };
  // Oldest due first, as the server offsets (rules/kompensasi.ts).
  const offsetBills = [...openBills].sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
  const dueToday = (bills: Bill[]) =>
    bills.reduce((sum, b) => sum + (b.amountDue?.total ?? b.outstanding), 0);
  const offsetSummary = (skpdlb: ListedAssessment) => [
    { label: 'SKPDLB', value: skpdlb.number },
    {
      label: t('overpay.confirmAvailable'),
      value: formatRupiah(skpdlb.overpayment?.remaining ?? 0),
      testId: 'confirm-available',
    },
    ...offsetBills.map((b) => ({
      label: t('overpay.confirmBill', {
        code: b.billingCodeDisplay,
        period: b.period ? formatPeriod(b.period, lang) : '',
      }),
      value: formatRupiah(b.amountDue?.total ?? b.outstanding),
    })),
    {
      label: t('overpay.confirmUsed'),
      value: formatRupiah(Math.min(skpdlb.overpayment?.remaining ?? 0, dueToday(offsetBills))),
      main: true,
      testId: 'confirm-amount',
    },
    {
      label: t('overpay.confirmLeft'),
      value: formatRupiah(Math.max(0, (skpdlb.overpayment?.remaining ?? 0) - dueToday(offsetBills))),
    },
  ];
  const open = (next: Action) => {
    setFinding('');
    setRefundDate(today ?? '');
    setReference('');
    setAction(next);
  };

  return (
    <section className="section" data-testid="overpayments">
      <h2>{t('overpay.title')}</h2>
      <p className="muted small">{t('overpay.hint')}</p>
      <div className="table-wrap">
        <table className="table table-stacked">
          <thead>
            <tr>
              <th>{t('overpay.source')}</th>
              <th className="num">{t('overpay.amount')}</th>
              <th className="num">{t('overpay.remaining')}</th>
              <th className="actions">
                <span className="sr-only">{t('overpay.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr key={o.returnId} data-testid="overpayment-awaiting">
                <td>
                  {o.objectName} · {formatPeriod(o.period, lang)}
                  <div className="muted small">
                    {taxName(o.taxCode)} · {t('overpay.awaiting')}
                  </div>
                </td>
                <td className="num money">{formatRupiah(o.amount)}</td>
                <td className="num money">—</td>
                <td className="actions">
                  {canIssue && (
                    <button
                      type="button"
                      className="button button-small button-primary"
                      onClick={() => open({ kind: 'issue', awaiting: o })}
                    >
                      {t('overpay.issue')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
            {skpdlbs.map((a) => (
              <tr key={a.id} data-testid="skpdlb-row">
                <td>
                  <span className="badge badge-info">SKPDLB</span>{' '}
                  <span className="mono small">{a.number}</span>
                  <div className="muted small">
                    {taxName(a.taxCode)}
                    {a.period && ` · ${formatPeriod(a.period, lang)}`}
                    {a.overpayment &&
                      a.overpayment.offset > 0 &&
                      ` · ${t('overpay.offsetSoFar', { amount: formatRupiah(a.overpayment.offset) })}`}
                    {a.overpayment &&
                      a.overpayment.refunded > 0 &&
                      ` · ${t('overpay.refundedSoFar', { amount: formatRupiah(a.overpayment.refunded) })}`}
                  </div>
                </td>
                <td className="num money">{formatRupiah(a.overpayment?.amount ?? 0)}</td>
                <td className="num money" data-testid="skpdlb-remaining">
                  <strong>{formatRupiah(a.overpayment?.remaining ?? 0)}</strong>
                </td>
                <td className="actions">
                  {canSettle && (a.overpayment?.remaining ?? 0) > 0 && (
                    <div className="row-actions">
                      <button
                        type="button"
                        className="button button-small button-primary"
                        onClick={() => open({ kind: 'offset', skpdlb: a })}
                      >
                        {t('overpay.offset')}
                      </button>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => open({ kind: 'refund', skpdlb: a })}
                      >
                        {t('overpay.refund')}
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {action?.kind === 'issue' && (
        <ActionDialog
          title={t('overpay.issueTitle', {
            object: action.awaiting.objectName,
            period: formatPeriod(action.awaiting.period, lang),
          })}
          intro={t('overpay.issueIntro', { amount: formatRupiah(action.awaiting.amount) })}
          summary={[
            { label: t('overpay.confirmObject'), value: action.awaiting.objectName },
            { label: t('overpay.confirmPeriod'), value: formatPeriod(action.awaiting.period, lang) },
            {
              label: t('overpay.amount'),
              value: formatRupiah(action.awaiting.amount),
              main: true,
              testId: 'confirm-amount',
            },
          ]}
          consequence={t('overpay.issueConsequence', { amount: formatRupiah(action.awaiting.amount) })}
          submitLabel={t('overpay.issue')}
          testId="skpdlb-form"
          onClose={() => setAction(undefined)}
          onSubmit={async () => {
            const issued = await request<Assessment>('POST', at('/assessments'), {
              kind: 'SKPDLB',
              returnId: action.awaiting.returnId,
              finding,
            });
            done(
              t('overpay.issued', { number: issued.number, amount: formatRupiah(action.awaiting.amount) }),
            );
          }}
          fields={(errors) => (
            <Field
              label={t('assessments.finding')}
              hint={t('assessments.findingHint')}
              error={errors.finding}
            >
              <textarea required minLength={5} value={finding} onChange={(e) => setFinding(e.target.value)} />
            </Field>
          )}
        />
      )}
      {action?.kind === 'offset' && (
        <ActionDialog
          title={t('overpay.offsetTitle', { number: action.skpdlb.number })}
          intro={t('overpay.offsetIntro', {
            amount: formatRupiah(action.skpdlb.overpayment?.remaining ?? 0),
          })}
          summary={offsetSummary(action.skpdlb)}
          consequence={t('overpay.offsetConsequence', {
            amount: formatRupiah(Math.min(action.skpdlb.overpayment?.remaining ?? 0, dueToday(offsetBills))),
            bills: offsetBills.length,
          })}
          submitLabel={t('overpay.offset')}
          testId="offset-form"
          onClose={() => setAction(undefined)}
          onSubmit={async () => {
            const result = await request<WireOf<typeof offsetSchema>>(
              'POST',
              at(`/assessments/${action.skpdlb.id}/offset`),
              // Exactly the bills the confirmation listed: one paid or opened meanwhile is not touched unseen.
              offsetBills.length > 0 ? { billIds: offsetBills.map((b) => b.id) } : {},
            );
            done(
              t('overpay.offsetDone', {
                used: formatRupiah(result.used),
                bills: result.items.length,
                remaining: formatRupiah(result.remaining),
              }),
            );
          }}
        />
      )}
      {action?.kind === 'refund' && (
        <ActionDialog
          title={t('overpay.refundTitle', { number: action.skpdlb.number })}
          intro={t('overpay.refundIntro', {
            amount: formatRupiah(action.skpdlb.overpayment?.remaining ?? 0),
          })}
          summary={[
            { label: 'SKPDLB', value: action.skpdlb.number },
            {
              label: t('overpay.confirmRefund'),
              value: formatRupiah(action.skpdlb.overpayment?.remaining ?? 0),
              main: true,
              testId: 'confirm-amount',
            },
          ]}
          consequence={t('overpay.refundConsequence', {
            amount: formatRupiah(action.skpdlb.overpayment?.remaining ?? 0),
          })}
          submitLabel={t('overpay.refund')}
          testId="refund-form"
          onClose={() => setAction(undefined)}
          onSubmit={async () => {
            const result = await request<WireOf<typeof refundSchema>>(
              'POST',
              at(`/assessments/${action.skpdlb.id}/refund`),
              {
                refundDate,
                reference,
              },
            );
            done(t('overpay.refundDone', { amount: formatRupiah(result.amount), reference }));
          }}
          fields={(errors) => (
            <>
              <Field label={t('overpay.refundDate')} error={errors.refundDate}>
                <input
                  type="date"
                  required
                  value={refundDate}
                  onChange={(e) => setRefundDate(e.target.value)}
                />
              </Field>
              <Field
                label={t('overpay.reference')}
                hint={t('overpay.referenceHint')}
                error={errors.reference}
              >
                <input
                  required
                  maxLength={80}
                  value={reference}
                  onChange={(e) => setReference(e.target.value)}
                />
              </Field>
            </>
          )}
        />
      )}
    </section>
  );
}
