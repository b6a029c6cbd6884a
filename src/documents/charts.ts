import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { FONT, newPdfDocument } from './fonts';

/**
 * Charts for printed documents: an ECharts option rendered on the server to SVG (ECharts' server-side rendering, no
 * browser and no canvas), which the layout then draws into the PDF as vectors (`Sheet.figure`, svg-to-pdfkit), sharp
 * at any zoom or printer. The web app draws the same kinds of chart with the same library (web/src/revenue/echart.tsx).
 *
 * ECharts lays its labels out by measuring their text; without a canvas it would guess from another font's widths,
 * and a label could overrun its neighbour once drawn in DejaVu Sans. So the text is measured with the embedded faces
 * themselves (the same metrics pdfkit lays the rest of the page out with), and every text of a chart names Balai's
 * family: the layout maps it to the embedded regular or bold face, so a chart never brings in a font of its own.
 */

export type DocumentChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption
>;

/** The family every chart text names; `Sheet.figure` draws it with the embedded regular or bold face. */
export const CHART_FONT_FAMILY = FONT.regular;

type Echarts = typeof import('echarts/core');

let loading: Promise<Echarts> | undefined;

/**
 * ECharts with the few parts the documents use, loaded on the first chart only (a server that prints no report never
 * loads it), its text measured with the embedded faces.
 */
function echarts(): Promise<Echarts> {
  loading ??= (async () => {
    const [core, charts, components, renderers] = await Promise.all([
      import('echarts/core'),
      import('echarts/charts'),
      import('echarts/components'),
      import('echarts/renderers'),
    ]);
    core.use([
      charts.BarChart,
      charts.LineChart,
      charts.PieChart,
      components.GridComponent,
      components.LegendComponent,
      renderers.SVGRenderer,
    ]);
    const measure = measurer();
    core.setPlatformAPI({ measureText: (text: string, font?: string) => ({ width: measure(text, font) }) });
    return core;
  })();
  return loading;
}

/**
 * Text widths in the embedded faces, for a CSS font shorthand as ECharts writes it (`bold 8px Balai-Sans`): a pdfkit
 * document kept only for measuring (it is never written out).
 */
function measurer(): (text: string, font?: string) => number {
  const doc = newPdfDocument({ size: 'A4' });
  return (text, font = '') => {
    const size = Number(/([\d.]+)px/.exec(font)?.[1] ?? 12);
    const bold = /\bbold\b|\b[6-9]00\b/.test(font);
    return doc
      .font(bold ? FONT.bold : FONT.regular)
      .fontSize(size)
      .widthOfString(String(text));
  };
}

/**
 * An option drawn as SVG of `width` × `height` (in points: `Sheet.figure` draws one SVG unit as one point), without
 * animation, every text in Balai's family.
 */
export async function chartSvg(option: DocumentChartOption, width: number, height: number): Promise<string> {
  const core = await echarts();
  const chart = core.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({
      animation: false,
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      ...option,
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
