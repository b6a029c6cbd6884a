import QRCode from 'qrcode';
import SVGtoPDF from 'svg-to-pdfkit';
import type { TimeZone } from '../platform/clock';
import { capitalise, formatDate, formatRupiah } from '../platform/human-format';
import { FONT, newPdfDocument } from './fonts';
import { terbilangRupiah } from './terbilang';

/**
 * The one page layout of Balai's printed documents: the region's letterhead (kop surat), a centred title, label–value
 * rows, an amounts table with its total in words, a signature block and the verification QR code. Every renderer
 * draws through a `Sheet`, so that all documents of a region look alike and a change of layout is made once.
 * A4 portrait, in the embedded DejaVu faces (fonts.ts).
 */

export interface DocumentRegion {
  /** Kemendagri kab/kota code, e.g. `35.73`. */
  id: string;
  /** As hosted: `Kota Malang`, `Kabupaten Bangka`. */
  name: string;
  /** Without Kota/Kabupaten, for the place of signing: `Malang`. */
  shortName: string;
  timeZone: TimeZone;
  /** Its logo (PNG or JPEG, src/platform/region-logo.ts), at the left of the letterhead; none: the text alone. */
  logo?: Uint8Array | null;
}

export interface DocumentVerification {
  code: string;
  /** `<baseUrl>/verify/<code>`: what the QR code opens. */
  url: string;
}

/** What every document carries besides its own fields. */
export interface DocumentBase {
  region: DocumentRegion;
  verification: DocumentVerification;
  /** The day the document is printed, in the region's calendar (`YYYY-MM-DD`). */
  printedOn: string;
}

export const AGENCY = 'BADAN PENDAPATAN DAERAH';

/**
 * The government line of the letterhead from the region's name: `Kota Malang` → `PEMERINTAH KOTA MALANG`,
 * `Kabupaten Bangka` → `PEMERINTAH KABUPATEN BANGKA` (also from the short form `Kab.`).
 */
export function governmentOf(regionName: string): string {
  const name = regionName.trim().replace(/\s+/g, ' ');
  const kabupaten = /^(kabupaten|kab\.?)\s+(.+)$/i.exec(name);
  if (kabupaten) return `PEMERINTAH KABUPATEN ${(kabupaten[2] as string).toUpperCase()}`;
  return `PEMERINTAH ${name.toUpperCase()}`;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 42, bottom: 36, side: 56 };
const LEFT = MARGIN.side;
const WIDTH = A4.width - 2 * MARGIN.side;
const BOTTOM = A4.height - MARGIN.bottom;
const INK = '#000000';
const MUTED = '#4a4a4a';
const SHADE = '#e9ecef';
const RULE = '#9aa0a6';
const VERIFICATION_HEIGHT = 104;

export interface Field {
  label: string;
  value: string;
  bold?: boolean;
}

export interface AmountRow {
  label: string;
  amount: number;
  /** A deduction (kredit pajak) is printed in parentheses. */
  deduct?: boolean;
}

/** A column of a `Sheet.table`. */
export interface TableColumn {
  header: string;
  /** Its share of the page's width: the shares of a table's columns are scaled to fill it. */
  width: number;
  /** Figures right-aligned and never wrapped (the table's type shrinks until the widest fits); text wraps. */
  align?: 'left' | 'right';
}

/** A row of a `Sheet.table`: one text per column. */
export interface TableRow {
  cells: string[];
  /** A total: bold on a shaded ground. */
  total?: boolean;
}

/** A figure of a `Sheet.keyFigures` row: what it is, the figure in large type, and a line beneath. */
export interface KeyFigure {
  label: string;
  value: string;
  note?: string;
}

/** A page being drawn top to bottom; `y` is the cursor. */
export class Sheet {
  y = MARGIN.top;
  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Starts a new page if fewer than `height` points are left above the verification block. */
  private room(height: number): void {
    if (this.y + height > BOTTOM - VERIFICATION_HEIGHT - 8) {
      this.doc.addPage();
      this.y = MARGIN.top;
    }
  }

  private gap(points: number): void {
    this.y += points;
  }

