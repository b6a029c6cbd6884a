import { createHash } from 'node:crypto';
import {
  formatMasaPajak,
  formatPersen,
  formatRupiah,
  formatTanggal,
  formatWaktu,
} from '../../documents/indonesian-format';
import { AGENCY, governmentOf } from '../../documents/layout';
import { formatBillingCode } from '../../receivables';
import type { PaymentState, Text, VerifiedDocument } from './verify-document';

/**
 * The public verify page as one self-contained HTML string: no script, no external file, readable on the phone
 * that scanned the QR code. Indonesian first, English beneath. Every value from the database is escaped.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

const STYLE = `
*{box-sizing:border-box}
body{margin:0;background:#f1f3f5;color:#1b1f23;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
main{max-width:34rem;margin:0 auto;padding:1rem}
.card{background:#fff;border-radius:12px;box-shadow:0 1px 3px rgba(0,0,0,.12);padding:1rem 1.1rem;margin-bottom:1rem}
header{text-align:center;border-bottom:3px double #1b1f23;padding-bottom:.6rem;margin-bottom:1rem}
header p{margin:0;font-weight:700;letter-spacing:.02em}
header .agency{font-size:1.1rem}
h1{font-size:1.15rem;margin:0 0 .8rem;text-align:center}
.en{display:block;color:#5f6b76;font-size:.85em;font-weight:400}
.verdict{border-radius:10px;padding:.8rem 1rem;margin-bottom:.8rem}
.verdict strong{font-size:1.25rem}
.ok{background:#e6f4ea;border:1px solid #34a853}
.info{background:#e8f0fe;border:1px solid #4285f4}
.warn{background:#fff4e5;border:1px solid #f29900}
.bad{background:#fdecea;border:1px solid #d93025}
.amount{font-size:1.6rem;font-weight:700;margin:.2rem 0}
dl{margin:0}
dl div{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.2rem 1rem;padding:.45rem 0;border-top:1px solid #e3e6e8}
dt{color:#5f6b76;flex:1 1 7rem}
dd{margin:0;font-weight:600;flex:1 1 10rem;text-align:right;overflow-wrap:anywhere}
dt .en,dd .en{font-size:.8em}
footer{color:#5f6b76;font-size:.8rem;text-align:center;overflow-wrap:anywhere}
`;

/**
 * The page's Content-Security-Policy: it loads nothing and runs nothing, and its one style block is allowed by its
 * hash (not 'unsafe-inline'), so the page stays a single self-contained answer for the phone that scanned the QR.
 */
