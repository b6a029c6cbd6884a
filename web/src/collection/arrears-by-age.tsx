import { useMemo } from 'react';
import type { Age } from '../../../src/collection/ageing/age-buckets';
import type { arrearsAgingSchema } from '../../../src/collection/collection-routes';
import type { WireOf } from '../shell/api';
import { type ChartOption, EChart } from '../shell/echart';
import { formatNumber, formatRupiah } from '../shell/format';
import { useI18n } from '../shell/i18n';

export type Aging = WireOf<typeof arrearsAgingSchema>;
type Bucket = Aging['buckets'][number];
type I18n = ReturnType<typeof useI18n>;

/** A bill counted, in either language: `3 tagihan`, `1 bill`, `3 bills`. */
export const BILL_NOUN = { id: 'tagihan', en: ['bill', 'bills'] } as const;

/**
 * Each age its colour, from what is merely owed to what is hardest to collect: not yet due green, then amber, orange,
 * red. The table beside the chart names every figure, so nothing rests on telling the colours apart.
 */
export const AGE_COLOURS: Record<Age, string> = {
  current: '#059669',
  m1_12: '#d97706',
  y1_2: '#ea580c',
  over_2y: '#b91c1c',
};

/**
 * An age's name on two lines, broken at the space nearest its middle ("Lebih dari\n2 tahun"): four names side by side
 * fit a phone's width so, where on one line each they would run into the next.
 */
export function twoLines(label: string): string {
  const middle = label.length / 2;
  let at = -1;
  for (let i = label.indexOf(' '); i >= 0; i = label.indexOf(' ', i + 1))
    if (at < 0 || Math.abs(i - middle) < Math.abs(at - middle)) at = i;
  return at < 0 ? label : `${label.slice(0, at)}\n${label.slice(at + 1)}`;
}

/**
 * The chart's option: one bar per age, its height what the bills of that age cost today (principal and interest),
 * coloured by age, with the number of bills over it; the tooltip (drawn on the canvas) gives principal and interest.
 */
function ageOption(buckets: readonly Bucket[], { lang, t, count }: I18n, compact: boolean): ChartOption {
  const bills = (n: number) => count(n, BILL_NOUN);
  const byName = new Map(buckets.map((b) => [t(`aging.age.${b.age}`), b]));
  return {
    grid: compact
      ? { left: 44, right: 8, top: 28, bottom: 24 }
      : { left: 56, right: 12, top: 40, bottom: 28 },
    tooltip: {
      trigger: 'item',
      renderMode: 'richText',
      formatter: (p: unknown) => {
        const name = (p as { name?: string }).name ?? '';
        const b = byName.get(name);
        if (!b) return name;
        return [
          `${name}: ${formatRupiah(b.total)}`,
          `${t('aging.principal')} ${formatRupiah(b.principal)}`,
          `${t('aging.interest')} ${formatRupiah(b.interest)}`,
          bills(b.bills),
        ].join('\n');
      },
    },
    xAxis: {
      type: 'category',
      data: buckets.map((b) => t(`aging.age.${b.age}`)),
      axisLabel: {
        interval: 0,
        fontSize: compact ? 10 : 12,
        lineHeight: compact ? 12 : 14,
        formatter: twoLines,
      },
    },
    yAxis: {
      type: 'value',
      name: t('aging.chart.millions'),
      axisLabel: { formatter: (v: number) => formatNumber(Math.round(v / 1_000_000), lang) },
    },
    series: [
      {
        name: t('aging.chart'),
        type: 'bar',
        barMaxWidth: 72,
        data: buckets.map((b) => ({ value: b.total, itemStyle: { color: AGE_COLOURS[b.age] } })),
        label: {
          show: true,
          position: 'top',
          fontSize: compact ? 10 : 12,
          formatter: (p: unknown) => bills(buckets[(p as { dataIndex: number }).dataIndex]?.bills ?? 0),
        },
      },
    ],
  };
}

/** The receivables by age as a bar chart (an image to a screen reader: its figures are in the table with it). */
export function ArrearsAgeChart({ aging, compact = false }: { aging: Aging; compact?: boolean }) {
  const i18n = useI18n();
  const option = useMemo(() => ageOption(aging.buckets, i18n, compact), [aging, i18n, compact]);
  return (
    <EChart
      option={option}
      label={i18n.t('aging.chart.label')}
      testId="aging-chart"
      size={compact ? 'compact' : undefined}
    />
  );
}

/** A swatch of an age's colour beside its name, tying a table row to its bar. */
export function AgeName({ age }: { age: Age }) {
  const { t } = useI18n();
  return (
    <span className="age-name">
      <span className={`age-swatch age-swatch-${age}`} aria-hidden="true" />
      {t(`aging.age.${age}`)}
    </span>
  );
}
