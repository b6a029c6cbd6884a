import { useEffect } from 'react';
import { type RegionGrant, regionPath } from '../../shell/api';
import { DownloadButtons } from '../../shell/download-buttons';
import { formatDate, formatPeriod, formatPeriodShort, formatRupiah } from '../../shell/format';
import { useI18n } from '../../shell/i18n';
import { ListBar, ListSortHeader, Pager, type SortColumn } from '../../shell/list-controls';
import { type ListQuery, useListQuery } from '../../shell/list-query';
import { Loading } from '../../shell/loading';
import { useNavigation } from '../../shell/navigation';
import { ProblemAlert } from '../../shell/problem-alert';
import { href } from '../../shell/router';
import { useResource } from '../../shell/use-resource';
import { useTaxTypes } from '../config/use-tax-types';
import { returnPagePath } from '../record-paths';
import { TaxpayerLink } from '../registry/taxpayer-link';
import { StatusBadge } from '../status-badge';
import {
  type BaseDrops,
  type ComplianceFilter,
  filterParams,
  type LateReturns,
  type UnfiledObjects,
  useFirstPageOn,
} from './compliance';

interface ListProps {
  region: RegionGrant;
  filter: ComplianceFilter;
  /** Tells the page how many rows the list holds, for its tab. */
  onTotal(total: number): void;
}

/** One compliance list's order, page and answer: asked with the page's filter, its total told to the page. */
function useComplianceList<T extends { total: number }>(
  region: RegionGrant,
  path: string,
  filter: ComplianceFilter,
  defaultSort: string,
  onTotal: (total: number) => void,
) {
  const list = useListQuery({}, defaultSort);
  useFirstPageOn(filter, list.setOffset);
  const params = filterParams(filter, list.sort);
  const page = new URLSearchParams(params);
  page.set('limit', String(list.limit));
  page.set('offset', String(list.offset));
  const answer = useResource<T>(regionPath(region.regionId, `${path}?${page}`));
  const total = answer.data?.total;
  useEffect(() => {
    if (total !== undefined) onTotal(total);
  }, [total, onTotal]);
  return { list, params, answer };
}

/** The list's explanation, its downloads, and the count and order above its rows. */
function ListHead({
  region,
  explanation,
  download,
  params,
  list,
  total,
  shown,
  columns,
  testId,
}: {
  region: RegionGrant;
  explanation: string;
  download: string;
  params: URLSearchParams;
  list: ListQuery<Record<string, string>>;
  total: number | undefined;
  shown: number;
  columns: SortColumn[];
  testId: string;
}) {
  return (
    <>
      <p className="muted small">{explanation}</p>
      <DownloadButtons
        regionId={region.regionId}
        path={download}
        params={params}
        testId={`${testId}-download`}
      />
      {total !== undefined && total > 0 && (
        <ListBar list={list} total={total} shown={shown} columns={columns} testId={testId} />
      )}
    </>
  );
}

/**
 * The taxpayer (to their page where the reader may open it), their NPWPD, the object and its tax, named in the
 * language on screen (the list may have been read in the other).
 */
function Party({
  x,
}: {
  x: {
    taxpayerId: number;
    taxpayerName: string;
    npwpd: string | null;
    objectName: string;
    taxCode: string;
    taxName: string;
  };
}) {
  const taxTypes = useTaxTypes();
  return (
    <>
      <TaxpayerLink taxpayerId={x.taxpayerId}>{x.taxpayerName}</TaxpayerLink>
      {x.npwpd && <div className="mono small nowrap">{x.npwpd}</div>}
      <div className="small">{x.objectName}</div>
      <div className="muted small">{taxTypes.find(x.taxCode) ? taxTypes.nameOf(x.taxCode) : x.taxName}</div>
    </>
  );
}

/** A masa linking to its return's page, for the roles that may open it. */
function ReturnMasa({
  taxpayerId,
  returnId,
  period,
}: {
  taxpayerId: number;
  returnId: number;
  period: string;
}) {
  const { lang } = useI18n();
  const { canOpen } = useNavigation();
  const path = returnPagePath(taxpayerId, returnId);
  return canOpen(path) ? (
    <a className="strong nowrap" href={href(path)} data-testid="compliance-return-link">
      {formatPeriod(period, lang)}
    </a>
  ) : (
    <span className="strong nowrap">{formatPeriod(period, lang)}</span>
  );
}

