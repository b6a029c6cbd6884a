import { newPdfDocument } from '../../documents/fonts';
import { AGENCY, drawQr, governmentOf } from '../../documents/layout';
import { terbilangRupiah } from '../../documents/terbilang';
import {
  capitalise,
  formatDate,
  formatDateTime,
  formatMonth,
  formatRupiah,
} from '../../platform/human-format';
import { formatBillingCode } from '../../receivables';
import { SSPD_TITLE, SSPD_VALIDITY, type SspdDocument, sspdReversedNotice } from './sspd-pdf';

/**
 * The SSPD as a counter's 58 mm thermal printer prints it: one column 164 points wide (58 mm), no smaller than
 * 7 points so that it stays legible on thermal paper, the total large, and the verification QR code. The paper is
 * a roll, so the page is exactly as long as its content: the slip is drawn once to measure it and once to keep.
 */
export const THERMAL_58MM_WIDTH = 164.41;
const SIDE = 8;
const WIDTH = THERMAL_58MM_WIDTH - 2 * SIDE;
const TOP = 10;
const BOTTOM = 14;
const INK = '#000000';
const MUTED = '#333333';
const QR_SIZE = 118;
/** The region's logo above the letterhead's words, as on the A4 documents' kop surat but centred on the roll. */
const LOGO_SIZE = 36;

class Slip {
  y = TOP;
  constructor(readonly doc: PDFKit.PDFDocument) {}

  centred(text: string, font: string, size: number, color = INK): void {
    this.doc.font(font).fontSize(size).fillColor(color);
    this.doc.text(text, SIDE, this.y, { width: WIDTH, align: 'center' });
    this.y = this.doc.y + 1.5;
  }

  rule(dashed = false): void {
    const { doc } = this;
    this.y += 3;
    doc
      .save()
      .moveTo(SIDE, this.y)
      .lineTo(SIDE + WIDTH, this.y)
      .lineWidth(0.8)
      .strokeColor(INK);
    if (dashed) doc.dash(2.5, { space: 2 });
    doc.stroke().restore();
    this.y += 5;
  }

  /** A label over its value: a 58 mm line has no room for both side by side. */
  field(label: string, value: string, options: { bold?: boolean; mono?: boolean } = {}): void {
    const { doc } = this;
    doc.font('Helvetica').fontSize(7).fillColor(MUTED).text(label, SIDE, this.y, { width: WIDTH });
    const font = options.mono ? 'Courier-Bold' : options.bold ? 'Helvetica-Bold' : 'Helvetica';
    doc
      .font(font)
      .fontSize(options.mono ? 9.5 : 9)
      .fillColor(INK);
    doc.text(value || '-', SIDE, doc.y + 0.5, { width: WIDTH });
    this.y = doc.y + 3.5;
  }

  /** An amount on the right of its label, on one line. */
  amount(label: string, amount: number): void {
    const { doc } = this;
    doc.font('Helvetica').fontSize(8.5).fillColor(INK);
    doc.text(label, SIDE, this.y, { width: WIDTH * 0.45 });
    doc.text(formatRupiah(amount), SIDE + WIDTH * 0.4, this.y, { width: WIDTH * 0.6, align: 'right' });
    this.y = doc.y + 2.5;
  }

  paragraph(text: string, font = 'Helvetica', size = 7): void {
    this.doc.font(font).fontSize(size).fillColor(MUTED);
    this.doc.text(text, SIDE, this.y, { width: WIDTH });
    this.y = this.doc.y + 3;
  }

  /** Inverse print, the loudest a thermal printer gets: for a reversed payment. */
  banner(text: string): void {
    const { doc } = this;
    doc.save().rect(SIDE, this.y, WIDTH, 18).fill(INK).restore();
    doc.font('Helvetica-Bold').fontSize(11).fillColor('#ffffff');
    doc.text(text, SIDE, this.y + 4, { width: WIDTH, align: 'center', lineBreak: false });
    this.y += 22;
  }