export const PAGE_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>${body}</main></body>
</html>
`;
}

const both = (t: Text) => `${escapeHtml(t.id)}<span class="en" lang="en">${escapeHtml(t.en)}</span>`;

function row(label: Text, value: string | Text): string {
  const shown = typeof value === 'string' ? escapeHtml(value) : both(value);
  return `<div><dt>${both(label)}</dt><dd>${shown}</dd></div>`;
}

function paymentRow(payment: PaymentState | null): string {
  if (!payment)
    return row({ id: 'Pembayaran', en: 'Payment' }, { id: 'Tidak ada tagihan', en: 'Nothing to pay' });
  return row(
    { id: 'Pembayaran', en: 'Payment' },
    {
      id: `${payment.statusText.id} (kode bayar ${formatBillingCode(payment.billingCode)})`,
      en: payment.statusText.en,
    },
  );
}

function details(v: VerifiedDocument): string {
  const rows = [
    row({ id: 'Dokumen', en: 'Document' }, v.title),
    row({ id: 'Nomor', en: 'Number' }, v.reference),
  ];
  if (v.kind !== 'deposit') {
    rows.push(
      row({ id: 'Wajib pajak', en: 'Taxpayer' }, v.taxpayer.name),
      row({ id: 'NPWPD', en: 'Regional taxpayer number' }, v.taxpayer.npwpd ?? '-'),
      row({ id: 'Objek pajak', en: 'Tax object' }, v.object?.name ?? '-'),
      row({ id: 'Jenis pajak', en: 'Tax' }, v.taxType),
      row({ id: 'Masa pajak', en: 'Tax period' }, v.period ? formatMasaPajak(v.period) : '-'),
    );
  }
  switch (v.kind) {
    case 'bill':
      rows.push(
        row({ id: 'Pokok pajak', en: 'Principal' }, formatRupiah(v.bill.principal)),
        row({ id: 'Jatuh tempo', en: 'Due date' }, formatTanggal(v.bill.dueDate)),
      );
      if (v.bill.settledOn) {
        rows.push(row({ id: 'Tanggal penyelesaian', en: 'Settled on' }, formatTanggal(v.bill.settledOn)));
      }
      break;
    case 'return':
      rows.push(
        row({ id: 'Dasar pengenaan pajak', en: 'Tax base' }, formatRupiah(v.return.gross)),
        row({ id: 'Tarif', en: 'Rate' }, formatPersen(v.return.ratePpm)),
        row({ id: 'Pajak terutang', en: 'Tax due' }, formatRupiah(v.return.tax)),
        row({ id: 'Jatuh tempo', en: 'Due date' }, formatTanggal(v.return.dueDate)),
        row(
          { id: 'Disampaikan', en: 'Submitted' },
          formatWaktu(new Date(v.return.submittedAt), v.region.timeZone),
        ),
        paymentRow(v.return.payment),
      );
      break;
    case 'assessment': {
      const a = v.assessment;
      rows.push(
        row({ id: 'Tanggal terbit', en: 'Issued on' }, formatTanggal(a.issueDate)),
        row({ id: 'Jatuh tempo', en: 'Due date' }, formatTanggal(a.dueDate)),
        row(
          a.kind === 'STPD'
            ? { id: 'Pokok pajak (dasar sanksi)', en: 'Tax the sanction is on' }
            : { id: 'Pokok pajak', en: 'Principal' },
          formatRupiah(a.principal),
        ),
      );
      if (a.credit > 0) rows.push(row({ id: 'Kredit pajak', en: 'Tax credit' }, formatRupiah(a.credit)));
      if (a.interest > 0) rows.push(row({ id: 'Sanksi bunga', en: 'Interest' }, formatRupiah(a.interest)));
      if (a.increase > 0) {
        const label =
          a.kind === 'STPD' ? { id: 'Sanksi denda', en: 'Fine' } : { id: 'Sanksi kenaikan', en: 'Increase' };
        rows.push(row(label, formatRupiah(a.increase)));
      }
      rows.push(
        row(
          a.kind === 'SKPDLB' ? { id: 'Lebih bayar', en: 'Overpaid' } : { id: 'Jumlah', en: 'Total' },
          formatRupiah(a.total),
        ),
        paymentRow(a.payment),
      );
      break;
    }
    case 'payment': {
      const p = v.payment;
      rows.push(
        row({ id: 'Kode bayar', en: 'Payment code' }, formatBillingCode(p.billingCode)),
        row({ id: 'Pokok pajak', en: 'Principal' }, formatRupiah(p.principal)),
        row({ id: 'Sanksi bunga', en: 'Interest' }, formatRupiah(p.penalty)),
        row({ id: 'Jumlah dibayar', en: 'Amount paid' }, formatRupiah(p.amount)),
        row({ id: 'Dibayar melalui', en: 'Paid through' }, p.bank),
        row({ id: 'Referensi bank', en: 'Bank reference' }, p.bankReference),
        row({ id: 'Waktu pembayaran', en: 'Paid at' }, formatWaktu(new Date(p.paidAt), v.region.timeZone)),
      );
      if (p.reversedAt) {
        rows.push(
          row(
            { id: 'Dibatalkan bank', en: 'Reversed by the bank' },
            formatWaktu(new Date(p.reversedAt), v.region.timeZone),
          ),
        );
      }
      if (p.depositNumber) rows.push(row({ id: 'Disetor dengan', en: 'Deposited with' }, p.depositNumber));
      break;
    }
    case 'deposit': {
      const d = v.deposit;
      rows.push(
        row({ id: 'Penerimaan melalui', en: 'Received through' }, d.bank),
        row({ id: 'Tanggal penerimaan', en: 'Received on' }, formatTanggal(d.day)),
        ...(d.followsNumber
          ? [row({ id: 'Susulan atas STS', en: 'Follow-up of STS' }, d.followsNumber)]
          : []),
        row({ id: 'Jumlah SSPD', en: 'Payments' }, String(d.paymentCount)),
        row({ id: 'Jumlah disetor', en: 'Amount deposited' }, formatRupiah(d.amount)),
        row(
          { id: 'Disetor pada', en: 'Deposited at' },
          formatWaktu(new Date(d.depositedAt), v.region.timeZone),
        ),
      );
      break;
    }
  }
  return `<dl>${rows.join('')}</dl>`;
}

function state(v: VerifiedDocument): string {
  const status = `<p>Status: <strong>${both(v.statusText)}</strong></p>`;
  if (v.kind === 'bill' && v.bill.amountDue) {
    const due = v.bill.amountDue;
    const interest =
      due.interest > 0
        ? `<p>Termasuk bunga ${escapeHtml(formatRupiah(due.interest))}<span class="en" lang="en">Including interest of ${escapeHtml(formatRupiah(due.interest))}</span></p>`
        : '';
    return `<section class="verdict info">${status}