  private rule(y: number, width: number, color = INK): void {
    this.doc
      .save()
      .moveTo(LEFT, y)
      .lineTo(LEFT + WIDTH, y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke()
      .restore();
  }

  /**
   * Kop surat: the region's logo at the left, government and agency centred, above a thick and a thin rule. The agency
   * is Bapenda's unless the document is another office's (a performance agreement: the OPD's).
   */
  letterhead(region: DocumentRegion, agency = AGENCY): void {
    const { doc } = this;
    const top = this.y;
    const logoSize = 54;
    if (region.logo) {
      doc.image(Buffer.from(region.logo), LEFT, top - 2, {
        fit: [logoSize, logoSize],
        align: 'center',
        valign: 'center',
      });
    }
    doc.fillColor(INK).font(FONT.bold).fontSize(14);
    doc.text(governmentOf(region.name), LEFT, this.y, { width: WIDTH, align: 'center' });
    doc
      .fontSize(fitSize(doc, FONT.bold, agency, WIDTH - 2 * (region.logo ? logoSize : 0), 17, 11))
      .text(agency, LEFT, doc.y + 2, { width: WIDTH, align: 'center' });
    doc.font(FONT.regular).fontSize(8.5).fillColor(MUTED);
    doc.text(`Kode wilayah ${region.id}`, LEFT, doc.y + 3, { width: WIDTH, align: 'center' });
    this.y = Math.max(doc.y, region.logo ? top + logoSize - 2 : 0) + 5;
    this.rule(this.y, 2.2);
    this.rule(this.y + 3.2, 0.6);
    this.y += 16;
  }

  /** Goes on at the top of a new page (a report's next chapter). */
  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** The document's name in capitals, its abbreviation and number beneath. */
  title(title: string, lines: string[] = []): void {
    const { doc } = this;
    doc.fillColor(INK).font(FONT.bold).fontSize(13.5);
    doc.text(title, LEFT, this.y, { width: WIDTH, align: 'center' });
    doc.font(FONT.regular).fontSize(10);
    for (const line of lines) doc.text(line, LEFT, doc.y + 2, { width: WIDTH, align: 'center' });
    this.y = doc.y + 14;
  }

  /** A heading over a group of rows, on the page of at least `keep` points of what follows it. */
  section(heading: string, keep = 24): void {
    this.room(16 + keep);
    const { doc } = this;
    doc.fillColor(INK).font(FONT.bold).fontSize(9.5).text(heading.toUpperCase(), LEFT, this.y);
    this.y = doc.y + 2;
    this.rule(this.y, 0.5, RULE);
    this.y += 6;
  }

  /** Label–value rows: `NPWPD        : P.3573.0000001.02`. */
  fields(rows: Field[]): void {
    const { doc } = this;
    const labelWidth = 150;
    const valueX = LEFT + labelWidth + 12;
    const valueWidth = WIDTH - labelWidth - 12;
    for (const row of rows) {
      doc.fontSize(10);
      const height = Math.max(
        doc.font(FONT.regular).heightOfString(row.label, { width: labelWidth }),
        doc.font(row.bold ? FONT.bold : FONT.regular).heightOfString(row.value || '-', { width: valueWidth }),
      );
      this.room(height + 4);
      doc.fillColor(MUTED).font(FONT.regular).text(row.label, LEFT, this.y, { width: labelWidth });
      doc.text(':', LEFT + labelWidth + 2, this.y);
      doc.fillColor(INK).font(row.bold ? FONT.bold : FONT.regular);
      doc.text(row.value || '-', valueX, this.y, { width: valueWidth });
      this.y += height + 4;
    }
    this.gap(8);
  }

  /** The amounts table, its total row shaded, and the total in words beneath. */
  amounts(rows: AmountRow[], total: { label: string; amount: number }): void {
    const { doc } = this;
    const numberWidth = 30;
    const amountWidth = 150;
    const labelWidth = WIDTH - numberWidth - amountWidth;
    const rowHeight = 19;
    const text = (value: string, x: number, width: number, align: 'left' | 'right' | 'center') =>
      doc.text(value, x + 6, this.y + 5.5, { width: width - 12, align, lineBreak: false });
    this.room(rowHeight * (rows.length + 2) + 40);

    doc.save().rect(LEFT, this.y, WIDTH, rowHeight).fill(SHADE).restore();
    doc.fillColor(INK).font(FONT.bold).fontSize(9.5);
    text('No', LEFT, numberWidth, 'center');
    text('Uraian', LEFT + numberWidth, labelWidth, 'left');
    text('Jumlah', LEFT + numberWidth + labelWidth, amountWidth, 'right');
    const top = this.y;
    this.y += rowHeight;

    doc.font(FONT.regular).fontSize(10);
    rows.forEach((row, i) => {
      this.rule(this.y, 0.4, RULE);
      text(String(i + 1), LEFT, numberWidth, 'center');
      text(row.label, LEFT + numberWidth, labelWidth, 'left');
      const amount = formatRupiah(row.amount);
      text(row.deduct ? `(${amount})` : amount, LEFT + numberWidth + labelWidth, amountWidth, 'right');
      this.y += rowHeight;
    });

    doc
      .save()
      .rect(LEFT, this.y, WIDTH, rowHeight + 2)
      .fill(SHADE)
      .restore();
    doc.fillColor(INK).font(FONT.bold).fontSize(10.5);
    this.y += 1;
    text(total.label, LEFT + numberWidth, labelWidth, 'left');
    text(formatRupiah(total.amount), LEFT + numberWidth + labelWidth, amountWidth, 'right');
    this.y += rowHeight + 1;
    doc
      .save()
      .rect(LEFT, top, WIDTH, this.y - top)
      .lineWidth(0.8)
      .strokeColor(INK)
      .stroke()
      .restore();

    this.y += 6;
    doc.font(FONT.italic).fontSize(9.5).fillColor(INK);
    doc.text(`Terbilang: ${capitalise(terbilangRupiah(total.amount))}`, LEFT, this.y, { width: WIDTH });
    this.y = doc.y + 14;
  }

  /** The kode bayar in large grouped digits in a framed box, with the amount to pay beside its deadline. */
  billingCode(grouped: string, caption: string): void {
    const { doc } = this;
    const height = 74;
    this.room(height + 10);
    doc.save().roundedRect(LEFT, this.y, WIDTH, height, 6).lineWidth(1.4).strokeColor(INK).stroke().restore();
    doc.fillColor(MUTED).font(FONT.bold).fontSize(9);
    doc.text('KODE BAYAR / KODE BILLING', LEFT, this.y + 9, { width: WIDTH, align: 'center' });
    doc.fillColor(INK).font(FONT.monoBold).fontSize(30);
    doc.text(grouped, LEFT, this.y + 23, { width: WIDTH, align: 'center', lineBreak: false });
    doc.fillColor(MUTED).font(FONT.regular).fontSize(8.5);
    doc.text(caption, LEFT, this.y + 57, { width: WIDTH, align: 'center' });
    this.y += height + 14;
  }

  /** A framed notice, e.g. the status of a paid bill or what happens after the due date. */
  notice(text: string, options: { strong?: boolean } = {}): void {
    const { doc } = this;
    doc.font(options.strong ? FONT.bold : FONT.regular).fontSize(9);
    const height = doc.heightOfString(text, { width: WIDTH - 16 }) + 12;
    this.room(height + 8);
    doc.save().rect(LEFT, this.y, WIDTH, height).lineWidth(0.6).strokeColor(RULE).stroke().restore();
    doc.fillColor(INK).text(text, LEFT + 8, this.y + 6, { width: WIDTH - 16 });
    this.y += height + 10;
  }

  /**
   * A row of framed boxes, each a key figure (a report's target, realisation, achievement, forecast): the label
   * small, the figure large in bold (smaller if it would not fit its box), a note beneath.
   */
  keyFigures(items: KeyFigure[]): void {
    const { doc } = this;
    const gap = 8;
    const pad = 7;
    const width = (WIDTH - gap * (items.length - 1)) / items.length;
    const inner = width - 2 * pad;
    const valueSize = Math.min(...items.map((item) => fitSize(doc, FONT.bold, item.value, inner, 12.5, 7.5)));
    const heightOf = (item: KeyFigure) =>
      doc.font(FONT.regular).fontSize(7.5).heightOfString(item.label, { width: inner }) +
      4 +
      doc.font(FONT.bold).fontSize(valueSize).heightOfString(item.value, { width: inner, lineBreak: false }) +
      (item.note ? 3 + doc.font(FONT.regular).fontSize(7).heightOfString(item.note, { width: inner }) : 0);
    const height = Math.max(...items.map(heightOf)) + 2 * pad;
    this.room(height + 10);
    items.forEach((item, i) => {
      const x = LEFT + i * (width + gap);
      doc.save().rect(x, this.y, width, height).fill('#f5f6f8').restore();
      doc.save().rect(x, this.y, 2.5, height).fill(INK).restore();
      doc.save().rect(x, this.y, width, height).lineWidth(0.5).strokeColor(RULE).stroke().restore();
      doc.fillColor(MUTED).font(FONT.regular).fontSize(7.5);
      doc.text(item.label, x + pad, this.y + pad, { width: inner });
      doc.fillColor(INK).font(FONT.bold).fontSize(valueSize);
      doc.text(item.value, x + pad, doc.y + 4, { width: inner, lineBreak: false });
      if (item.note) {
        doc.fillColor(MUTED).font(FONT.regular).fontSize(7);
        doc.text(item.note, x + pad, doc.y + 3, { width: inner });
      }
    });
    this.y += height + 12;
  }

  /**
   * A table across the page: a shaded header, rows ruled apart, total rows bold on shade, a frame. Figure columns
   * (`align: 'right'`) never wrap: each is made as wide as its widest figure, and the table's type is made smaller
   * (to 6 pt at least) until they fit beside the text columns at four fifths of their share, so a 13-digit amount is
   * never cut. Text columns and
   * headers wrap; width left over goes first to the text columns (up to their share), then to the figures. A table
   * longer than the page goes on over the next, its header repeated.
   */
  table(columns: TableColumn[], rows: TableRow[], options: { size?: number } = {}): void {
    const { doc } = this;
    const pad = 4;
    const shares = columns.reduce((s, c) => s + c.width, 0);
    const declared = columns.map((c) => (c.width / shares) * WIDTH);
    const right = (i: number) => columns[i]?.align === 'right';
    const longestWord = (text: string, font: string, size: number) =>
      Math.max(0, ...text.split(/\s+/).map((w) => doc.font(font).fontSize(size).widthOfString(w)));
    const needs = (size: number) =>
      columns.map(
        (c, i) =>
          2 * pad +
          Math.max(
            longestWord(c.header, FONT.bold, size),
            ...rows.map((row) =>
              right(i)
                ? doc
                    .font(row.total ? FONT.bold : FONT.regular)
                    .fontSize(size)
                    .widthOfString(row.cells[i] ?? '')
                : longestWord(row.cells[i] ?? '', row.total ? FONT.bold : FONT.regular, size),
            ),
            // A text column keeps most of its share, so that a name wraps into two lines, not five.
            right(i) ? 0 : 0.8 * (declared[i] as number) - 2 * pad,
          ),
      );
    let size = options.size ?? 8.5;
    let need = needs(size);
    while (size > 6 && need.reduce((s, w) => s + w, 0) > WIDTH) {
      size -= 0.25;
      need = needs(size);
    }
    const widths = [...need];
    let left = WIDTH - need.reduce((s, w) => s + w, 0);
    columns.forEach((_, i) => {
      if (right(i) || left <= 0) return;
      const grow = Math.min(left, Math.max(0, (declared[i] as number) - (widths[i] as number)));
      widths[i] = (widths[i] as number) + grow;
      left -= grow;
    });
    const figureShare = columns.reduce((s, c, i) => s + (right(i) ? c.width : 0), 0);
    columns.forEach((c, i) => {
      if (left > 0 && right(i) && figureShare > 0)
        widths[i] = (widths[i] as number) + (left * c.width) / figureShare;
    });

    const cellHeight = (cells: string[], font: string, wrapFigures: boolean) =>
      Math.max(
        ...cells.map((cell, i) =>
          right(i) && !wrapFigures
            ? doc.font(font).fontSize(size).currentLineHeight()
            : doc
                .font(font)
                .fontSize(size)
                .heightOfString(cell || ' ', { width: (widths[i] as number) - 2 * pad }),
        ),
      ) +
      2 * pad;
    const drawRow = (cells: string[], font: string, shade: boolean, height: number, header = false) => {
      if (shade) doc.save().rect(LEFT, this.y, WIDTH, height).fill(SHADE).restore();
      let x = LEFT;
      doc.fillColor(INK).font(font).fontSize(size);
      cells.forEach((cell, i) => {
        doc.text(cell, x + pad, this.y + pad, {
          width: (widths[i] as number) - 2 * pad,
          align: right(i) ? 'right' : 'left',
          lineBreak: header || !right(i),
        });
        x += widths[i] as number;
      });
      this.y += height;
    };
    const header = columns.map((c) => c.header);
    const headerHeight = cellHeight(header, FONT.bold, true);
    let top = this.y;
    const frame = () =>
      doc
        .save()
        .rect(LEFT, top, WIDTH, this.y - top)
        .lineWidth(0.8)
        .strokeColor(INK)
        .stroke()
        .restore();
    const startPage = (first: boolean) => {
      if (!first) {
        frame();
        doc.addPage();
        this.y = MARGIN.top;
      }
      top = this.y;
      drawRow(header, FONT.bold, true, headerHeight, true);
    };
    this.room(headerHeight + cellHeight(rows[0]?.cells ?? [''], FONT.regular, false) + 4);
    startPage(true);
    for (const row of rows) {
      const font = row.total ? FONT.bold : FONT.regular;
      const height = cellHeight(row.cells, font, false);
      if (this.y + height > BOTTOM - VERIFICATION_HEIGHT - 8) startPage(false);
      this.rule(this.y, 0.4, RULE);
      drawRow(row.cells, font, row.total === true, height);
    }
    frame();
    this.y += 10;
  }

  /**
   * A chart drawn from SVG as vectors (charts.ts renders it), its caption above, across the page's width at
   * `height` points (one SVG unit is one point). Every text of it is drawn with the embedded faces, bold where the SVG
   * says bold: whatever family the SVG names, no other font enters the document.
   */
  figure(caption: string, svg: string, height: number): void {
    const { doc } = this;
    doc.font(FONT.bold).fontSize(9.5);
    const captionHeight = doc.heightOfString(caption, { width: WIDTH });
    this.room(captionHeight + 4 + height + 8);
    doc.fillColor(INK).text(caption, LEFT, this.y, { width: WIDTH });
    this.y = doc.y + 4;
    SVGtoPDF(doc, svg, LEFT, this.y, {
      width: WIDTH,
      height,
      assumePt: true,
      fontCallback: (_family, bold) => (bold ? FONT.bold : FONT.regular),
      warningCallback: () => {},
    });
    doc.font(FONT.regular).fillColor(INK);
    this.y += height + 12;
  }

  /** The width a figure is drawn across (`figure`): the page's, between its margins. */
  static readonly width = WIDTH;

  /** Small text across the page, e.g. the legal basis. */
  paragraph(text: string): void {
    const { doc } = this;
    doc.font(FONT.regular).fontSize(8.5);
    this.room(doc.heightOfString(text, { width: WIDTH }) + 6);
    doc.fillColor(MUTED).text(text, LEFT, this.y, { width: WIDTH });
    this.y = doc.y + 8;
  }

  /**
   * A payment QR code with its label and what the payer should check beside it, and the string it encodes in
   * small type beneath, for a payer whose app takes pasted text or for a teller to compare. Kept to about a
   * quarter page so that a bill still fits on one.
   */
  paymentQr(label: string, payload: string, lines: string[]): void {
    const { doc } = this;
    const size = 100;
    // Framed and inset, so that it is not taken for the verification QR code at the foot of the page (issue 14).
    const pad = 10;
    const inner = WIDTH - 2 * pad;
    doc.font(FONT.mono).fontSize(6);
    this.room(size + doc.heightOfString(payload, { width: inner }) + 16 + 2 * pad);
    const frameTop = this.y;
    const top = this.y + pad;
    drawQr(doc, payload, LEFT + pad, top, size);
    const x = LEFT + pad + size + 18;
    const width = inner - size - 18;
    doc.fillColor(INK).font(FONT.bold).fontSize(12);
    doc.text(label, x, top + 2, { width });
    doc.font(FONT.regular).fontSize(9);
    for (const line of lines) doc.text(line, x, doc.y + 4, { width });
    this.y = Math.max(top + size, doc.y) + 4;
    doc
      .fillColor(MUTED)
      .font(FONT.mono)
      .fontSize(6)
      .text(payload, LEFT + pad, this.y, { width: inner });
    this.y = doc.y + pad;
    doc
      .save()
      .roundedRect(LEFT, frameTop, WIDTH, this.y - frameTop, 6)
      .lineWidth(1.4)
      .dash(4, { space: 3 })
      .strokeColor(INK)
      .stroke()
      .undash()
      .restore();
    this.y += 12;
  }

  /** Place and date, then the signing office, on the right; signed electronically (the QR code proves it). */
  signature(region: DocumentRegion, date: string, office: string[]): void {
    const { doc } = this;
    const x = LEFT + WIDTH / 2 + 20;
    const width = WIDTH / 2 - 20;
    this.room(90);
    doc.fillColor(INK).font(FONT.regular).fontSize(10);
    doc.text(`${region.shortName}, ${formatDate(date, 'id')}`, x, this.y, { width, align: 'center' });
    doc.font(FONT.bold);
    for (const line of office) doc.text(line, x, doc.y + 2, { width, align: 'center' });
    doc.font(FONT.italic).fontSize(8.5).fillColor(MUTED);
    doc.text('(ditandatangani secara elektronik)', x, doc.y + 22, { width, align: 'center' });
    this.y = doc.y + 12;
  }

  /**
   * Two parties' signatures side by side (a performance agreement: the OPD's head at the right, the leadership at the
   * left): each party's role, office and name, and the recorded electronic acceptance with its time, or that it
   * awaits one.
   */
  parties(
    place: string,
    parties: { role: string; office: string; name: string; signed: string | null }[],
  ): void {
    const { doc } = this;
    const width = WIDTH / 2 - 10;
    this.room(120);
    doc.fillColor(INK).font(FONT.regular).fontSize(10);
    doc.text(place, LEFT + WIDTH / 2 + 10, this.y, { width, align: 'center' });
    const top = doc.y + 6;
    let bottom = top;
    parties.forEach((p, i) => {
      const x = LEFT + i * (width + 20);
      doc.fillColor(INK).font(FONT.bold).fontSize(10);
      doc.text(p.role, x, top, { width, align: 'center' });
      doc.font(FONT.regular).text(p.office, x, doc.y + 2, { width, align: 'center' });
      doc
        .font(FONT.italic)
        .fontSize(8.5)
        .fillColor(p.signed ? INK : MUTED);
      doc.text(p.signed ?? '(belum ditandatangani)', x, doc.y + 10, { width, align: 'center' });
      doc.fillColor(INK).font(FONT.bold).fontSize(10);
      doc.text(p.name, x, doc.y + 10, { width, align: 'center', underline: true });
      bottom = Math.max(bottom, doc.y);
    });
    this.y = bottom + 14;
  }

  /** Large faint diagonal word over the page: LUNAS, DIBATALKAN, DIGANTIKAN. */
  stamp(word: string): void {
    const { doc } = this;
    doc.save();
    doc.rotate(-28, { origin: [A4.width / 2, A4.height / 2] });
    doc.fillColor('#c62828').fillOpacity(0.16).font(FONT.bold).fontSize(96);
    doc.text(word, 0, A4.height / 2 - 48, { width: A4.width, align: 'center', lineBreak: false });
    doc.restore();
  }

  /** The QR code of the verify page and its address in small type, at the foot of the last page. */
  verification(v: DocumentVerification, printedOn: string, system = 'sistem pajak daerah'): void {
    const { doc } = this;
    const size = 84;
    const top = BOTTOM - VERIFICATION_HEIGHT;
    this.rule(top, 0.5, RULE);
    drawQr(doc, v.url, LEFT, top + 10, size);
    const x = LEFT + size + 14;
    const width = WIDTH - size - 14;
    doc.fillColor(INK).font(FONT.bold).fontSize(9);
    doc.text('Verifikasi keaslian dokumen', x, top + 12, { width });
    doc.font(FONT.regular).fontSize(8.5).fillColor(INK);
    doc.text(
      'Pindai kode QR atau buka alamat di bawah untuk memastikan dokumen ini asli dan melihat statusnya saat ini ' +
        '(Scan the QR code or open the address below to check that this document is genuine and see its status).',
      x,
      doc.y + 3,
      { width },
    );
    doc
      .font(FONT.mono)
      .fontSize(7.5)
      .text(v.url, x, doc.y + 4, { width });
    doc
      .font(FONT.regular)
      .fontSize(8)
      .text(`Kode verifikasi: ${v.code}`, x, doc.y + 3, { width });
    doc.fillColor(MUTED).fontSize(7.5);
    doc.text(
      `Dokumen ini diterbitkan secara elektronik oleh ${system} dan dicetak pada ${formatDate(printedOn, 'id')}.`,
      x,
      doc.y + 3,
      { width },
    );
  }
}

/** The largest type size, from `max` down to `min` in half points, at which `text` fits on one line of `width`. */
function fitSize(
  doc: PDFKit.PDFDocument,
  font: string,
  text: string,
  width: number,
  max: number,
  min: number,
): number {
  let size = max;
  while (size > min && doc.font(font).fontSize(size).widthOfString(text) > width) size -= 0.5;
  return size;
}

/** Draws a QR code as vector squares, one rectangle per run of dark modules: sharp at any zoom or printer. */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  doc.save().fillColor(INK);
  for (let row = 0; row < modules.size; row++) {
    let start = -1;
    for (let col = 0; col <= modules.size; col++) {
      const dark = col < modules.size && modules.get(row, col);
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        doc.rect(x + start * cell, y + row * cell, (col - start) * cell, cell);
        start = -1;
      }
    }
  }
  doc.fill();
  doc.restore();
}

