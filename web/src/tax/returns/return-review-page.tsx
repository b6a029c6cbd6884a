import { useState } from 'react';
import { holdsAny } from '../../../../src/platform/roles';
import type { reviewQueueSchema } from '../../../../src/tax/returns/review-queue-routes';
import { TAX_OFFICERS } from '../../../../src/tax/roles';
import { ApiProblem, documentUrl, type RegionGrant, regionPath, request, type WireOf } from '../../shell/api';
import { type Outcome, OutcomeBanner } from '../../shell/banner';
import {
  formatDateTime,
  formatPeriod,
  formatPeriodShort,
  formatRatePpm,
  formatRupiah,
} from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { Loading } from '../../shell/loading';
import { PdfLink } from '../../shell/pdf-link';
import { ProblemAlert } from '../../shell/problem-alert';
import { href } from '../../shell/router';
import { SortHeader } from '../../shell/sort-header';
import { useResource } from '../../shell/use-resource';
import { useTaxTypes } from '../config/use-tax-types';
import { type Decision, DecisionButtons } from '../decision-buttons';
import { ReturnAttachments } from './return-attachments';

/** A return of `GET /returns/review-queue`: beside the object's earlier months, with the falling-base check. */
type QueuedReturn = WireOf<typeof reviewQueueSchema>['items'][number];
type ReviewQueue = WireOf<typeof reviewQueueSchema>;

const PAGE = 25;
/** The orders the phone's select offers; on a desktop the column headers give these and more. */
const SORT_CHOICES = ['submitted', '-submitted', 'taxpayer', '-gross'] as const;

/**
 * Penelitian SPTPD: submitted returns waiting for review, a page at a time, each beside the object's earlier months
 * and flagged to check when its base fell sharply against them; an officer verifies or rejects each (with a reason
 * the taxpayer reads). When another officer was quicker, the server's message says so and the queue refreshes.
 */