<p class="amount">${escapeHtml(formatRupiah(due.total))}</p>
<p>${both({
      id: `Jumlah yang harus dibayar per ${formatTanggal(v.checkedOn)}, berlaku sampai dengan ${formatTanggal(due.validUntil)}.`,
      en: `Amount due as of ${v.checkedOn}, valid until ${due.validUntil}.`,
    })}</p>${interest}</section>`;
  }
  if (v.kind === 'payment' && !v.current) {
    return `<section class="verdict warn">${status}<p>${both({
      id: 'SSPD ini asli, tetapi pembayarannya telah dibatalkan oleh bank: SSPD ini bukan bukti pembayaran dan tagihannya belum lunas.',
      en: 'This SSPD is genuine, but the bank reversed the payment: it is no proof of payment and the bill is not paid.',
    })}</p></section>`;
  }
  if (!v.current) {
    return `<section class="verdict warn">${status}<p>${both({
      id: 'Dokumen ini asli tetapi sudah tidak berlaku. Jangan melakukan pembayaran berdasarkan dokumen ini.',
      en: 'This document is genuine but no longer current. Do not pay on the strength of it.',
    })}</p></section>`;
  }
  return `<section class="verdict ok">${status}</section>`;
}

/** The page for a genuine document. */
export function renderVerifyPage(v: VerifiedDocument): string {
  const title = `Verifikasi ${v.kind === 'assessment' ? v.assessment.kind : v.title} - ${v.region.name}`;
  const body = `<div class="card">
<header><p>${escapeHtml(governmentOf(v.region.name))}</p><p class="agency">${escapeHtml(AGENCY)}</p></header>
<h1>${both({ id: 'Verifikasi Dokumen', en: 'Document verification' })}</h1>
<section class="verdict ok"><strong>&#10003; ${both({
    id: 'Dokumen ASLI',
    en: 'GENUINE document',
  })}</strong><p>${both({
    id: 'Dokumen ini diterbitkan oleh sistem pajak daerah dan tercatat di dalamnya.',
    en: 'This document was issued by the regional tax system and is on its records.',
  })}</p></section>
${state(v)}
${details(v)}
</div>
<footer>${both({
    id: `Diperiksa pada ${formatWaktu(new Date(v.checkedAt), v.region.timeZone)}. Kode verifikasi ${v.code}.`,
    en: `Checked at ${v.checkedAt}. Verification code ${v.code}.`,
  })}</footer>`;
  return page(title, body);
}

/** The page for a code that names no document: mistyped, forged, or of a document that does not exist. */
export function renderUnknownDocumentPage(): string {
  const body = `<div class="card">
<h1>${both({ id: 'Verifikasi Dokumen', en: 'Document verification' })}</h1>
<section class="verdict bad"><strong>&#10007; ${both({
    id: 'Dokumen tidak dikenal',
    en: 'Unknown document',
  })}</strong><p>${both({
    id:
      'Kode verifikasi ini tidak cocok dengan dokumen mana pun. Periksa kembali kode yang Anda ketik atau pindai ulang ' +
      'kode QR. Jika kode sudah benar, dokumen tersebut tidak diterbitkan oleh sistem pajak daerah: jangan melakukan ' +
      'pembayaran berdasarkan dokumen itu dan hubungi Badan Pendapatan Daerah.',
    en:
      'This verification code matches no document. Check what you typed or scan the QR code again. If the code is ' +
      'right, the document was not issued by the regional tax system: do not pay on the strength of it, and contact ' +
      'the regional revenue agency.',
  })}</p></section>
</div>`;
  return page('Dokumen tidak dikenal / Unknown document', body);
}
