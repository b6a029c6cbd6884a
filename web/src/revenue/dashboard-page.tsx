import { useMemo, useState } from 'react';
import { COLLECTION_READERS } from '../../../src/collection/roles';
import { holdsAny } from '../../../src/platform/roles';
import { ArrearsAgeSummary } from '../collection/arrears-age-summary';
import { type Lang, regionPath } from '../shell/api';
import type { RegionPageProps } from '../shell/area';
import { DownloadButtons } from '../shell/download-buttons';
import { type ChartOption, EChart } from '../shell/echart';
import { Field } from '../shell/field';
import { formatDateTime, formatNumber, formatPeriod, formatPeriodShort, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';
import { Loading } from '../shell/loading';
import { ProblemAlert } from '../shell/problem-alert';
import { href } from '../shell/router';
import { useResource } from '../shell/use-resource';
import { useToday } from '../shell/use-today';
import { MonthlyReports, REPORTS_ANCHOR } from './monthly-reports';
import {
  type Dashboard,
  DIMENSIONS,
  type Dimension,
  filterOfRow,
  filterQuery,
  formatShare,
  PAYMENT_NOUN,
  type PaymentsFilter,
  type RealisationTable,
} from './revenue';

/** The drill-down's address for a filter: the payments behind a figure. */
const paymentsHref = (f: PaymentsFilter) => href('/revenue/payments', filterQuery(f));

/** How many years back the year filter offers (the targets keep ten; the demo has two of history). */
const YEARS_SHOWN = 5;

/**
 * Kinerja pendapatan: the head of Bapenda's and the mayor's morning screen. Per tax type the year's target and the
 * target to date, the realisation, achievement, the same date last year, the year-end forecast with its method and
 * back-test error; the months against the target as charts and as a table; the arrears by age (collection's, for
 * whoever may read the arrears); the realisation broken down by any dimension. Every figure links to the payments
 * behind it.
 */
export default function DashboardPage({ region }: RegionPageProps) {
  const { t, lang } = useI18n();
  const today = useToday(region.regionId);
  const [year, setYear] = useState<number>();
  const shownYear = year ?? (today ? Number(today.slice(0, 4)) : undefined);
  const dashboard = useResource<Dashboard>(
    regionPath(region.regionId, `/revenue/dashboard${year ? `?year=${year}` : ''}`),
  );
  const d = dashboard.data;

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('revenue.title')}</h1>
          {d && <p className="muted">{t('revenue.subtitle', { day: d.day })}</p>}
          {d && (
            <p className="muted small" data-testid="revenue-as-of">
              {d.asOf
                ? t('revenue.asOf', { at: formatDateTime(d.asOf, region.timeZone, lang) })
                : t('revenue.notYet')}
            </p>
          )}
        </div>
        <div className="revenue-head-actions">
          <button
            type="button"
            className="button"
            onClick={() => document.getElementById(REPORTS_ANCHOR)?.scrollIntoView({ behavior: 'smooth' })}
            data-testid="revenue-reports-button"
          >
            {t('revenueReports.button')}
          </button>
          {shownYear && (
            <Field label={t('revenue.year')}>
              <select
                name="year"
                value={shownYear}
                onChange={(e) => setYear(Number(e.target.value))}
                data-testid="revenue-year"
              >
                {Array.from({ length: YEARS_SHOWN }, (_, i) => Number(today?.slice(0, 4)) - i).map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </Field>
          )}
        </div>
      </div>
      <ProblemAlert error={dashboard.error} />
      {!d && !dashboard.error && <Loading />}
      {d && (
        <>
          <Totals dashboard={d} />
          <TaxTable dashboard={d} />
          <Charts dashboard={d} />
          {holdsAny(region.roles, COLLECTION_READERS) && <ArrearsAgeSummary regionId={region.regionId} />}
          <Breakdown regionId={region.regionId} year={d.year} />
        </>
      )}
      <MonthlyReports
        regionId={region.regionId}
        roles={region.roles}
        timeZone={region.timeZone}
        today={today}
      />
    </>
  );
}