  /** The region's logo (PNG or JPEG, src/platform/region-logo.ts), centred; nothing when it has none. */
  logo(image: Uint8Array | null | undefined): void {
    if (!image) return;
    this.doc.image(Buffer.from(image), SIDE + (WIDTH - LOGO_SIZE) / 2, this.y, {
      fit: [LOGO_SIZE, LOGO_SIZE],
      align: 'center',
      valign: 'center',
    });
    this.y += LOGO_SIZE + 3;
  }

  qr(url: string): void {
    drawQr(this.doc, url, SIDE + (WIDTH - QR_SIZE) / 2, this.y, QR_SIZE);
    this.y += QR_SIZE + 4;
  }
}

function draw(slip: Slip, sspd: SspdDocument): void {
  const tz = sspd.region.timeZone;
  slip.logo(sspd.region.logo);
  slip.centred(governmentOf(sspd.region.name), 'Helvetica-Bold', 8);
  slip.centred(AGENCY, 'Helvetica-Bold', 8.5);
  slip.rule();
  slip.centred('SSPD', 'Helvetica-Bold', 15);
  slip.centred(SSPD_TITLE, 'Helvetica', 7, MUTED);
  slip.y += 3;
  const reversed = sspdReversedNotice(sspd);
  if (reversed) {
    slip.banner('DIBATALKAN');
    slip.paragraph(reversed, 'Helvetica-Bold', 7.5);
  }
  slip.field('NTPD', sspd.ntpd, { mono: true });
  slip.field('Kode bayar', formatBillingCode(sspd.billingCode), { mono: true });
  slip.field('Wajib pajak', sspd.taxpayer.name, { bold: true });
  slip.field('NPWPD', sspd.taxpayer.npwpd ?? '-');
  if (sspd.object) slip.field('Objek pajak', sspd.object.name);
  slip.field('Jenis pajak', sspd.taxType.name);
  if (sspd.period) slip.field('Masa pajak', formatMonth(sspd.period, 'id'));
  slip.field('Dibayar melalui', sspd.bank.name);
  slip.field('Referensi bank', sspd.bankReference, { mono: true });
  slip.field('Waktu pembayaran', formatDateTime(new Date(sspd.paidAt), tz, 'id'));
  slip.rule(true);
  slip.amount('Pokok pajak', sspd.principal);
  slip.amount('Bunga', sspd.penalty);
  slip.rule();
  slip.paragraph('JUMLAH DIBAYAR', 'Helvetica-Bold', 8);
  slip.centred(formatRupiah(sspd.amount), 'Helvetica-Bold', 15);
  slip.paragraph(capitalise(terbilangRupiah(sspd.amount)), 'Helvetica-Oblique', 7);
  slip.rule(true);
  slip.qr(sspd.verification.url);
  slip.centred(sspd.verification.code, 'Courier-Bold', 7);
  slip.paragraph(SSPD_VALIDITY);
  slip.centred(`Dicetak ${formatDate(sspd.printedOn, 'id')}`, 'Helvetica', 7, MUTED);
}

function newDocument(sspd: SspdDocument, height: number): PDFKit.PDFDocument {
  return newPdfDocument({
    size: [THERMAL_58MM_WIDTH, height],
    margins: { top: TOP, bottom: 0, left: SIDE, right: SIDE },
    pdfVersion: '1.4',
    info: {
      Title: `SSPD NTPD ${sspd.ntpd}`,
      Subject: `SSPD ${sspd.taxType.name} - ${sspd.taxpayer.name}`,
      Keywords: `SSPD NTPD ${sspd.ntpd} kode bayar ${sspd.billingCode} ${sspd.verification.code}`,
      Author: `${governmentOf(sspd.region.name)} - ${AGENCY}`,
      Creator: 'Balai',
      CreationDate: new Date(`${sspd.printedOn}T00:00:00Z`),
    },
  });
}

export function renderSspd58mmPdf(sspd: SspdDocument): Promise<Uint8Array> {
  // Measured on a page longer than any slip; nothing of it is kept.
  const probe = new Slip(newDocument(sspd, 5_000));
  draw(probe, sspd);
  probe.doc.end();

  const doc = newDocument(sspd, Math.ceil(probe.y + BOTTOM));
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  draw(new Slip(doc), sspd);
  doc.end();
  return done;
}
