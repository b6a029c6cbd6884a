import { type DocumentBase, drawQr, governmentOf, renderPdf } from '../../documents/layout';
import { formatDate } from '../../platform/human-format';

/**
 * The NPWPD card (kartu NPWPD) a taxpayer prints and keeps at the counter of their business: the number Bapenda gave
 * them on verifying their registration, their name and their objects. Names and numbers only: no NIK, NPWP, address,
 * phone or e-mail.
 */
export interface NpwpdCardDocument extends DocumentBase {
  taxpayerId: number;
  name: string;
  npwpd: string;
  /** Verified (the card stands) or not any more. */
  status: 'pending' | 'verified' | 'rejected';
  /** The region's calendar day the registration was verified. */
  registeredOn: string | null;
  objects: { name: string; taxType: string }[];
}

/** The card at bank-card proportions on the top of an A4 page, to cut out; beneath it, the objects it covers. */
export function renderNpwpdCardPdf(card: NpwpdCardDocument): Promise<Uint8Array> {
  return renderPdf(
    {
      title: `Kartu NPWPD ${card.npwpd}`,
      subject: `Kartu NPWPD - ${card.name}`,
      keywords: `NPWPD ${card.npwpd} ${card.verification.code}`,
      printedOn: card.printedOn,
    },
    card,
    (sheet) => {
      const { doc } = sheet;
      // ISO/IEC 7810 ID-1 (85.6 × 54 mm) at 1.5×: 242.6 × 153 points.
      const width = 242.6 * 1.5;
      const height = 153 * 1.5;
      const left = (doc.page.width - width) / 2;
      const top = sheet.y;
      doc.save().roundedRect(left, top, width, height, 10).lineWidth(1.2).strokeColor('#000000').stroke();
      doc.restore();
      const pad = 14;
      // The region's logo heads the card too, so that a card cut out of the page still says whose it is.
      const logo = 30;
      const logoRoom = card.region.logo ? logo + 8 : 0;
      if (card.region.logo) {
        doc.image(Buffer.from(card.region.logo), left + pad, top + pad - 3, {
          fit: [logo, logo],
          align: 'center',
          valign: 'center',
        });
      }
      doc.fillColor('#000000').font('Helvetica-Bold').fontSize(9);
      doc.text(governmentOf(card.region.name), left + pad + logoRoom, top + pad, {
        width: width - 2 * pad - logoRoom,
      });
      doc
        .font('Helvetica')
        .fontSize(8)
        .text('BADAN PENDAPATAN DAERAH', { width: width - 2 * pad - logoRoom });
      doc
        .font('Helvetica-Bold')
        .fontSize(14)
        .text('KARTU NPWPD', left + pad, top + 50, { width: width - 2 * pad });
      doc
        .font('Helvetica')
        .fontSize(7.5)
        .text('Nomor Pokok Wajib Pajak Daerah', { width: width - 2 * pad });
      doc
        .font('Courier-Bold')
        .fontSize(17)
        .text(card.npwpd, left + pad, top + 86, { width: width - 2 * pad });
      doc
        .font('Helvetica-Bold')
        .fontSize(11)
        .text(card.name, left + pad, top + 116, { width: width - 110 });
      if (card.registeredOn) {
        doc
          .font('Helvetica')
          .fontSize(8)
          .text(`Terdaftar sejak ${formatDate(card.registeredOn, 'id')}`, left + pad, doc.y + 4, {
            width: width - 110,
          });
      }
      // The card carries its own verification code, so that a cut-out card can be checked without the page.
      const qr = 78;
      drawQr(doc, card.verification.url, left + width - pad - qr, top + height - pad - qr, qr);
      doc
        .font('Helvetica')
        .fontSize(6)
        .text('Pindai untuk verifikasi', left + width - pad - qr - 4, top + height - pad - qr - 10, {
          width: qr + 8,
          align: 'center',
        });
      sheet.y = top + height + 18;
      sheet.paragraph(
        'Gunting kartu di atas mengikuti garisnya. Cantumkan NPWPD pada setiap SPTPD dan pembayaran pajak daerah. ' +
          'Keaslian kartu dan status pendaftarannya dapat diperiksa dengan kode QR pada kartu atau di kaki halaman.',
      );
      sheet.section('Objek pajak terdaftar');
      sheet.fields(
        card.objects.length
          ? // The object's name in the narrow label column, its tax (often the longer) where there is room.
            card.objects.map((o) => ({ label: o.name, value: o.taxType }))
          : [{ label: 'Objek pajak', value: '-' }],
      );
    },
  );
}
