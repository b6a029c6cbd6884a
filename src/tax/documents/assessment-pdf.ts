import { type AmountRow, type DocumentBase, renderPdf } from '../../documents/layout';
import { formatDate, formatMonth, formatPercent, formatRupiah } from '../../platform/human-format';
import { formatBillingCode } from '../../receivables';

export const ASSESSMENT_KINDS = ['SKPD', 'SKPDKB', 'SKPDKBT', 'SKPDN', 'SKPDLB', 'STPD'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** The document's name as the Perda writes it at its head. */
export const ASSESSMENT_TITLE: Record<AssessmentKind, string> = {
  SKPD: 'SURAT KETETAPAN PAJAK DAERAH',
  SKPDKB: 'SURAT KETETAPAN PAJAK DAERAH KURANG BAYAR',
  SKPDKBT: 'SURAT KETETAPAN PAJAK DAERAH KURANG BAYAR TAMBAHAN',
  SKPDN: 'SURAT KETETAPAN PAJAK DAERAH NIHIL',
  SKPDLB: 'SURAT KETETAPAN PAJAK DAERAH LEBIH BAYAR',
  STPD: 'SURAT TAGIHAN PAJAK DAERAH',
};

/** An SKPD, SKPDKB, SKPDKBT, SKPDN, SKPDLB or STPD as printed. */
export interface AssessmentDocument extends DocumentBase {
  kind: AssessmentKind;
  number: string;
  issueDate: string;
  dueDate: string;
  taxpayer: { name: string; npwpd: string | null };
  object: { name: string } | null;
  taxType: { name: string };
  period: string | null;
  /** The SPTPD it follows from, e.g. `SPTPD masa Januari 2025 (Normal)`, if any. */
  returnRef: string | null;
  principal: number;
  /** For an SKPDKB(T) of MBLB: the province's opsen on the shortfall, payable with it (0 otherwise). */
  opsen: number;
  /** The province that takes an opsen, e.g. `Jawa Timur`. */
  provinceName: string;
  interest: number;
  increase: number;
  /** Kredit pajak: what was already paid or set off against the principal. */
  credit: number;
  /** How the amounts were found, in a sentence (the months and rate of interest, the corrected base), if known. */
  explanation: string | null;
  /** The kode bayar to pay it with; null when nothing is payable (SKPDN, SKPDLB). */
  billingCode: string | null;
  /** Dasar hukum, printed at the foot: the statute, the PP and the region's Perda. */
  legalBasis: string;
  lateInterest: { ratePerMonthPpm: number; maxMonths: number } | null;
}

export interface AssessmentAmounts {
  kind: AssessmentKind;
  principal: number;
  opsen?: number;
  provinceName?: string;
  interest: number;
  increase: number;
  credit: number;
}

/**
 * The calculation an assessment prints and its bottom line: what the taxpayer must pay, or for an SKPDLB what the
 * region owes back. Two kinds do not bill their principal (tax/assessments/assessment.ts): an STPD's principal is
 * the tax its sanction was computed on, billed already by its own bill; an SKPDN's is the tax the SPTPD declared,
 * confirmed and billed through the SPTPD, so it is set off in full and the result is nil.
 */
export function assessmentAmounts(a: AssessmentAmounts): {
  rows: AmountRow[];
  total: { label: string; amount: number };
} {
  const rows: AmountRow[] = [];
  if (a.kind === 'STPD') {
    if (a.interest > 0 || a.increase === 0) {
      rows.push({ label: 'Sanksi administratif berupa bunga', amount: a.interest });
    }
    if (a.increase > 0) rows.push({ label: 'Sanksi administratif berupa denda', amount: a.increase });
    if (a.credit > 0) rows.push({ label: 'Kredit pajak', amount: a.credit, deduct: true });
    return {
      rows,
      total: { label: 'Jumlah yang harus dibayar', amount: a.interest + a.increase - a.credit },
    };
  }
  const shortfall = a.kind === 'SKPDKB' || a.kind === 'SKPDKBT';
  rows.push({
    label: shortfall ? 'Pokok pajak yang kurang dibayar' : 'Pajak yang terutang',
    amount: a.principal,
  });
  const opsen = a.opsen ?? 0;
  if (opsen > 0) {
    rows.push({
      label: `Opsen Pajak MBLB${a.provinceName ? ` Provinsi ${a.provinceName}` : ''} yang kurang dibayar`,
      amount: opsen,
    });
  }
  const credit = a.kind === 'SKPDN' && a.credit === 0 ? a.principal : a.credit;
  if (credit > 0 || a.kind === 'SKPDLB') {
    rows.push({
      label:
        a.kind === 'SKPDN' && a.credit === 0
          ? 'Kredit pajak (pajak menurut SPTPD)'
          : 'Kredit pajak (pajak yang telah dibayar)',
      amount: credit,
      deduct: true,
    });
  }
  if (a.interest > 0) rows.push({ label: 'Sanksi administratif berupa bunga', amount: a.interest });
  if (a.increase > 0) rows.push({ label: 'Sanksi administratif berupa kenaikan', amount: a.increase });
  const balance = a.principal + opsen + a.interest + a.increase - credit;
  if (a.kind === 'SKPDLB')
    return { rows, total: { label: 'Jumlah kelebihan pembayaran pajak', amount: -balance } };
  if (a.kind === 'SKPDN')
    return { rows, total: { label: 'Jumlah yang masih harus dibayar (nihil)', amount: balance } };
  return { rows, total: { label: 'Jumlah yang harus dibayar', amount: balance } };
}

/** One renderer for the whole SKPD family and the STPD: they differ in title, rows and bottom line. */
export function renderAssessmentPdf(a: AssessmentDocument): Promise<Uint8Array> {
  const { rows, total } = assessmentAmounts(a);
  const payable = a.kind !== 'SKPDN' && a.kind !== 'SKPDLB';
  return renderPdf(
    {
      title: `${a.kind} ${a.number}`,
      subject: `${ASSESSMENT_TITLE[a.kind]} - ${a.taxpayer.name}`,
      keywords: `${a.kind} ${a.number} ${a.billingCode ?? ''} ${a.verification.code}`,
      printedOn: a.printedOn,
    },
    a,
    (sheet) => {
      sheet.title(ASSESSMENT_TITLE[a.kind], [`(${a.kind})`, `Nomor: ${a.number}`]);
      sheet.section('Wajib pajak dan objek pajak');
      sheet.fields([
        { label: 'Nama wajib pajak', value: a.taxpayer.name, bold: true },
        { label: 'NPWPD', value: a.taxpayer.npwpd ?? '-' },
        { label: 'Objek pajak', value: a.object?.name ?? '-' },
        { label: 'Jenis pajak', value: a.taxType.name },
        { label: 'Masa pajak', value: a.period ? formatMonth(a.period, 'id') : '-' },
        ...(a.returnRef ? [{ label: 'Berdasarkan', value: a.returnRef }] : []),
        ...(a.kind === 'STPD' && a.principal > 0
          ? [{ label: 'Pokok pajak (dasar sanksi)', value: formatRupiah(a.principal) }]
          : []),
        { label: 'Tanggal terbit', value: formatDate(a.issueDate, 'id') },
        ...(payable ? [{ label: 'Jatuh tempo', value: formatDate(a.dueDate, 'id'), bold: true }] : []),
        ...(a.billingCode
          ? [{ label: 'Kode bayar', value: formatBillingCode(a.billingCode), bold: true }]
          : []),
      ]);
      sheet.section('Perhitungan');
      sheet.amounts(rows, total);
      if (a.explanation) sheet.paragraph(a.explanation);
      if (payable && a.lateInterest) {
        sheet.notice(
          `Apabila jumlah yang harus dibayar tidak dilunasi sampai dengan ${formatDate(a.dueDate, 'id')}, dikenakan ` +
            `sanksi administratif berupa bunga ${formatPercent(a.lateInterest.ratePerMonthPpm, 'id')} per bulan untuk ` +
            `setiap bulan atau bagian bulan keterlambatan, paling lama ${a.lateInterest.maxMonths} bulan, ` +
            'dan ditagih dengan STPD.',
        );
      } else if (a.kind === 'SKPDLB') {
        sheet.notice(
          'Kelebihan pembayaran dikembalikan atau diperhitungkan dengan utang pajak lainnya atas permohonan ' +
            'wajib pajak.',
        );
      }
      sheet.paragraph(`Dasar hukum: ${a.legalBasis}`);
      sheet.signature(a.region, a.issueDate, ['a.n. KEPALA BADAN PENDAPATAN DAERAH']);
    },
  );
}