export function ReturnReviewPage({ region }: { region: RegionGrant }) {
  const { t, lang } = useI18n();
  const [sort, setSort] = useState('submitted');
  const [offset, setOffset] = useState(0);
  const queue = useResource<ReviewQueue>(
    regionPath(region.regionId, `/returns/review-queue?sort=${sort}&limit=${PAGE}&offset=${offset}`),
  );
  const total = queue.data?.total ?? 0;
  const flagged = queue.data?.items.filter((r) => r.baseDrop.flagged).length ?? 0;
  const sortBy = (next: string) => {
    setSort(next);
    setOffset(0);
  };
  const header = (label: string, column: string, className?: string) => (
    <SortHeader label={label} column={column} sort={sort} onSort={sortBy} className={className} />
  );
  const taxTypes = useTaxTypes();
  const [outcome, setOutcome] = useState<Outcome>();
  const [failure, setFailure] = useState<unknown>();
  const canReview = holdsAny(region.roles, TAX_OFFICERS);

  /**
   * Verifying reports here; a rejection is confirmed in a dialog that shows a refusal in place, except that another
   * officer was quicker (the queue is read again and the row leaves). A rejection is done but is no success for the
   * taxpayer: its banner is amber, and says what became of any payment.
   */
  const review = (r: QueuedReturn) => async (d: Decision) => {
    const verdict =
      d.decision === 'verify'
        ? { verdict: 'verify' }
        : { verdict: 'reject', reason: d.reason, paidAcknowledged: r.paid };
    const what = `${r.objectName} ${formatPeriod(r.period, lang)}`;
    setFailure(undefined);
    try {
      await request('POST', regionPath(region.regionId, `/returns/${r.id}/review`), verdict);
      setOutcome(
        d.decision === 'verify'
          ? { tone: 'success', message: t('queue.verified', { name: what }) }
          : {
              tone: 'warning',
              message:
                r.paid > 0
                  ? t('review.rejectedPaid', { name: what, paid: formatRupiah(r.paid) })
                  : t('queue.rejected', { name: what }),
            },
      );
      queue.reload();
    } catch (error) {
      const raced = error instanceof ApiProblem && error.code === 'RETURN_ALREADY_REVIEWED';
      if (d.decision === 'reject' && !raced) throw error;
      setOutcome(undefined);
      setFailure(error);
      if (error instanceof ApiProblem && error.status === 409) queue.reload();
    }
  };

  /** What a rejection is of and what becomes of the money, for the officer to read before confirming. */
  const rejection = (r: QueuedReturn) => ({
    summary: [
      { label: t('search.taxpayer'), value: r.taxpayerName },
      { label: t('review.confirmObject'), value: `${r.objectName} · ${formatPeriod(r.period, lang)}` },
      ...(r.billingCodeDisplay ? [{ label: t('review.confirmBill'), value: r.billingCodeDisplay }] : []),
      { label: t('return.tax'), value: formatRupiah(r.tax + r.opsen), testId: 'confirm-tax' },
      {
        label: t('review.confirmPaid'),
        value: formatRupiah(r.paid),
        main: r.paid > 0,
        testId: 'confirm-paid',
      },
    ],
    consequence:
      r.paid > 0
        ? t('review.paidConsequence', { paid: formatRupiah(r.paid) })
        : t('review.unpaidConsequence'),
  });

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('review.title')}</h1>
          <p className="muted">
            {t('review.subtitle')} {!canReview && t('queue.readOnly')}
          </p>
        </div>
        <button type="button" className="button" onClick={queue.reload}>
          {t('common.refresh')}
        </button>
      </div>
      <OutcomeBanner outcome={outcome} />
      <ProblemAlert error={failure || queue.error} />
      {!queue.data && !queue.error && <Loading />}
      {queue.data && total === 0 && <p className="empty">{t('review.none')}</p>}
      {queue.data && total > 0 && (
        <div className="list-bar">
          <p className="muted small">
            {t('search.count', { from: offset + 1, to: offset + queue.data.items.length, total })}
            {flagged > 0 && <> · {t('review.flagged', { count: flagged })}</>}
          </p>
          <label className="field-inline small">
            {t('search.sort')}{' '}
            <select name="sort" value={sort} onChange={(e) => sortBy(e.target.value)}>
              {!SORT_CHOICES.includes(sort as (typeof SORT_CHOICES)[number]) && (
                <option value={sort}>—</option>
              )}
              {SORT_CHOICES.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`review.sort.${choice}` as 'review.sort.submitted')}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      {queue.data && queue.data.items.length > 0 && (
        <div className="table-wrap">
          <table className="table table-stacked" data-testid="review-queue">
            <thead>
              <tr>
                {header(t('search.taxpayer'), 'taxpayer')}
                {header(t('return.period'), 'period')}
                {header(`${t('return.gross')} / ${t('return.tax')}`, 'gross', 'num')}
                <th>{t('review.history')}</th>
                {canReview && <th className="actions">{t('users.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {queue.data.items.map((r) => (
                <tr key={r.id} data-testid="review-row" data-object={r.objectName} data-period={r.period}>
                  <td>
                    <a className="strong" href={href(`/taxpayers/${r.taxpayerId}`)}>
                      {r.taxpayerName}
                    </a>
                    <div className="small">{r.objectName}</div>
                    <div className="muted small">{taxTypes.nameOf(r.taxCode)}</div>
                  </td>
                  <td>
                    <span className="nowrap">{formatPeriod(r.period, lang)}</span>
                    {r.revision > 0 && (
                      <div className="muted small">{t('return.revision', { revision: r.revision })}</div>
                    )}
                    {r.submittedAt && (
                      <div className="muted small">
                        {t('review.submittedAt', {
                          at: formatDateTime(r.submittedAt, region.timeZone, lang),
                        })}
                      </div>
                    )}
                    <PdfLink
                      href={documentUrl(region.regionId, `/returns/${r.id}/pdf`)}
                      label={t('pdf.return')}
                    />
                    <ReturnAttachments regionId={region.regionId} returnId={r.id} canAttach={false} />
                  </td>
                  <td className="num money">
                    <span className="stacked-label">{t('return.gross')}</span>
                    {formatRupiah(r.gross)}
                    {r.lines.length > 0 && (
                      <details className="lines-detail small">
                        <summary>{t('review.lines', { count: r.lines.length })}</summary>
                        <ul>
                          {r.lines.map((line, i) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
                            <li key={i}>
                              {line.description}: {formatRupiah(line.amount)}
                            </li>
                          ))}
                        </ul>
                      </details>
                    )}
                    <div className="review-tax">
                      <span className="stacked-label">{t('return.tax')}</span>
                      <strong>{formatRupiah(r.tax)}</strong>
                      <div className="muted small">{formatRatePpm(r.ratePpm, lang)}</div>
                      {r.opsen > 0 && (
                        <div className="muted small">
                          {t('return.plusOpsen', { amount: formatRupiah(r.opsen) })}
                        </div>
                      )}
                    </div>
                  </td>
                  <td>
                    <span className="stacked-label">{t('review.history')}</span>
                    <EarlierMonths r={r} />
                    {r.baseDrop.flagged && r.baseDrop.typicalGross !== null && (
                      <p className="base-drop" role="note" data-testid="base-drop">
                        {t('review.baseDrop', {
                          percent: r.baseDrop.dropPercent ?? 0,
                          typical: formatRupiah(r.baseDrop.typicalGross),
                        })}{' '}
                        <span className="small">{t('review.baseDropHint')}</span>
                      </p>
                    )}
                  </td>
                  {canReview && (
                    <td className="actions">
                      <DecisionButtons
                        subject={`${r.objectName} ${formatPeriod(r.period, lang)}`}
                        minReason={5}
                        rejectSummary={rejection(r).summary}
                        rejectConsequence={rejection(r).consequence}
                        decide={review(r)}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > PAGE && (
        <div className="pager">
          <button
            type="button"
            className="button"
            disabled={offset === 0}
            onClick={() => setOffset(offset - PAGE)}
          >
            {t('common.previous')}
          </button>
          <button
            type="button"
            className="button"
            disabled={offset + PAGE >= total}
            onClick={() => setOffset(offset + PAGE)}
          >
            {t('common.next')}
          </button>
        </div>
      )}
    </>
  );
}

/** The object's earlier months, oldest first as one reads a trend: masa, base and tax. */
function EarlierMonths({ r }: { r: QueuedReturn }) {
  const { t, lang } = useI18n();
  if (r.history.length === 0) return <p className="muted small">{t('review.historyNone')}</p>;
  return (
    <table className="base-history" data-testid="earlier-months">
      <caption>{t('review.historyCaption', { object: r.objectName })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('return.period')}</th>
          <th scope="col">
            {t('return.gross')} / {t('return.tax')}
          </th>
        </tr>
      </thead>
      <tbody>
        {[...r.history].reverse().map((h) => (
          <tr key={h.period}>
            <td>{formatPeriodShort(h.period, lang)}</td>
            <td>
              {formatRupiah(h.gross)}
              <div className="muted">{formatRupiah(h.tax)}</div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
