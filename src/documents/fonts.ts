import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * The typefaces of every printed document: DejaVu Sans and DejaVu Sans Mono (npm `dejavu-fonts-ttf`, the Bitstream
 * Vera licence with DejaVu's changes in the public domain: free to embed and redistribute). They cover Indonesian's
 * Latin script and its punctuation (’ “ ” – · …), and they are embedded: a PDF that names one of the 14 standard
 * fonts without embedding it is drawn with whatever font the reader's viewer or printer substitutes, so widths,
 * line breaks and the kode bayar's digits could differ from what was laid out. pdfkit subsets each font to the glyphs
 * a document uses (a bill carries a few dozen kilobytes of font, not megabytes).
 */
export const FONT = {
  regular: 'Balai-Sans',
  bold: 'Balai-Sans-Bold',
  italic: 'Balai-Sans-Oblique',
  mono: 'Balai-Mono',
  monoBold: 'Balai-Mono-Bold',
} as const;

const FILES: Record<string, string> = {
  [FONT.regular]: 'DejaVuSans.ttf',
  [FONT.bold]: 'DejaVuSans-Bold.ttf',
  [FONT.italic]: 'DejaVuSans-Oblique.ttf',
  [FONT.mono]: 'DejaVuSansMono.ttf',
  [FONT.monoBold]: 'DejaVuSansMono-Bold.ttf',
};

/**
 * A standard font named anywhere (a kind's own drawing, pdfkit's default) is drawn with the embedded face that stands
 * for it, so no document can carry an unembedded font by naming one.
 */
const STANDARD: Record<string, string> = {
  Helvetica: FONT.regular,
  'Helvetica-Bold': FONT.bold,
  'Helvetica-Oblique': FONT.italic,
  'Helvetica-BoldOblique': FONT.bold,
  'Times-Roman': FONT.regular,
  'Times-Bold': FONT.bold,
  'Times-Italic': FONT.italic,
  'Times-BoldItalic': FONT.bold,
  Courier: FONT.mono,
  'Courier-Bold': FONT.monoBold,
  'Courier-Oblique': FONT.mono,
  'Courier-BoldOblique': FONT.monoBold,
};

let loaded: Map<string, Buffer> | undefined;

/** The font files, read once per process (about 2.4 MB in memory). */
function fontFiles(): Map<string, Buffer> {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const dir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    loaded = new Map(Object.entries(FILES).map(([name, file]) => [name, readFileSync(path.join(dir, file))]));
  }
  return loaded;
}

/** A pdfkit document whose fonts are Balai's embedded faces, the regular one current. */
export function newPdfDocument(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  const files = fontFiles();
  const doc = new PDFDocument({ ...options, font: files.get(FONT.regular) as unknown as string });
  for (const [name, data] of files) doc.registerFont(name, data);
  for (const [standard, name] of Object.entries(STANDARD))
    doc.registerFont(standard, files.get(name) as Buffer);
  return doc.font(FONT.regular);
}
