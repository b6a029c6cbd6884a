import { type ReactNode, useState } from 'react';
import { holdsAny } from '../../../../src/platform/roles';
import { REGISTRY_DECIDERS, TAX_OFFICERS, TAX_SUPERVISORS } from '../../../../src/tax/roles';
import { type Payment, standingPaymentsByBill } from '../../payments/payments';
import type { Bill } from '../../receivables/bills';
import { BillsTable } from '../../receivables/bills-table';
import { ActionDialog } from '../../shell/action-dialog';
import { type RegionGrant, regionPath, request } from '../../shell/api';
import type { RegionPageProps } from '../../shell/area';
import { type Outcome, OutcomeBanner } from '../../shell/banner';
import { Field } from '../../shell/field';
import { formatDate, formatDateTime, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { ProblemAlert } from '../../shell/problem-alert';
import { href } from '../../shell/router';
import { useResource } from '../../shell/use-resource';
import type { ListedAssessment } from '../assessments/assessments';
import { AssessmentsTable } from '../assessments/assessments-table';
import { useTaxTypes } from '../config/use-tax-types';
import type { Decision } from '../decision-buttons';
import { OverpaymentsPanel } from '../overpayments/overpayments-panel';
import { billPagePath, returnPagePath } from '../record-paths';
import type { ListedReturn } from '../returns/returns';
import { ReturnsTable } from '../returns/returns-table';
import { StatusBadge } from '../status-badge';
import { ObjectsTable } from './objects-table';
import type { TaxObject, TaxpayerFile } from './registry';
import { CloseObjectDialog, EditTaxpayerDialog } from './registry-actions';
import { TaxObjectDialog } from './tax-object-dialog';

/** The 360° view at `/taxpayers/:taxpayerId`. */
export function TaxpayerRoute({ region, params }: RegionPageProps) {
  return <TaxpayerPage region={region} taxpayerId={Number(params.taxpayerId)} />;
}

/** A titled part of the 360° view that shows "none yet" when empty. */
function Section<T>({
  title,
  items,
  error,
  empty,
  children,
}: {
  title: string;
  items: T[] | undefined;
  error: unknown;
  empty: string;
  children(items: T[]): ReactNode;
}) {
  return (
    <section className="section">
      <h2>{title}</h2>
      <ProblemAlert error={error} />
      {!items && !error && <Loading />}
      {items?.length === 0 && <p className="muted small">{empty}</p>}
      {items && items.length > 0 && children(items)}
    </section>
  );
}

/**
 * Wajib pajak 360°: identity, objects, returns, bills with what they cost today, overpayments and assessments;
 * an officer issues an SKPDLB here, a supervisor offsets or refunds it and writes off an uncollectable bill.
 */
export function TaxpayerPage({ region, taxpayerId }: { region: RegionGrant; taxpayerId: number }) {
  const { t, lang } = useI18n();
  const at = (path: string) => regionPath(region.regionId, path);
  const file = useResource<TaxpayerFile>(at(`/taxpayers/${taxpayerId}`));
  const returns = useResource<{ items: ListedReturn[] }>(at(`/returns?taxpayerId=${taxpayerId}&limit=200`));
  const bills = useResource<{ items: Bill[] }>(at(`/bills?taxpayerId=${taxpayerId}&limit=200`));
  const payments = useResource<{ items: Payment[] }>(at(`/payments?taxpayerId=${taxpayerId}&limit=500`));
  const assessments = useResource<{ items: ListedAssessment[] }>(
    at(`/assessments?taxpayerId=${taxpayerId}&limit=200`),
  );
  const taxTypes = useTaxTypes();
  const [outcome, setOutcome] = useState<Outcome>();
  const [failure, setFailure] = useState<unknown>();
  const [writingOff, setWritingOff] = useState<Bill>();
  const [decreeNumber, setDecreeNumber] = useState('');
  const [reason, setReason] = useState('');
  const canDecide = holdsAny(region.roles, REGISTRY_DECIDERS);
  const canWriteOff = holdsAny(region.roles, TAX_SUPERVISORS);
  const canEdit = holdsAny(region.roles, TAX_OFFICERS);
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState<TaxObject>();
  const [adding, setAdding] = useState(false);
  /** A decision on money owed changes bills and assessments alike: show it and read both again. */
  const done = (message: string) => {
    setFailure(undefined);
    setOutcome({ tone: 'success', message });
    bills.reload();
    assessments.reload();
  };
  const f = file.data;
  const owed = bills.data?.items.reduce((sum, b) => sum + (b.amountDue?.total ?? 0), 0);

  const decide = (o: TaxObject) => async (d: Decision) => {
    try {
      await request('POST', at(`/taxpayers/${taxpayerId}/objects/${o.id}/decision`), d);
      setFailure(undefined);
      setOutcome(
        d.decision === 'verify'
          ? { tone: 'success', message: t('queue.verified', { name: o.name }) }
          : { tone: 'warning', message: t('queue.rejected', { name: o.name }) },
      );
    } catch (error) {
      setOutcome(undefined);
      setFailure(error);
    }
    file.reload();
  };

  return (
    <>
      <p className="breadcrumb">
        <a href={href('/taxpayers')}>← {t('nav.taxpayers')}</a>
      </p>
      <ProblemAlert error={file.error} />
      {!f && !file.error && <Loading />}
      {f && (
        <>
          <div className="page-head">
            <div>
              <h1>{f.name}</h1>
              <p className="muted">
                {f.npwpd ? <span className="mono">NPWPD {f.npwpd}</span> : t('taxpayer.noNpwpd')} ·{' '}
                {t(`register.${f.kind}`)}
              </p>
            </div>
            <div className="row-actions">
              <StatusBadge status={f.status} />
              {canEdit && f.status !== 'rejected' && (
                <button type="button" className="button" onClick={() => setEditing(true)}>
                  {t('editTaxpayer.action')}
                </button>
              )}
            </div>
          </div>
          <OutcomeBanner outcome={outcome} />
          <ProblemAlert error={failure} />
          <div className="summary-grid">
            <section className="panel">
              <h2>{t('taxpayer.identity')}</h2>
              <dl className="facts compact">
                {f.nik && (
                  <div>
                    <dt>NIK</dt>
                    <dd className="mono">{f.nik}</dd>
                  </div>
                )}
                {f.npwp && (
                  <div>
                    <dt>NPWP</dt>
                    <dd className="mono">{f.npwp}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('register.address')}</dt>
                  <dd>
                    {f.address}, {t('areas.kelurahan')} {f.villageName}, {t('areas.kecamatan')}{' '}
                    {f.districtName}
                  </dd>
                </div>
                <div>
                  <dt>{t('queue.contact')}</dt>
                  <dd>{[f.phone, f.email].filter(Boolean).join(' · ') || '—'}</dd>
                </div>
                <div>
                  <dt>{t('queue.registeredAt')}</dt>
                  <dd>{formatDateTime(f.registeredAt, region.timeZone, lang)}</dd>
                </div>
                {f.rejectionReason && (
                  <div>
                    <dt>{t('decision.reason')}</dt>
                    <dd>{f.rejectionReason}</dd>
                  </div>
                )}
              </dl>
            </section>
            <section className="panel stat-panel">
              <h2>{t('taxpayer.owedToday')}</h2>
              <strong className="money big" data-testid="owed-today">
                {owed === undefined ? '…' : formatRupiah(owed)}
              </strong>
              <p className="muted small">{t('taxpayer.owedHint')}</p>
            </section>
          </div>
          <Section
            title={t('myTaxes.objects')}
            items={f.objects}
            error={undefined}
            empty={t('myTaxes.noObjects')}
          >
            {(objects) => (
              <ObjectsTable
                objects={objects}
                taxName={taxTypes.nameOf}
                decide={canDecide && f.status === 'verified' ? decide : undefined}
                onCloseObject={canEdit ? setClosing : undefined}
              />
            )}
          </Section>
          {canEdit && f.status !== 'rejected' && (
            <p>
              <button type="button" className="button" onClick={() => setAdding(true)}>
                {t('object.add')}
              </button>
            </p>
          )}
          <Section
            title={t('nav.returns')}
            items={returns.data?.items}
            error={returns.error}
            empty={t('myReturns.none')}
          >
            {(items) => (
              <ReturnsTable
                regionId={region.regionId}
                returns={items}
                pageOf={(r) => href(returnPagePath(taxpayerId, r.id))}
              />
            )}
          </Section>
          <Section
            title={t('taxpayer.bills')}
            items={bills.data?.items}
            error={bills.error}
            empty={t('myBills.none')}
          >
            {(items) => (
              <BillsTable
                regionId={region.regionId}
                timeZone={region.timeZone}
                bills={items}
                pageOf={(b) => href(billPagePath(taxpayerId, b.id))}
                taxName={taxTypes.nameOf}
                onWriteOff={
                  canWriteOff
                    ? (bill) => {
                        setDecreeNumber('');
                        setReason('');
                        setWritingOff(bill);
                      }
                    : undefined
                }
                payments={standingPaymentsByBill(payments.data?.items ?? [])}
              />
            )}
          </Section>
          {assessments.data && (
            <OverpaymentsPanel
              region={region}
              taxpayerId={taxpayerId}
              skpdlbs={assessments.data.items.filter((a) => a.kind === 'SKPDLB')}
              openBills={bills.data?.items.filter((b) => b.status === 'open' && b.outstanding > 0) ?? []}
              taxName={taxTypes.nameOf}
              onDone={done}
            />
          )}
          <Section
            title={t('nav.assessments')}
            items={assessments.data?.items}
            error={assessments.error}
            empty={t('assessments.none')}
          >
            {(items) => (
              <AssessmentsTable regionId={region.regionId} assessments={items} taxName={taxTypes.nameOf} />
            )}
          </Section>
        </>
      )}
      {editing && f && (
        <EditTaxpayerDialog
          regionId={region.regionId}
          taxpayer={f}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setOutcome({ tone: 'success', message: t('editTaxpayer.done', { name: f.name }) });
            file.reload();
          }}
        />
      )}
      {adding && f && (
        <TaxObjectDialog
          regionId={region.regionId}
          taxpayer={f}
          types={taxTypes.types}
          onClose={() => setAdding(false)}
          onAdded={(object) => {
            setAdding(false);
            setOutcome({ tone: 'success', message: t('object.added', { name: object.name }) });
            file.reload();
          }}
        />
      )}
      {closing && (
        <CloseObjectDialog
          regionId={region.regionId}
          taxpayerId={taxpayerId}
          object={closing}
          onClose={() => setClosing(undefined)}
          onClosed={(closedOn) => {
            setClosing(undefined);
            setOutcome({
              tone: 'success',
              message: t('closeObject.done', { name: closing.name, date: formatDate(closedOn, lang) }),
            });
            file.reload();
          }}
        />
      )}
      {writingOff && (
        <ActionDialog
          title={t('writeOff.title', { code: writingOff.billingCodeDisplay })}
          intro={t('writeOff.intro', { amount: formatRupiah(writingOff.outstanding) })}
          danger
          summary={[
            { label: t('search.taxpayer'), value: f?.name ?? '' },
            { label: t('writeOff.confirmBill'), value: writingOff.billingCodeDisplay },
            {
              label: t('writeOff.confirmPrincipal'),
              value: formatRupiah(writingOff.outstanding),
              main: true,
              testId: 'confirm-principal',
            },
            ...(writingOff.amountDue && writingOff.amountDue.penalty > 0
              ? [
                  {
                    label: t('writeOff.confirmInterest'),
                    value: formatRupiah(writingOff.amountDue.penalty),
                    testId: 'confirm-interest',
                  },
                ]
              : []),
          ]}
          consequence={t('writeOff.consequence', {
            amount: formatRupiah(writingOff.outstanding),
            code: writingOff.billingCodeDisplay,
          })}
          submitLabel={t('writeOff.action')}
          testId="write-off-form"
          onClose={() => setWritingOff(undefined)}
          onSubmit={async () => {
            await request('POST', at(`/bills/${writingOff.id}/write-off`), { decreeNumber, reason });
            setWritingOff(undefined);
            done(t('writeOff.done', { code: writingOff.billingCodeDisplay, decree: decreeNumber }));
          }}
          fields={(errors) => (
            <>
              <Field label={t('writeOff.decree')} hint={t('writeOff.decreeHint')} error={errors.decreeNumber}>
                <input
                  required
                  minLength={3}
                  maxLength={120}
                  value={decreeNumber}
                  onChange={(e) => setDecreeNumber(e.target.value)}
                />
              </Field>
              <Field label={t('writeOff.reason')} error={errors.reason}>
                <textarea required minLength={5} value={reason} onChange={(e) => setReason(e.target.value)} />
              </Field>
            </>
          )}
        />
      )}
    </>
  );
}