function Totals({ dashboard: d }: { dashboard: Dashboard }) {
  const { t, lang } = useI18n();
  const x = d.totals;
  return (
    <div className="stats revenue-stats" data-testid="revenue-totals">
      <div className="stat stat-main">
        <span className="small">{t('revenue.realised')}</span>
        <a className="money" href={paymentsHref({ year: d.year })} data-testid="total-realised">
          {formatRupiah(x.realised)}
        </a>
        {x.achievementPercent !== null && (
          <span className="small" data-testid="total-achievement">
            {t('revenue.achievement')} {formatShare(x.achievementPercent, lang)}
          </span>
        )}
      </div>
      <div className="stat">
        <span className="muted small">{t('revenue.target')}</span>
        <strong className="money" data-testid="total-target">
          {x.target === null ? t('revenue.noTarget') : formatRupiah(x.target)}
        </strong>
      </div>
      <div className="stat">
        <span className="muted small">{t('revenue.targetToDate')}</span>
        <strong className="money">{x.targetToDate === null ? '–' : formatRupiah(x.targetToDate)}</strong>
        {x.achievementToDatePercent !== null && (
          <span className="muted small">
            {t('revenue.achievement')} {formatShare(x.achievementToDatePercent, lang)}
          </span>
        )}
      </div>
      <div className="stat">
        <span className="muted small">{t('revenue.lastYear')}</span>
        <strong className="money">
          {x.sameDateLastYear === null ? '–' : formatRupiah(x.sameDateLastYear)}
        </strong>
      </div>
      <div className="stat" data-testid="total-forecast">
        <span className="muted small">{t('revenue.forecast')}</span>
        <strong className="money">{formatRupiah(x.forecast.yearEnd)}</strong>
        <span className="muted small">
          {t('revenue.backtest')}:{' '}
          {x.forecast.backtestErrorPercent === null
            ? t('revenue.backtestNone')
            : formatSigned(x.forecast.backtestErrorPercent, lang)}
        </span>
        <span className="muted small">{x.forecast.methodText[lang]}</span>
      </div>
    </div>
  );
}

/** A back-test error with its sign: `+2,1%` overshot, `−3,4%` fell short. */
function formatSigned(percent: number, lang: Lang): string {
  return `${percent > 0 ? '+' : percent < 0 ? '−' : ''}${formatShare(Math.abs(percent), lang)}`;
}

/**
 * The figures by tax type in five columns, each secondary figure under its main one (the target to date under the
 * year's, the same date last year under the realisation, achievement to date under achievement, the back-test error
 * and the method under the forecast), its label on a line of its own, so that the table fits a 1280 px screen beside
 * the menu without squeezing a column into a word per line.
 */