/** Objects that did not file a masa of the range: which masa and how many, the most first. */
export function MissingList({ region, filter, onTotal }: ListProps) {
  const { t, lang } = useI18n();
  const { list, params, answer } = useComplianceList<UnfiledObjects>(
    region,
    '/compliance/missing-returns/by-object',
    filter,
    '-count',
    onTotal,
  );
  const d = answer.data;
  const columns = {
    taxpayer: { column: 'taxpayer', label: t('search.taxpayer') },
    object: { column: 'object', label: t('return.object') },
    latest: { column: 'latest', label: t('compliance.missing.periods') },
    count: { column: 'count', label: t('compliance.missing.count') },
  } satisfies Record<string, SortColumn>;
  return (
    <section aria-label={t('compliance.tab.missing')}>
      <ListHead
        region={region}
        explanation={t('compliance.missing.explain')}
        download="/compliance/missing-returns/by-object/download"
        params={params}
        list={list}
        total={d?.total}
        shown={d?.items.length ?? 0}
        columns={Object.values(columns)}
        testId="compliance-missing"
      />
      <ProblemAlert error={answer.error} />
      {!d && !answer.error && <Loading />}
      {d?.total === 0 && <p className="empty">{t('compliance.missing.none')}</p>}
      {d && d.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="compliance-missing">
              <thead>
                <tr>
                  <ListSortHeader list={list} column={columns.taxpayer} />
                  <ListSortHeader list={list} column={columns.latest} />
                  <ListSortHeader list={list} column={columns.count} className="num" />
                  <th>{t('compliance.missing.since')}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((x) => (
                  <tr key={x.objectId} data-testid="compliance-missing-row">
                    <td>
                      <Party x={x} />
                    </td>
                    <td>
                      <span className="stacked-label">{t('compliance.missing.periods')}</span>
                      <ul className="masa-list">
                        {x.periods.map((p) => (
                          <li key={p} className="nowrap">
                            {formatPeriod(p, lang)}
                          </li>
                        ))}
                      </ul>
                    </td>
                    <td className="num">
                      <span className="stacked-label">{t('compliance.missing.count')}</span>
                      <strong>{t('compliance.masaCount', { count: x.count })}</strong>
                    </td>
                    <td className="nowrap">
                      <span className="stacked-label">{t('compliance.missing.since')}</span>
                      {formatDate(x.firstDueDate, lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager list={list} total={d.total} />
        </>
      )}
    </section>
  );
}

/** Returns filed after their masa's due date, the latest first, each to its return's page. */
export function LateList({ region, filter, onTotal }: ListProps) {
  const { t, lang } = useI18n();
  const { list, params, answer } = useComplianceList<LateReturns>(
    region,
    '/compliance/late-returns',
    filter,
    '-late',
    onTotal,
  );
  const d = answer.data;
  const columns = {
    taxpayer: { column: 'taxpayer', label: t('search.taxpayer') },
    period: { column: 'period', label: t('return.period') },
    filed: { column: 'filed', label: t('compliance.late.filedOn') },
    late: { column: 'late', label: t('compliance.late.daysLate') },
    tax: { column: 'tax', label: t('return.tax') },
  } satisfies Record<string, SortColumn>;
  return (
    <section aria-label={t('compliance.tab.late')}>
      <ListHead
        region={region}
        explanation={t('compliance.late.explain')}
        download="/compliance/late-returns/download"
        params={params}
        list={list}
        total={d?.total}
        shown={d?.items.length ?? 0}
        columns={Object.values(columns)}
        testId="compliance-late"
      />
      <ProblemAlert error={answer.error} />
      {!d && !answer.error && <Loading />}
      {d?.total === 0 && <p className="empty">{t('compliance.late.none')}</p>}
      {d && d.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table table-stacked" data-testid="compliance-late">
              <thead>
                <tr>
                  <ListSortHeader list={list} column={columns.taxpayer} />
                  <ListSortHeader list={list} column={columns.period} />
                  <ListSortHeader list={list} column={columns.filed} />
                  <th>{t('bill.dueDate')}</th>
                  <ListSortHeader list={list} column={columns.late} className="num" />
                  <ListSortHeader list={list} column={columns.tax} className="num" />
                </tr>
              </thead>
              <tbody>
                {d.items.map((x) => (
                  <tr key={x.id} data-testid="compliance-late-row">
                    <td>
                      <Party x={x} />
                    </td>
                    <td>
                      <span className="stacked-label">{t('return.period')}</span>
                      <ReturnMasa taxpayerId={x.taxpayerId} returnId={x.id} period={x.period} />
                      <div>
                        <StatusBadge status={x.status} />
                      </div>
                    </td>
                    <td className="nowrap">
                      <span className="stacked-label">{t('compliance.late.filedOn')}</span>
                      {formatDate(x.filedOn, lang)}
                    </td>
                    <td className="nowrap">
                      <span className="stacked-label">{t('bill.dueDate')}</span>
                      {formatDate(x.dueDate, lang)}
                    </td>
                    <td className="num nowrap">
                      <span className="stacked-label">{t('compliance.late.daysLate')}</span>
                      <strong className="warn-text">{t('compliance.days', { count: x.daysLate })}</strong>
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('return.tax')}</span>
                      {formatRupiah(x.tax)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager list={list} total={d.total} />
        </>
      )}
    </section>
  );
}

type Drop = BaseDrops['items'][number];

/** Declared bases that fell sharply against the object's own earlier masa, each beside those masa. */
export function BaseDropList({ region, filter, onTotal }: ListProps) {
  const { t } = useI18n();
  const { list, params, answer } = useComplianceList<BaseDrops>(
    region,
    '/compliance/base-drops',
    filter,
    '-drop',
    onTotal,
  );
  const d = answer.data;
  const columns = {
    taxpayer: { column: 'taxpayer', label: t('search.taxpayer') },
    period: { column: 'period', label: t('return.period') },
    gross: { column: 'gross', label: t('return.gross') },
    drop: { column: 'drop', label: t('compliance.drops.drop') },
  } satisfies Record<string, SortColumn>;
  return (
    <section aria-label={t('compliance.tab.drops')}>
      <ListHead
        region={region}
        explanation={
          d ? t('compliance.drops.explain', { percent: d.setting.percent, months: d.setting.months }) : ''
        }
        download="/compliance/base-drops/download"
        params={params}
        list={list}
        total={d?.total}
        shown={d?.items.length ?? 0}
        columns={Object.values(columns)}
        testId="compliance-drops"
      />
      <ProblemAlert error={answer.error} />
      {!d && !answer.error && <Loading />}
      {d?.total === 0 && <p className="empty">{t('compliance.drops.none')}</p>}
      {d && d.items.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="table table-stacked compliance-drops" data-testid="compliance-drops">
              <thead>
                <tr>
                  <ListSortHeader list={list} column={columns.taxpayer} />
                  <ListSortHeader list={list} column={columns.period} />
                  <ListSortHeader list={list} column={columns.gross} className="num" />
                  <ListSortHeader list={list} column={columns.drop} className="num" />
                  <th>{t('review.history')}</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((x) => (
                  <tr key={x.id} data-testid="compliance-drop-row">
                    <td>
                      <Party x={x} />
                    </td>
                    <td>
                      <span className="stacked-label">{t('return.period')}</span>
                      <ReturnMasa taxpayerId={x.taxpayerId} returnId={x.id} period={x.period} />
                      {x.revision > 0 && (
                        <div className="muted small">{t('return.revision', { revision: x.revision })}</div>
                      )}
                      <div>
                        <StatusBadge status={x.status} />
                      </div>
                    </td>
                    <td className="num money">
                      <span className="stacked-label">{t('return.gross')}</span>
                      <strong>{formatRupiah(x.gross)}</strong>
                      {x.baseDrop.typicalGross !== null && (
                        <div className="muted small nowrap">
                          {t('compliance.drops.typical', { amount: formatRupiah(x.baseDrop.typicalGross) })}
                        </div>
                      )}
                    </td>
                    <td className="num nowrap">
                      <span className="stacked-label">{t('compliance.drops.drop')}</span>
                      <strong className="warn-text">
                        {t('compliance.drops.percent', { percent: x.baseDrop.dropPercent ?? 0 })}
                      </strong>
                    </td>
                    <td>
                      <span className="stacked-label">{t('review.history')}</span>
                      <DropHistory x={x} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager list={list} total={d.total} />
        </>
      )}
    </section>
  );
}

const BAR = 10;
const GAP = 3;
const HEIGHT = 40;

/**
 * The object's earlier masa beside the one that fell: a small bar chart (oldest first, the masa that fell last and in
 * amber, the median as a dashed line) and the same figures as a table (the masa that fell last, in amber), which is
 * what a screen reader reads.
 */
function DropHistory({ x }: { x: Drop }) {
  const { t, lang } = useI18n();
  if (x.history.length === 0) return <p className="muted small">{t('review.historyNone')}</p>;
  const earlier = [...x.history].reverse();
  const bars = [
    ...earlier.map((h) => ({ period: h.period, gross: h.gross, fell: false })),
    {
      period: x.period,
      gross: x.gross,
      fell: true,
    },
  ];
  const top = Math.max(...bars.map((b) => b.gross), x.baseDrop.typicalGross ?? 0, 1);
  const y = (gross: number) => HEIGHT - Math.max(1, Math.round((gross / top) * (HEIGHT - 2)));
  const width = bars.length * (BAR + GAP) - GAP;
  return (
    <div className="drop-history" data-testid="drop-history">
      <svg
        className="sparkline"
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        aria-hidden="true"
        data-testid="drop-sparkline"
      >
        {bars.map((b, i) => (
          <rect
            key={b.period}
            className={b.fell ? 'spark-fell' : 'spark-earlier'}
            x={i * (BAR + GAP)}
            y={y(b.gross)}
            width={BAR}
            height={HEIGHT - y(b.gross)}
          />
        ))}
        {x.baseDrop.typicalGross !== null && (
          <line
            className="spark-median"
            x1={0}
            x2={width}
            y1={y(x.baseDrop.typicalGross)}
            y2={y(x.baseDrop.typicalGross)}
          />
        )}
      </svg>
      <table className="base-history" data-testid="earlier-months">
        <caption className="sr-only">{t('review.historyCaption', { object: x.objectName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('return.period')}</th>
            <th scope="col">{t('return.gross')}</th>
          </tr>
        </thead>
        <tbody>
          {earlier.map((h) => (
            <tr key={h.period}>
              <td>{formatPeriodShort(h.period, lang)}</td>
              <td>{formatRupiah(h.gross)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="drop-fell">
            <td>{formatPeriodShort(x.period, lang)}</td>
            <td>{formatRupiah(x.gross)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