export interface PdfMeta {
  title: string;
  subject: string;
  /** Searchable words of the document info dictionary, e.g. the kode bayar. */
  keywords: string;
  /** The day it is printed; also the PDF's creation date, so that the same data gives the same bytes. */
  printedOn: string;
  /** The office of its letterhead and author, when not Bapenda (a performance agreement: the OPD). */
  agency?: string;
  /** The system its verification block says issued it; the regional tax system unless said. */
  system?: string;
}

/**
 * A document of more than one page (a report) names itself and numbers its pages at the foot of each, beneath the
 * margin: a page that comes loose from the rest still says what it belongs to. A one-page document is left as it is.
 */
function numberPages(doc: PDFKit.PDFDocument, title: string): void {
  const { start, count } = doc.bufferedPageRange();
  if (count < 2) return;
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i);
    const y = A4.height - MARGIN.bottom + 12;
    doc.fillColor(MUTED).font(FONT.regular).fontSize(7.5);
    doc.text(title, LEFT, y, { width: WIDTH * 0.75, lineBreak: false });
    doc.text(`Halaman ${i + 1} dari ${count}`, LEFT + WIDTH * 0.75, y, {
      width: WIDTH * 0.25,
      align: 'right',
      lineBreak: false,
    });
  }
}

/** Renders one A4 document: letterhead first, verification block last, `draw` between. */
export function renderPdf(
  meta: PdfMeta,
  base: DocumentBase,
  draw: (sheet: Sheet) => void,
): Promise<Uint8Array> {
  const doc = newPdfDocument({
    size: 'A4',
    margins: { top: MARGIN.top, bottom: 0, left: MARGIN.side, right: MARGIN.side },
    pdfVersion: '1.4',
    // Pages are kept until the end, so that a document of several pages can number them once it knows how many.
    bufferPages: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Keywords: meta.keywords,
      Author: `${governmentOf(base.region.name)} - ${meta.agency ?? AGENCY}`,
      Creator: 'Balai',
      CreationDate: new Date(`${meta.printedOn}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  const sheet = new Sheet(doc);
  sheet.letterhead(base.region, meta.agency);
  draw(sheet);
  sheet.verification(base.verification, base.printedOn, meta.system);
  numberPages(doc, meta.title);
  doc.end();
  return done;
}
