/**
 * svg-to-pdfkit ships no types (and there is no @types package): the one function it exports, as layout.ts calls it.
 * See its README for the options; those left out here are not used.
 */
declare module 'svg-to-pdfkit' {
  interface SvgToPdfOptions {
    /** The viewport, in points when `assumePt` (otherwise SVG pixels, 72/96 of a point). */
    width?: number;
    height?: number;
    preserveAspectRatio?: string;
    assumePt?: boolean;
    /** The pdfkit font to draw a text with, from the SVG's family, weight and style. */
    fontCallback?: (
      family: string,
      bold: boolean,
      italic: boolean,
      options: { fauxItalic: boolean; fauxBold: boolean },
    ) => string;
    warningCallback?: (warning: string) => void;
  }
  export default function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: SvgToPdfOptions,
  ): void;
}
