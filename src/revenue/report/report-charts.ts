import type { DocumentChartOption } from '../../documents/charts';
import { formatNumber, formatPercent, type Lang, MONTHS_SHORT } from '../../platform/human-format';
import type { ReportFigures } from './report-figures';

/**
 * The report's three charts as ECharts options, drawn in print (documents/charts.ts renders them to SVG): the months
 * against the target's breakdown, the cumulative realisation against the target line, and the mix by tax type. The
 * same three the dashboard shows (web/src/revenue/dashboard-page.tsx), in a sober palette that prints in grey too:
 * realisation dark, target light or dashed.
 */

/** Realisation, in the dark of the report's letterhead rule; the target beside it, in grey. */
const REALISED = '#1f3a5f';
const TARGET = '#aab4bf';
/** The mix's slices, dark to light, then muted accents: told apart in colour and in a grey print. */
const MIX = [
  '#1f3a5f',
  '#3f6e9c',
  '#7ea6cc',
  '#c4d6e8',
  '#b08d2e',
  '#6b6b6b',
  '#5e8b5a',
  '#a4502f',
  '#d9c27a',
];
const TEXT = '#333333';
const AXIS = '#6b6b6b';
const GRID_LINE = '#e3e6ea';

/** Type in the charts, in points (a chart's SVG unit is a point on the page). */
const SIZE = 7.5;

/** A percentage to one decimal, the Indonesian way: `15,2%` (`15%` when whole). */
export function percentText(percent: number): string {
  return `${percent < 0 ? '-' : ''}${formatPercent(Math.round(Math.abs(percent) * 10) * 1000, 'id')}`;
}

/** The unit a value axis counts in: millions of rupiah, or billions once the figures reach them. */
export function axisUnit(max: number): { divisor: number; label: string } {
  return max >= 10_000_000_000
    ? { divisor: 1_000_000_000, label: 'Rp miliar' }
    : { divisor: 1_000_000, label: 'Rp juta' };
}

/** An axis value in its unit, grouped the Indonesian way, with a decimal comma where the tick needs one. */
export function axisValue(value: number, divisor: number, lang: Lang = 'id'): string {
  const scaled = value / divisor;
  if (Number.isInteger(scaled)) return formatNumber(scaled, lang);
  const [whole, fraction] = scaled.toFixed(1).split('.') as [string, string];
  return `${formatNumber(Number(whole), lang)}${lang === 'id' ? ',' : '.'}${fraction}`;
}

const legend = {
  top: 0,
  left: 'center' as const,
  itemWidth: 14,
  itemHeight: 8,
  itemGap: 18,
  textStyle: { fontSize: SIZE, color: TEXT },
};

function valueAxis(max: number) {
  const unit = axisUnit(max);
  return {
    type: 'value' as const,
    name: unit.label,
    nameGap: 8,
    nameTextStyle: { fontSize: SIZE, color: AXIS, align: 'left' as const },
    axisLabel: { fontSize: SIZE, color: AXIS, formatter: (v: number) => axisValue(v, unit.divisor) },
    splitLine: { lineStyle: { color: GRID_LINE } },
  };
}

const categoryAxis = {
  type: 'category' as const,
  data: [...MONTHS_SHORT.id],
  axisLabel: { fontSize: SIZE, color: AXIS, interval: 0 },
  axisLine: { lineStyle: { color: AXIS } },
  axisTick: { alignWithLabel: true },
};

const grid = { left: 8, right: 12, top: 34, bottom: 4, containLabel: true };

/** Each month's realisation (none after the report's day) beside its target. */
export function monthlyChart(f: ReportFigures): DocumentChartOption {
  const max = Math.max(...f.months.map((m) => Math.max(m.target, m.realised ?? 0)), 1);
  return {
    color: [TARGET, REALISED],
    legend,
    grid,
    xAxis: categoryAxis,
    yAxis: valueAxis(max),
    series: [
      {
        name: 'Target bulanan',
        type: 'bar',
        barGap: '8%',
        barCategoryGap: '28%',
        data: f.months.map((m) => m.target),
      },
      { name: 'Realisasi', type: 'bar', data: f.months.map((m) => m.realised) },
    ],
  };
}

/** The realisation summed month by month, against the target's breakdown summed: the line to keep above. */
export function cumulativeChart(f: ReportFigures): DocumentChartOption {
  const max = Math.max(...f.months.map((m) => Math.max(m.cumulativeTarget, m.cumulativeRealised ?? 0)), 1);
  return {
    color: [TARGET, REALISED],
    legend,
    grid,
    xAxis: { ...categoryAxis, boundaryGap: false },
    yAxis: valueAxis(max),
    series: [
      {
        name: 'Target kumulatif',
        type: 'line',
        symbol: 'none',
        lineStyle: { type: 'dashed', width: 1.5, color: '#7a8794' },
        data: f.months.map((m) => m.cumulativeTarget),
      },
      {
        name: 'Realisasi kumulatif',
        type: 'line',
        symbol: 'circle',
        symbolSize: 4,
        lineStyle: { width: 2 },
        areaStyle: { opacity: 0.12 },
        data: f.months.map((m) => m.cumulativeRealised),
      },
    ],
  };
}

/** The year's realisation to the day by tax type, as a ring, each tax named in the legend with its share. */
export function mixChart(f: ReportFigures): DocumentChartOption {
  const slices = f.taxes
    .filter((t) => t.realised > 0)
    .sort((a, b) => b.realised - a.realised)
    .map((t) => ({ name: t.name.id, value: t.realised }));
  const total = slices.reduce((s, x) => s + x.value, 0);
  const share = new Map(slices.map((x) => [x.name, total > 0 ? (x.value / total) * 100 : 0]));
  return {
    color: MIX,
    legend: {
      orient: 'vertical',
      right: 8,
      top: 'middle',
      itemWidth: 10,
      itemHeight: 8,
      itemGap: 9,
      textStyle: { fontSize: SIZE + 0.5, color: TEXT },
      formatter: (name: string) => `${name}  ${percentText(share.get(name) ?? 0)}`,
    },
    series: [
      {
        name: 'Komposisi',
        type: 'pie',
        radius: ['42%', '78%'],
        center: ['24%', '50%'],
        label: { show: false },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        data: slices,
      },
    ],
  };
}
