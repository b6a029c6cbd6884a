import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

/*
 * One small chart of the app, on ECharts, for every area's pages (the revenue dashboard, the arrears by age): only the
 * chart types and components registered here are bundled (bars, lines, a pie; grid, legend, tooltip), drawn on canvas.
 * Import it only from a page loaded when first opened (`lazy`), so that ECharts stays out of the app's first load.
 * The tooltip is drawn on the canvas too (`richText`): ECharts' HTML tooltip writes inline `style` attributes, which
 * the app's Content-Security-Policy (style-src 'self') refuses. A chart is an image to assistive technology: it carries
 * an aria-label, and its page shows the same figures as a table beside it.
 */
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

/** The app's chart colours: the primary blue, a muted grey for targets, then distinct hues for a mix. */
export const CHART_COLOURS = [
  '#1d4ed8',
  '#9ca3af',
  '#059669',
  '#d97706',
  '#7c3aed',
  '#db2777',
  '#0891b2',
  '#65a30d',
];

export function EChart({
  option,
  label,
  testId,
  size,
}: {
  option: ChartOption;
  /** What the chart shows, for a screen reader (the table beside it has the figures). */
  label: string;
  testId?: string;
  /** `compact`: a lower chart, for a summary on another area's page (`.echart-compact`). */
  size?: 'compact';
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    // The card's width follows the screen (a phone turned, a sidebar opened): the chart follows its box.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        color: CHART_COLOURS,
        animation: false,
        tooltip: { renderMode: 'richText', confine: true },
        ...option,
      },
      { notMerge: true },
    );
  }, [option]);

  // Its size is the stylesheet's (`.echart`): no inline style, as the Content-Security-Policy wants.
  return (
    <div
      ref={box}
      className={size === 'compact' ? 'echart echart-compact' : 'echart'}
      role="img"
      aria-label={label}
      data-testid={testId}
    />
  );
}