function TaxTable({ dashboard: d }: { dashboard: Dashboard }) {
  const { t, lang } = useI18n();
  const money = (n: number | null) => (n === null ? '–' : formatRupiah(n));
  const share = (n: number | null) => (n === null ? '–' : formatShare(n, lang));
  return (
    <section className="panel">
      <h2>{t('revenue.byTax')}</h2>
      <div className="table-wrap">
        <table className="table table-stacked revenue-table revenue-taxes" data-testid="revenue-taxes">
          <thead>
            <tr>
              <th>{t('revenue.tax')}</th>
              <th className="num">{t('revenue.target')}</th>
              <th className="num">{t('revenue.realised')}</th>
              <th className="num">{t('revenue.achievement')}</th>
              <th className="num">{t('revenue.forecast')}</th>
            </tr>
          </thead>
          <tbody>
            {d.taxes.map((x) => (
              <tr key={x.taxCode} data-testid="revenue-tax" data-tax={x.taxCode}>
                <td className="revenue-tax-name">
                  <strong>{x.name[lang]}</strong>
                </td>
                <td className="num">
                  <span className="stacked-label">{t('revenue.target')}</span>
                  {x.target === null ? (
                    <span className="muted">{t('revenue.noTarget')}</span>
                  ) : (
                    <span className="money">{money(x.target)}</span>
                  )}
                  <Sub label={t('revenue.targetToDate')} value={money(x.targetToDate)} />
                </td>
                <td className="num">
                  <span className="stacked-label">{t('revenue.realised')}</span>
                  <a
                    className="money"
                    href={paymentsHref({ year: d.year, taxCode: x.taxCode })}
                    data-testid="tax-realised"
                    aria-label={`${t('revenue.showPayments')}: ${x.name[lang]} ${formatRupiah(x.realised)}`}
                  >
                    {formatRupiah(x.realised)}
                  </a>
                  <Sub label={t('revenue.lastYear')} value={money(x.sameDateLastYear)} />
                </td>
                <td className="num">
                  <span className="stacked-label">{t('revenue.achievement')}</span>
                  <span data-testid="tax-achievement">{share(x.achievementPercent)}</span>
                  <Sub label={t('revenue.achievementToDate')} value={share(x.achievementToDatePercent)} />
                </td>
                <td className="num revenue-forecast">
                  <span className="stacked-label">{t('revenue.forecast')}</span>
                  <span className="money" data-testid="tax-forecast">
                    {formatRupiah(x.forecast.yearEnd)}
                  </span>
                  <Sub
                    label={t('revenue.backtest')}
                    value={
                      x.forecast.backtestErrorPercent === null
                        ? t('revenue.backtestNone')
                        : formatSigned(x.forecast.backtestErrorPercent, lang)
                    }
                  />
                  <div className="muted small revenue-method">{x.forecast.methodText[lang]}</div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A secondary figure under a cell's main one: its label, then the figure, which never breaks. */
function Sub({ label, value }: { label: string; value: string }) {
  return (
    <div className="revenue-sub small">
      <span className="muted">{label}</span> <span className="money">{value}</span>
    </div>
  );
}

type T = ReturnType<typeof useI18n>['t'];

/** The three charts' options from the dashboard's figures: months against target, cumulative, the mix by tax. */
function chartOptions(d: Dashboard, lang: Lang, t: T): Record<'monthly' | 'cumulative' | 'mix', ChartOption> {
  const months = d.months.map((m) => formatPeriodShort(m.month, lang));
  const tooltipValue = (v: unknown) => (typeof v === 'number' ? formatRupiah(v) : '–');
  // The value axis in millions of rupiah, grouped by the one formatter: whole rupiah would not fit beside it.
  const valueAxis = {
    type: 'value' as const,
    name: t('revenue.chart.millions'),
    axisLabel: { formatter: (v: number) => formatNumber(Math.round(v / 1_000_000), lang) },
  };
  const grid = { left: 56, right: 12, top: 48, bottom: 28 };
  const axisTooltip = {
    trigger: 'axis' as const,
    renderMode: 'richText' as const,
    valueFormatter: tooltipValue,
  };
  return {
    monthly: {
      grid,
      legend: { top: 0 },
      tooltip: axisTooltip,
      xAxis: { type: 'category', data: months },
      yAxis: valueAxis,
      series: [
        { name: t('revenue.realised'), type: 'bar', data: d.months.map((m) => m.realised) },
        { name: t('revenue.target'), type: 'bar', data: d.months.map((m) => m.target) },
      ],
    },
    cumulative: {
      grid,
      legend: { top: 0 },
      tooltip: axisTooltip,
      xAxis: { type: 'category', data: months },
      yAxis: valueAxis,
      series: [
        {
          name: t('revenue.chart.cumRealised'),
          type: 'line',
          areaStyle: { opacity: 0.15 },
          data: d.months.map((m) => m.cumulativeRealised),
        },
        {
          name: t('revenue.chart.cumTarget'),
          type: 'line',
          lineStyle: { type: 'dashed' },
          data: d.months.map((m) => m.cumulativeTarget),
        },
      ],
    },
    mix: {
      tooltip: { trigger: 'item', renderMode: 'richText', valueFormatter: tooltipValue },
      legend: { type: 'scroll', bottom: 0 },
      series: [
        {
          name: t('revenue.chart.mix'),
          type: 'pie',
          radius: ['35%', '65%'],
          center: ['50%', '45%'],
          label: { show: false },
          data: d.taxes.filter((x) => x.realised > 0).map((x) => ({ name: x.name[lang], value: x.realised })),
        },
      ],
    },
  };
}

function Charts({ dashboard: d }: { dashboard: Dashboard }) {
  const { t, lang } = useI18n();
  const { monthly, cumulative, mix } = useMemo(() => chartOptions(d, lang, t), [d, lang, t]);
  const money = (n: number | null) => (n === null ? '–' : formatRupiah(n));
  return (
    <>
      <div className="revenue-charts">
        <section className="panel revenue-chart">
          <h2>{t('revenue.chart.monthly')}</h2>
          <EChart option={monthly} label={t('revenue.chart.monthly')} testId="chart-monthly" />
        </section>
        <section className="panel revenue-chart">
          <h2>{t('revenue.chart.cumulative')}</h2>
          <EChart option={cumulative} label={t('revenue.chart.cumulative')} testId="chart-cumulative" />
        </section>
        <section className="panel revenue-chart">
          <h2>{t('revenue.chart.mix')}</h2>
          <EChart option={mix} label={t('revenue.chart.mix')} testId="chart-mix" />
        </section>
      </div>
      <section className="panel">
        <h2>{t('revenue.chart.table')}</h2>
        <div className="table-wrap">
          <table className="table table-stacked revenue-table" data-testid="revenue-months">
            <thead>
              <tr>
                <th>{t('revenue.chart.month')}</th>
                <th className="num">{t('revenue.target')}</th>
                <th className="num">{t('revenue.realised')}</th>
                <th className="num">{t('revenue.chart.cumTarget')}</th>
                <th className="num">{t('revenue.chart.cumRealised')}</th>
              </tr>
            </thead>
            <tbody>
              {d.months.map((m) => (
                <tr key={m.month} data-testid="revenue-month" data-month={m.month}>
                  <td>{formatPeriod(m.month, lang)}</td>
                  <td className="num money">
                    <span className="stacked-label">{t('revenue.target')}</span>
                    {formatRupiah(m.target)}
                  </td>
                  <td className="num money">
                    <span className="stacked-label">{t('revenue.realised')}</span>
                    {m.realised === null ? (
                      '–'
                    ) : (
                      <a href={paymentsHref({ year: d.year, month: Number(m.month.slice(5, 7)) })}>
                        {formatRupiah(m.realised)}
                      </a>
                    )}
                  </td>
                  <td className="num money">
                    <span className="stacked-label">{t('revenue.chart.cumTarget')}</span>
                    {formatRupiah(m.cumulativeTarget)}
                  </td>
                  <td className="num money">
                    <span className="stacked-label">{t('revenue.chart.cumRealised')}</span>
                    {money(m.cumulativeRealised)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

/** The year's realisation broken down by one dimension (optionally one month), each row linking to its payments. */
function Breakdown({ regionId, year }: { regionId: string; year: number }) {
  const { t, lang, count } = useI18n();
  const [by, setBy] = useState<Dimension>('taxCode');
  const [month, setMonth] = useState('');
  const params = new URLSearchParams({ year: String(year), by, ...(month ? { month } : {}) });
  const table = useResource<RealisationTable>(regionPath(regionId, `/revenue/realisation?${params}`));
  const r = table.data;
  return (
    <section className="panel" data-testid="revenue-breakdown">
      <h2>{t('revenue.breakdown')}</h2>
      <div className="filters revenue-filters">
        <Field label={t('revenue.by')}>
          <select
            name="by"
            value={by}
            onChange={(e) => setBy(e.target.value as Dimension)}
            data-testid="breakdown-by"
          >
            {DIMENSIONS.map((dim) => (
              <option key={dim} value={dim}>
                {t(`revenue.by.${dim}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('revenue.by.month')}>
          <select
            name="month"
            value={month}
            onChange={(e) => setMonth(e.target.value)}
            data-testid="breakdown-month"
          >
            <option value="">{t('list.any')}</option>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m}>
                {formatPeriod(`${year}-${String(m).padStart(2, '0')}`, lang)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <DownloadButtons
        regionId={regionId}
        path="/revenue/realisation/download"
        params={params}
        testId="breakdown-download"
      />
      <ProblemAlert error={table.error} />
      {!r && !table.error && <Loading />}
      {r?.rows.length === 0 && <p className="empty">{t('revenue.empty')}</p>}
      {r && r.rows.length > 0 && (
        <div className="table-wrap">
          <table className="table table-stacked revenue-table" data-testid="breakdown-table">
            <thead>
              <tr>
                <th>{t(`revenue.by.${r.by}`)}</th>
                <th className="num">{t('revenue.principal')}</th>
                <th className="num">{t('revenue.penalty')}</th>
                <th className="num">{t('revenue.amount')}</th>
                <th className="num">{t('revenue.payments')}</th>
              </tr>
            </thead>
            <tbody>
              {r.rows.map((row) => (
                <tr key={row.key} data-testid="breakdown-row" data-key={row.key}>
                  <td>{row.label[lang]}</td>
                  <td className="num money">
                    <span className="stacked-label">{t('revenue.principal')}</span>
                    {formatRupiah(row.principal)}
                  </td>
                  <td className="num money">
                    <span className="stacked-label">{t('revenue.penalty')}</span>
                    {formatRupiah(row.penalty)}
                  </td>
                  <td className="num money">
                    <span className="stacked-label">{t('revenue.amount')}</span>
                    <a
                      href={paymentsHref(filterOfRow(year, r.by, row.key, month ? Number(month) : undefined))}
                    >
                      {formatRupiah(row.total)}
                    </a>
                  </td>
                  <td className="num">
                    <span className="stacked-label">{t('revenue.payments')}</span>
                    {count(row.payments, PAYMENT_NOUN)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th>{t('revenue.total')}</th>
                <td />
                <td />
                <td className="num money">
                  <strong>{formatRupiah(r.total)}</strong>
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
