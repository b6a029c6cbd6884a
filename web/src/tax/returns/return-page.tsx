import type { returnDetailSchema } from '../../../../src/tax/returns/return-detail-routes';
import { SubjectAuditTrail } from '../../platform/subject-audit-trail';
import { documentUrl, type RegionGrant, regionPath, type WireOf } from '../../shell/api';
import type { RegionPageProps } from '../../shell/area';
import { formatDate, formatDateTime, formatPeriod, formatRatePpm, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { PdfLink } from '../../shell/pdf-link';
import { ProblemAlert } from '../../shell/problem-alert';
import { href } from '../../shell/router';
import { useResource } from '../../shell/use-resource';
import { useTaxTypes } from '../config/use-tax-types';
import { billPagePath, returnPagePath } from '../record-paths';
import { StatusBadge } from '../status-badge';
import { ReturnAttachments } from './return-attachments';

type ReturnDetail = WireOf<typeof returnDetailSchema>;

/** `/taxpayers/:taxpayerId/returns/:returnId`. */
export function ReturnRoute({ region, params }: RegionPageProps) {
  return <ReturnPage region={region} returnId={Number(params.returnId)} />;
}

/**
 * One SPTPD as an officer or an auditor looks it up: whose and for what, its status and review, what its bill costs
 * today or what the masa paid (principal and sanctions), the masa's revisions, its documents and its audit trail.
 */
export function ReturnPage({ region, returnId }: { region: RegionGrant; returnId: number }) {
  const { t, lang } = useI18n();
  const taxTypes = useTaxTypes();
  const found = useResource<ReturnDetail>(regionPath(region.regionId, `/returns/${returnId}`));
  const r = found.data;
  const tz = region.timeZone;
  return (
    <>
      {r && (
        <p className="breadcrumb">
          <a href={href(`/taxpayers/${r.taxpayerId}`)}>← {r.taxpayerName}</a>
        </p>
      )}
      <ProblemAlert error={found.error} />
      {!r && !found.error && <Loading />}
      {r && (
        <div data-testid="return-page" data-return-id={r.id}>
          <div className="page-head">
            <div>
              <h1>
                SPTPD {r.objectName} · {formatPeriod(r.period, lang)}
              </h1>
              <p className="muted">
                {taxTypes.nameOf(r.taxCode)}
                {r.revision > 0 && ` · ${t('return.revision', { revision: r.revision })}`}
              </p>
            </div>
            <div className="row-actions">
              <StatusBadge status={r.status} />
            </div>
          </div>
          {r.status === 'rejected' && r.rejectionReason && (
            <div className="alert alert-warn" data-testid="return-rejection">
              {t('returnPage.rejected', { reason: r.rejectionReason })}
            </div>
          )}
          <div className="summary-grid">
            <section className="panel">
              <h2>{t('returnPage.details')}</h2>
              <dl className="facts compact" data-testid="return-facts">
                <div>
                  <dt>{t('returnPage.taxpayer')}</dt>
                  <dd>
                    <a href={href(`/taxpayers/${r.taxpayerId}`)}>{r.taxpayerName}</a>
                    {r.npwpd && <div className="mono small">NPWPD {r.npwpd}</div>}
                  </dd>
                </div>
                <div>
                  <dt>{t('return.object')}</dt>
                  <dd>{r.objectName}</dd>
                </div>
                <div>
                  <dt>{t('return.period')}</dt>
                  <dd>{formatPeriod(r.period, lang)}</dd>
                </div>
                <div>
                  <dt>{t('return.gross')}</dt>
                  <dd className="money">{formatRupiah(r.gross)}</dd>
                </div>
                <div>
                  <dt>{t('returnPage.rate')}</dt>
                  <dd>{formatRatePpm(r.ratePpm, lang)}</dd>
                </div>
                <div>
                  <dt>{t('returnPage.tax')}</dt>
                  <dd className="money">
                    {formatRupiah(r.tax)}
                    {r.opsen > 0 && (
                      <div className="muted small">
                        {t('return.plusOpsen', { amount: formatRupiah(r.opsen) })}
                      </div>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('returnPage.dueDate')}</dt>
                  <dd>{formatDate(r.dueDate, lang)}</dd>
                </div>
                <div>
                  <dt>{t('returnPage.submitted')}</dt>
                  <dd>{r.submittedAt ? formatDateTime(r.submittedAt, tz, lang) : '—'}</dd>
                </div>
                <div>
                  <dt>{t('returnPage.reviewed')}</dt>
                  <dd>
                    {r.reviewedAt
                      ? [formatDateTime(r.reviewedAt, tz, lang), r.reviewedByName].filter(Boolean).join(' · ')
                      : '—'}
                  </dd>
                </div>
                <div>
                  <dt>{t('review.confirmBill')}</dt>
                  <dd>
                    {r.billId && r.billingCodeDisplay ? (
                      <a
                        className="mono nowrap"
                        href={href(billPagePath(r.taxpayerId, r.billId))}
                        data-testid="return-bill-link"
                      >
                        {r.billingCodeDisplay}
                      </a>
                    ) : (
                      '—'
                    )}
                    {r.billStatus && (
                      <>
                        {' '}
                        <StatusBadge status={r.billStatus} />
                      </>
                    )}
                  </dd>
                </div>
              </dl>
            </section>
            <ReturnAmounts r={r} />
          </div>

          <section className="section">
            <h2>{t('returnPage.revisions')}</h2>
            <div className="table-wrap">
              <table className="table table-stacked" data-testid="return-revisions">
                <thead>
                  <tr>
                    <th>{t('returnPage.revision')}</th>
                    <th>{t('return.status')}</th>
                    <th className="num">{t('return.gross')}</th>
                    <th className="num">{t('return.tax')}</th>
                    <th>{t('returnPage.submitted')}</th>
                    <th>{t('review.confirmBill')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.revisions.map((v) => (
                    <tr
                      key={v.id}
                      aria-current={v.id === r.id ? 'page' : undefined}
                      className={v.id === r.id ? 'current-row' : v.status === 'superseded' ? 'dimmed' : ''}
                    >
                      <td>
                        {v.id === r.id ? (
                          <strong>{revisionName(v.revision, t)}</strong>
                        ) : (
                          <a href={href(returnPagePath(r.taxpayerId, v.id))}>{revisionName(v.revision, t)}</a>
                        )}
                      </td>
                      <td>
                        <StatusBadge status={v.status} />
                        {v.rejectionReason && <div className="small danger-text">{v.rejectionReason}</div>}
                      </td>
                      <td className="num money">
                        <span className="stacked-label">{t('return.gross')}</span>
                        {formatRupiah(v.gross)}
                      </td>
                      <td className="num money">
                        <span className="stacked-label">{t('return.tax')}</span>
                        {formatRupiah(v.tax)}
                      </td>
                      <td className="nowrap">
                        <span className="stacked-label">{t('returnPage.submitted')}</span>
                        {v.submittedAt ? formatDateTime(v.submittedAt, tz, lang) : '—'}
                      </td>
                      <td>
                        {v.billId && v.billingCodeDisplay ? (
                          <a className="mono nowrap" href={href(billPagePath(r.taxpayerId, v.billId))}>
                            {v.billingCodeDisplay}
                          </a>
                        ) : (
                          '—'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <section className="section">
            <h2>{t('returnPage.documents')}</h2>
            <div className="link-row" data-testid="return-documents">
              {r.status !== 'draft' && (
                <PdfLink
                  href={documentUrl(region.regionId, `/returns/${r.id}/pdf`)}
                  label={t('pdf.return')}
                />
              )}
              {r.billId && (
                <PdfLink
                  href={documentUrl(region.regionId, `/bills/${r.billId}/pdf`)}
                  label={t('pdf.bill')}
                />
              )}
            </div>
            <ReturnAttachments regionId={region.regionId} returnId={r.id} canAttach={false} />
          </section>

          <SubjectAuditTrail region={region} entity="tax_return" entityId={r.id} />
        </div>
      )}
    </>
  );
}

function revisionName(revision: number, t: ReturnType<typeof useI18n>['t']): string {
  return revision === 0 ? t('returnPage.original') : t('return.revision', { revision });
}

/** What the return's bill costs today, with interest, or that it is settled; and what the masa paid, split. */
function ReturnAmounts({ r }: { r: ReturnDetail }) {
  const { t, lang, months } = useI18n();
  const due = r.amountDue;
  return (
    <section className="panel stat-panel" data-testid="return-amounts">
      <h2>{t('returnPage.today')}</h2>
      {due ? (
        <>
          <strong className="money big" data-testid="return-due-total">
            {formatRupiah(due.total)}
          </strong>
          <p className="small">
            {due.interest > 0
              ? t('bill.breakdown', {
                  principal: formatRupiah(due.principal),
                  months: months(due.months),
                  penalty: formatRupiah(due.interest),
                })
              : t('bill.noInterest')}
          </p>
          <p className={due.overdue ? 'small text-danger' : 'small'}>
            {due.overdue
              ? t('returnPage.overdue', { date: formatDate(due.dueDate, lang) })
              : t('bill.dueOn', { date: formatDate(due.dueDate, lang) })}{' '}
            · {t('bill.validUntil', { date: formatDate(due.validUntil, lang) })}
          </p>
        </>
      ) : (
        <p className="muted">{r.billStatus ? t('returnPage.nothingDue') : t('returnPage.noBill')}</p>
      )}
      {r.paid.total > 0 && (
        <dl className="paid-split small" data-testid="return-paid">
          <div>
            <dt>{t('returnPage.paidForMasa')}</dt>
            <dd className="money" data-testid="paid-total">
              {formatRupiah(r.paid.total)}
            </dd>
          </div>
          <div>
            <dt>{t('bill.paidPrincipal')}</dt>
            <dd className="money" data-testid="paid-principal">
              {formatRupiah(r.paid.principal)}
            </dd>
          </div>
          <div>
            <dt>{t('bill.paidInterest')}</dt>
            <dd className="money" data-testid="paid-interest">
              {formatRupiah(r.paid.interest)}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
