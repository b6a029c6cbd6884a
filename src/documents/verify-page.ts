import { createHash } from 'node:crypto';
import { formatDateTime } from '../platform/human-format';
import type { DocumentKind, PageRow, Text, Verdict, Verified } from './document-kind';
import { AGENCY, governmentOf } from './layout';

/**
 * The public verify page as one self-contained HTML string: no script, nothing from another site (the one image is
 * the region's logo, from this server's public, versioned address), readable on the phone that scanned the QR code. Indonesian first, English beneath. Every value from the database is escaped. The frame,
 * the verdict and the document's title and number are the same for every kind; the kind gives the lines between
 * (`KindVerification` in document-kind.ts) and, where it has more to say, its own verdict.
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
header img{display:block;margin:0 auto .4rem;width:64px;height:64px;object-fit:contain}
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

/** The policy of a document's page that shows its region's logo: the page's own, and images from this server. */
export const PAGE_WITH_LOGO_POLICY = `${PAGE_POLICY}; img-src 'self'`;

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

function row({ label, value }: PageRow): string {
  const shown = typeof value === 'string' ? escapeHtml(value) : both(value);
  return `<div><dt>${both(label)}</dt><dd>${shown}</dd></div>`;
}

function details(v: Verified, kind: DocumentKind): string {
  const rows: PageRow[] = [
    { label: { id: 'Dokumen', en: 'Document' }, value: v.title },
    { label: { id: 'Nomor', en: 'Number' }, value: v.reference },
    ...kind.verification.rows(v),
  ];
  return `<dl>${rows.map(row).join('')}</dl>`;
}

/** Where the kind says nothing of its own: current, or genuine but no longer current. */
function commonVerdict(v: Verified): Verdict {
  if (v.current) return { tone: 'ok', notes: [] };
  return {
    tone: 'warn',
    notes: [
      {
        id: 'Dokumen ini asli tetapi sudah tidak berlaku. Jangan melakukan pembayaran berdasarkan dokumen ini.',
        en: 'This document is genuine but no longer current. Do not pay on the strength of it.',
      },
    ],
  };
}

function state(v: Verified, kind: DocumentKind): string {
  const status = `<p>Status: <strong>${both(v.statusText)}</strong></p>`;
  const { tone, amount, notes } = kind.verification.verdict?.(v) ?? commonVerdict(v);
  const large = amount === undefined ? '' : `\n<p class="amount">${escapeHtml(amount)}</p>\n`;
  return `<section class="verdict ${tone}">${status}${large}${notes.map((n) => `<p>${both(n)}</p>`).join('')}</section>`;
}

/**
 * The page for a genuine document of a kind, under its region's letterhead: the logo (at `logoUrl`, the region's
 * public versioned address, when it has one), the government and the agency, as the printed document's kop surat.
 */
export function renderVerifyPage(v: Verified, kind: DocumentKind, logoUrl: string | null = null): string {
  const title = `Verifikasi ${kind.verification.shortTitle?.(v) ?? v.title} - ${v.region.name}`;
  const logo = logoUrl
    ? `<img src="${escapeHtml(logoUrl)}" alt="${escapeHtml(`Logo ${v.region.name}`)}" width="64" height="64">`
    : '';
  const body = `<div class="card">
<header>${logo}<p>${escapeHtml(governmentOf(v.region.name))}</p><p class="agency">${escapeHtml(AGENCY)}</p></header>
<h1>${both({ id: 'Verifikasi Dokumen', en: 'Document verification' })}</h1>
<section class="verdict ok"><strong>&#10003; ${both({
    id: 'Dokumen ASLI',
    en: 'GENUINE document',
  })}</strong><p>${both({
    id: 'Dokumen ini diterbitkan oleh sistem pajak daerah dan tercatat di dalamnya.',
    en: 'This document was issued by the regional tax system and is on its records.',
  })}</p></section>
${state(v, kind)}
${details(v, kind)}
</div>
<footer>${both({
    id: `Diperiksa pada ${formatDateTime(new Date(v.checkedAt), v.region.timeZone, 'id')}. Kode verifikasi ${v.code}.`,
    en: `Checked on ${formatDateTime(new Date(v.checkedAt), v.region.timeZone, 'en')}. Verification code ${v.code}.`,
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

// The form for a code typed by hand (issue 14: `/verify` without a code showed the sign-in page).

const FORM_STYLE = `
form{display:flex;flex-direction:column;gap:.6rem}
label{font-weight:600}
input{font:inherit;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:1.1rem;padding:.6rem .7rem;border:1px solid #9aa0a6;border-radius:8px;width:100%;text-transform:uppercase}
button{font:inherit;font-weight:700;padding:.65rem 1rem;border:0;border-radius:8px;background:#0b5cab;color:#fff;cursor:pointer}
.hint{color:#5f6b76;font-size:.9rem;margin:0}
`;

/** The form page's policy: the page's own policy, with its second style block and its form sent to this site. */
export const FORM_PAGE_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}' 'sha256-${createHash('sha256').update(FORM_STYLE).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * `/verify` without a code: a form to type the code printed under a document's QR code (for a reader without a
 * camera, or a document sent as a photo). It sends `GET /verify?code=…`, which leads to `/verify/<code>`. No script.
 */
export function renderVerifyFormPage(typed = ''): string {
  const body = `<div class="card">
<h1>${both({ id: 'Verifikasi Dokumen', en: 'Document verification' })}</h1>
<form method="get" action="/verify">
<label for="code">${both({ id: 'Kode verifikasi', en: 'Verification code' })}</label>
<input id="code" name="code" required autocomplete="off" autocapitalize="characters" spellcheck="false" placeholder="B3573-17-XXXXXXXXXXXXXXXX" value="${escapeHtml(typed)}">
<p class="hint">${both({
    id: 'Kode tercetak di bawah kode QR pada dokumen, setelah "Kode verifikasi".',
    en: 'The code is printed under the QR code on the document, after "Kode verifikasi".',
  })}</p>
<button type="submit">${both({ id: 'Periksa', en: 'Check' })}</button>
</form>
</div>`;
  return page('Verifikasi Dokumen / Document verification', body).replace(
    '</style>',
    `</style>\n<style>${FORM_STYLE}</style>`,
  );
}
