import { type AmountRow, type DocumentBase, type Field, renderPdf } from '../../documents/layout';
import { localDate } from '../../platform/clock';
import { formatDate, formatDateTime } from '../../platform/human-format';
import type { RkudAccount } from '../rkud/rkud-account';

/** The STS as printed: which receipts, of which bank and day, went to the treasury account, by tax. */
export interface StsDocument extends DocumentBase {
  depositId: number;
  number: string;
  /** The day the receipts were taken by the bank. */
  day: string;
  /** ISO 8601 instant of the deposit. */
  depositedAt: string;
  bank: { name: string };
  /** The treasury account the money went to, as the region had it set on the day of the deposit; null if unset. */
  rkud: (RkudAccount & { exampleOnly: boolean }) | null;
  /** The treasurer who made the deposit, by name. */
  treasurer: string | null;
  amount: number;
  paymentCount: number;
  /** For a follow-up STS (STS susulan): the day's first STS, which did not carry these receipts. */
  follows: { number: string; depositedAt: string } | null;
  /** Per tax: its principal and the interest (sanksi administratif) paid with it. */
  rows: { taxName: string; principal: number; penalty: number }[];
}

const STS_TITLE = 'SURAT TANDA SETORAN';

/**
 * The RKUD account's rows. An STS made while the region had no account set still prints, and says so rather than
 * leaving a blank a reader might take for an omission of the treasurer's. The demo's invented account is marked as
 * an example, so that a printed demo STS is never taken for a real one.
 */
function rkudFields(rkud: StsDocument['rkud']): Field[] {
  if (!rkud) {
    return [{ label: 'Nomor rekening RKUD', value: 'Belum ditetapkan (belum diisi administrator daerah)' }];
  }
  return [
    { label: 'Bank RKUD', value: rkud.bankName },
    {
      label: 'Nomor rekening RKUD',
      value: rkud.exampleOnly ? `${rkud.accountNumber} (nilai contoh)` : rkud.accountNumber,
      bold: true,
    },
    { label: 'Atas nama', value: rkud.accountName },
  ];
}

/**
 * The STS on an A4 page: the deposit to the RKUD, its source, and the amounts by tax and sanction. A follow-up STS
 * (STS susulan) says so under its title and names the day's first STS, which did not carry these receipts.
 */
export function renderStsPdf(sts: StsDocument): Promise<Uint8Array> {
  const depositedOn = localDate(new Date(sts.depositedAt), sts.region.timeZone);
  return renderPdf(
    {
      title: `STS ${sts.number}`,
      subject: `Surat Tanda Setoran ${sts.bank.name} ${formatDate(sts.day, 'id')}`,
      keywords: `STS ${sts.number} ${sts.verification.code}`,
      printedOn: sts.printedOn,
    },
    sts,
    (sheet) => {
      const follows = sts.follows;
      sheet.title(STS_TITLE, [follows ? '(STS SUSULAN)' : '(STS)', `Nomor: ${sts.number}`]);
      sheet.paragraph(
        `Bendahara Penerimaan telah menyetor ke Rekening Kas Umum Daerah (RKUD) ${sts.region.name} penerimaan pajak ` +
          `daerah yang diterima melalui ${sts.bank.name} pada ${formatDate(sts.day, 'id')}, setelah dicocokkan dengan ` +
          'rekening koran bank, dengan rincian sebagai berikut.' +
          (follows
            ? ` Setoran ini adalah setoran susulan atas STS ${follows.number}: penerimaan tanggal tersebut yang ` +
              'belum termasuk dalam STS itu.'
            : ''),
      );
      sheet.fields([
        { label: 'Nomor STS', value: sts.number, bold: true },
        ...(follows
          ? [
              {
                label: 'Susulan atas STS',
                value: `${follows.number} (${formatDateTime(new Date(follows.depositedAt), sts.region.timeZone, 'id')})`,
              },
            ]
          : []),
        {
          label: 'Tanggal setor',
          value: formatDateTime(new Date(sts.depositedAt), sts.region.timeZone, 'id'),
        },
        { label: 'Disetor ke', value: `Rekening Kas Umum Daerah ${sts.region.name}` },
        ...rkudFields(sts.rkud),
        { label: 'Penerimaan melalui', value: sts.bank.name },
        { label: 'Tanggal penerimaan', value: formatDate(sts.day, 'id') },
        { label: 'Jumlah SSPD', value: `${sts.paymentCount} pembayaran` },
      ]);
      const rows: AmountRow[] = [];
      for (const r of sts.rows) {
        rows.push({ label: `Pokok ${r.taxName}`, amount: r.principal });
        if (r.penalty > 0) rows.push({ label: `Sanksi administratif ${r.taxName}`, amount: r.penalty });
      }
      sheet.amounts(rows, { label: 'Jumlah disetor', amount: sts.amount });
      sheet.signature(sts.region, depositedOn, [
        'BENDAHARA PENERIMAAN',
        ...(sts.treasurer ? [sts.treasurer] : []),
      ]);
    },
  );
}
