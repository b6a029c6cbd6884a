import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import {
  formatMasaPajak,
  formatPersen,
  formatRupiah,
  formatTanggal,
} from '../../documents/indonesian-format';
import type { DocumentKind } from '../../documents/verification';
import {
  dynamicQrisForBill,
  findQris,
  loadSspd,
  loadSts,
  type SspdDocument,
  type StsDocument,
  sspdFileName,
  stsFileName,
} from '../../payments';
import { localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import { titleCase } from '../../platform/regions';
import { amountDueOn, type BillLineKind, formatBillingCode, OUTSTANDING, regimeFor } from '../../receivables';
import { type PolicyVersion, taxPolicyOn } from '../policy';
import type { AssessmentDocument, AssessmentKind } from './assessment-pdf';
import type { BillDocument } from './bill-pdf';
import { type SptpdReceiptDocument, sptpdKind } from './sptpd-receipt-pdf';

/**
 * Reads what each document prints, for one region's row. Reads only: the caller has already decided that the
 * user may see the row (a download route checks access first; the public verify page checks the code's MAC).
 * Names, NPWPD, object names and amounts only: a document never prints NIK, NPWP, phone, e-mail or address.
 */

export type DocumentData =
  | { kind: 'bill'; document: BillDocument }
  | { kind: 'return'; document: SptpdReceiptDocument }
  | { kind: 'assessment'; document: AssessmentDocument }
  | { kind: 'payment'; document: SspdDocument }
  | { kind: 'deposit'; document: StsDocument };

export type DocumentOf<K extends DocumentKind> = Extract<DocumentData, { kind: K }>['document'];

/** The law every assessment rests on, before the tax's own articles and the region's Perda. */
const PP_KUP_DAERAH = 'PP 35/2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah';

async function policyOrNull(db: Sql, regionId: string, day: string): Promise<PolicyVersion | null> {
  try {
    return await taxPolicyOn(db, regionId, day);
  } catch (err) {
    if (err instanceof Problem && err.code === 'TAX_POLICY_MISSING') return null;
    throw err;
  }
}

function interestRule(policy: PolicyVersion | null, dueDate: string) {
  if (!policy) return null;
  const { ratePerMonthPpm, maxMonths } = regimeFor(policy.policy.interest, dueDate);
  return ratePerMonthPpm > 0 ? { ratePerMonthPpm, maxMonths } : null;
}

/** The kode bayar slip, with interest and total as of `today` (the region's calendar day). */
export async function loadBillDocument(
  db: Sql,
  regionId: string,
  id: number,
  today: string,
  baseUrl: string,
  secret: string,
): Promise<BillDocument> {
  const [row] = await db.query<{
    billingCode: string;
    status: BillDocument['status'];
    principal: number;
    dueDate: string;
    accruesInterest: boolean;
    interestBilledMonths: number;
    period: string | null;
    settledAt: Date | null;
    taxpayerName: string;
    npwpd: string | null;
    objectName: string | null;
    taxName: string;
    returnPeriod: string | null;
    returnRevision: number | null;
    assessmentKind: AssessmentKind | null;
    assessmentNumber: string | null;
    lines: { kind: BillLineKind; amount: number }[];
    provinceName: string;
    writeOffDecree: string | null;
    outstanding: number;
  }>(
    `SELECT b.billing_code AS "billingCode", b.status, b.principal, b.due_date AS "dueDate",
            (SELECT jsonb_agg(jsonb_build_object('kind', l.kind, 'amount', l.amount) ORDER BY l.line_no)
             FROM bill_line l WHERE l.region_id = b.region_id AND l.bill_id = b.id) AS lines,
            (SELECT p.name FROM province p WHERE p.code = left(b.region_id, 2)) AS "provinceName",
            w.decree_number AS "writeOffDecree",
            b.accrues_interest AS "accruesInterest", b.interest_billed_months AS "interestBilledMonths",
            b.period, b.settled_at AS "settledAt",
            t.name AS "taxpayerName", t.npwpd, o.name AS "objectName", tt.name_id AS "taxName",
            r.period AS "returnPeriod", r.revision AS "returnRevision",
            a.kind AS "assessmentKind", a.number AS "assessmentNumber",
            ${OUTSTANDING}
     FROM bill b
     JOIN taxpayer t ON t.region_id = b.region_id AND t.id = b.taxpayer_id
     JOIN tax_type tt ON tt.code = b.tax_code
     LEFT JOIN tax_object o ON o.region_id = b.region_id AND o.id = b.object_id
     LEFT JOIN tax_return r ON r.region_id = b.region_id AND r.id = b.return_id
     LEFT JOIN assessment a ON a.region_id = b.region_id AND a.id = b.assessment_id
     LEFT JOIN bill_write_off w ON w.region_id = b.region_id AND w.bill_id = b.id
     WHERE b.region_id = $1 AND b.id = $2`,
    [regionId, id],
  );
  if (!row) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const base = await documentBase(db, regionId, 'bill', id, today, baseUrl, secret);
  const policy = await taxPolicyOn(db, regionId, today);
  const open = row.status === 'open';
  // What is still owed on the principal is the bill's receivable in the ledger; interest runs on that.
  const outstanding = open ? Math.max(0, row.outstanding) : 0;
  // Months of interest an STPD has billed already are not charged again on this bill.
  const due = amountDueOn(policy.policy, { ...row, principal: outstanding }, today);
  const qris = open && due.total > 0 ? await findQris(db, regionId) : null;
  const source =
    row.assessmentKind && row.assessmentNumber
      ? `${row.assessmentKind} Nomor ${row.assessmentNumber}`
      : `SPTPD masa ${formatMasaPajak(row.returnPeriod ?? row.period ?? '-')} (${sptpdKind(row.returnRevision ?? 0)})`;
  return {
    ...base,
    billingCode: row.billingCode,
    status: row.status,
    settledOn: row.settledAt ? localDate(row.settledAt, base.region.timeZone) : null,
    taxpayer: { name: row.taxpayerName, npwpd: row.npwpd },
    object: row.objectName ? { name: row.objectName } : null,
    taxType: { name: row.taxName },
    period: row.period ?? row.returnPeriod,
    source,
    principal: row.principal,
    lines: row.lines,
    provinceName: titleCase(row.provinceName),
    writeOffDecree: row.writeOffDecree,
    paid: row.status === 'paid' ? row.principal : open ? Math.max(0, row.principal - outstanding) : 0,
    interest: {
      asOf: today,
      amount: open ? due.penalty : 0,
      months: open ? due.chargedMonths : 0,
      ratePerMonthPpm: due.ratePerMonthPpm,
    },
    total: open ? due.total : 0,
    dueDate: row.dueDate,
    validUntil: open ? due.validUntil : today,
    lateInterest: row.accruesInterest ? interestRule(policy, row.dueDate) : null,
    qris: qris && {
      payload: dynamicQrisForBill(qris.payload, { amount: due.total, billingCode: row.billingCode }),
      merchantName: qris.merchantName,
      nmid: qris.nmid,
    },
  };
}

/** The tanda terima of a filed SPTPD; a draft has none. */
export async function loadSptpdReceipt(
  db: Sql,
  regionId: string,
  id: number,
  today: string,
  baseUrl: string,
  secret: string,
): Promise<SptpdReceiptDocument> {
  const [row] = await db.query<{
    revision: number;
    status: SptpdReceiptDocument['status'];
    period: string;
    gross: number;
    ratePpm: number;
    tax: number;
    opsen: number;
    provinceName: string;
    dueDate: string;
    submittedAt: Date;
    taxpayerName: string;
    npwpd: string | null;
    objectName: string;
    taxName: string;
    billingCode: string | null;
  }>(
    `SELECT r.revision, r.status, r.period, r.gross, r.rate_ppm AS "ratePpm", r.tax, r.opsen,
            (SELECT p.name FROM province p WHERE p.code = left(r.region_id, 2)) AS "provinceName", r.due_date AS "dueDate",
            r.submitted_at AS "submittedAt", t.name AS "taxpayerName", t.npwpd, o.name AS "objectName",
            tt.name_id AS "taxName",
            (SELECT b.billing_code FROM bill b WHERE b.region_id = r.region_id AND b.return_id = r.id
             ORDER BY b.status = 'cancelled', b.id DESC LIMIT 1) AS "billingCode"
     FROM tax_return r
     JOIN taxpayer t ON t.region_id = r.region_id AND t.id = r.taxpayer_id
     JOIN tax_object o ON o.region_id = r.region_id AND o.id = r.object_id
     JOIN tax_type tt ON tt.code = r.tax_code
     WHERE r.region_id = $1 AND r.id = $2 AND r.status <> 'draft' AND r.submitted_at IS NOT NULL`,
    [regionId, id],
  );
  if (!row) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const base = await documentBase(db, regionId, 'return', id, today, baseUrl, secret);
  return {
    ...base,
    returnId: id,
    revision: row.revision,
    status: row.status,
    taxpayer: { name: row.taxpayerName, npwpd: row.npwpd },
    object: { name: row.objectName },
    taxType: { name: row.taxName },
    period: row.period,
    gross: row.gross,
    ratePpm: row.ratePpm,
    tax: row.tax,
    opsen: row.opsen,
    provinceName: titleCase(row.provinceName),
    dueDate: row.dueDate,
    submittedAt: row.submittedAt.toISOString(),
    billingCode: row.billingCode,
  };
}

/** An SKPD, SKPDKB, SKPDKBT, SKPDN, SKPDLB or STPD, with the kode bayar of its bill if it has one. */
export async function loadAssessmentDocument(
  db: Sql,
  regionId: string,
  id: number,
  today: string,
  baseUrl: string,
  secret: string,
): Promise<AssessmentDocument> {
  const [row] = await db.query<{
    kind: AssessmentKind;
    number: string;
    issueDate: string;
    dueDate: string;
    period: string | null;
    principal: number;
    interest: number;
    increase: number;
    credit: number;
    basis: Record<string, unknown> | null;
    taxpayerName: string;
    npwpd: string | null;
    objectName: string | null;
    taxName: string;
    taxLegalBasis: string;
    returnPeriod: string | null;
    returnRevision: number | null;
    billingCode: string | null;
    accruesInterest: boolean | null;
    provinceName: string;
  }>(
    `SELECT a.kind, a.number, a.issue_date AS "issueDate", a.due_date AS "dueDate", a.period, a.principal,
            a.interest, a.increase, a.credit, a.basis, t.name AS "taxpayerName", t.npwpd,
            o.name AS "objectName", tt.name_id AS "taxName", tt.legal_basis AS "taxLegalBasis",
            r.period AS "returnPeriod", r.revision AS "returnRevision",
            bill.billing_code AS "billingCode", bill.accrues_interest AS "accruesInterest",
            (SELECT p.name FROM province p WHERE p.code = left(a.region_id, 2)) AS "provinceName"
     FROM assessment a
     JOIN taxpayer t ON t.region_id = a.region_id AND t.id = a.taxpayer_id
     JOIN tax_type tt ON tt.code = a.tax_code
     LEFT JOIN tax_object o ON o.region_id = a.region_id AND o.id = a.object_id
     LEFT JOIN tax_return r ON r.region_id = a.region_id AND r.id = a.return_id
     LEFT JOIN LATERAL (
       SELECT b.billing_code, b.accrues_interest FROM bill b WHERE b.region_id = a.region_id AND b.assessment_id = a.id
       ORDER BY b.status = 'cancelled', b.id DESC LIMIT 1
     ) bill ON true
     WHERE a.region_id = $1 AND a.id = $2`,
    [regionId, id],
  );
  if (!row) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const base = await documentBase(db, regionId, 'assessment', id, today, baseUrl, secret);
  const policy = await policyOrNull(db, regionId, row.issueDate);
  const basis = row.basis ?? {};
  const ownBasis = typeof basis.legalBasis === 'string' ? basis.legalBasis : null;
  const legalBasis = [row.taxLegalBasis, PP_KUP_DAERAH, policy?.legalBasis, ownBasis]
    .filter(Boolean)
    .join('; ');
  return {
    ...base,
    kind: row.kind,
    number: row.number,
    issueDate: row.issueDate,
    dueDate: row.dueDate,
    taxpayer: { name: row.taxpayerName, npwpd: row.npwpd },
    object: row.objectName ? { name: row.objectName } : null,
    taxType: { name: row.taxName },
    period: row.period ?? row.returnPeriod,
    returnRef:
      row.returnPeriod === null
        ? null
        : `SPTPD masa ${formatMasaPajak(row.returnPeriod)} (${sptpdKind(row.returnRevision ?? 0)})`,
    principal: row.principal,
    // An SKPDKB(T) of MBLB keeps the opsen on its shortfall in its basis (assessments/assess-underpayment.ts).
    opsen: row.kind === 'SKPDKB' || row.kind === 'SKPDKBT' ? (num(basis.opsen) ?? 0) : 0,
    provinceName: titleCase(row.provinceName),
    interest: row.interest,
    increase: row.increase,
    credit: row.credit,
    explanation: explain(row.kind, basis),
    billingCode: row.billingCode,
    legalBasis,
    // An STPD's bill of interest accrues none: interest is not charged on interest.
    lateInterest: row.accruesInterest === false ? null : interestRule(policy, row.dueDate),
  };
}

const num = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);
const day = (v: unknown) => {
  const d = str(v);
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? formatTanggal(d) : null;
};

/**
 * One sentence on how an assessment's amounts were found, from what the issuing use case kept in `basis`
 * (tax/assessments/). Keys it does not know are left out rather than guessed at.
 */
export function explain(kind: AssessmentKind, basis: Record<string, unknown>): string | null {
  const parts: string[] = [];
  if (basis.reason === 'late_payment_interest') {
    const months = num(basis.months);
    const rate = num(basis.ratePerMonthPpm);
    const code = str(basis.billingCode);
    const due = day(basis.dueDate);
    if (months !== null && rate !== null)
      parts.push(`Bunga keterlambatan pembayaran ${months} bulan x ${formatPersen(rate)}`);
    if (code && /^\d{16}$/.test(code)) parts.push(`atas tagihan kode bayar ${formatBillingCode(code)}`);
    if (due) parts.push(`yang jatuh tempo ${due}`);
  } else if (basis.reason === 'late_filing') {
    const due = day(basis.dueDate);
    const filed = day(basis.filedOn);
    parts.push('Denda atas SPTPD yang disampaikan setelah jatuh tempo');
    if (due) parts.push(due);
    parts.push(filed ? `(disampaikan ${filed})` : '(belum disampaikan)');
  } else if (kind === 'SKPDKB' || kind === 'SKPDKBT') {
    const correctTax = num(basis.correctTax);
    const correctGross = num(basis.correctGross);
    const rate = num(basis.ratePpm);
    const assessed = num(basis.alreadyAssessed);
    const months = num(basis.interestMonths);
    const increase = num(basis.increasePpm);
    if (correctTax !== null) {
      parts.push(
        `Pajak yang seharusnya terutang ${formatRupiah(correctTax)}` +
          (correctGross !== null && rate !== null
            ? ` (dasar pengenaan ${formatRupiah(correctGross)} x ${formatPersen(rate)})`
            : ''),
      );
    }
    if (assessed !== null) parts.push(`dikurangi pajak yang telah ditetapkan ${formatRupiah(assessed)}`);
    if (months) parts.push(`; bunga ${months} bulan`);
    if (increase) parts.push(`; kenaikan ${formatPersen(increase)} dari pokok`);
  } else if (kind === 'SKPDLB') {
    const overpayment = num(basis.overpayment);
    if (overpayment !== null) {
      parts.push(
        `Pajak yang telah dibayar melebihi pajak menurut SPTPD yang berlaku sebesar ${formatRupiah(overpayment)}`,
      );
    }
  }
  const finding = str(basis.finding);
  const sentence = parts.join(' ').replace(/ ;/g, ';');
  const text = [sentence && `${sentence}.`, finding && `Hasil penelitian: ${finding}`]
    .filter(Boolean)
    .join(' ');
  return text || null;
}

/** Any document by kind: what a download route calls between its access check and the renderer. */
export async function loadDocumentData<K extends DocumentKind>(
  db: Sql,
  regionId: string,
  kind: K,
  id: number,
  today: string,
  baseUrl: string,
  secret: string,
): Promise<Extract<DocumentData, { kind: K }>> {
  const load = {
    bill: loadBillDocument,
    return: loadSptpdReceipt,
    assessment: loadAssessmentDocument,
    payment: loadSspd,
    deposit: loadSts,
  }[kind as DocumentKind];
  const document = await load(db, regionId, id, today, baseUrl, secret);
  return { kind, document } as Extract<DocumentData, { kind: K }>;
}

/**
 * The file name a download offers: `kode-bayar-3573012500000017.pdf`, `stpd-00001-STPD-2025.pdf`,
 * `sspd-357325031000000042.pdf`, `sts-000001-35-73-2025.pdf`, …
 */
export function documentFileName<K extends DocumentKind>(kind: K, document: DocumentOf<K>): string {
  const safe = (text: string) => text.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const data = { kind, document } as DocumentData;
  switch (data.kind) {
    case 'bill':
      return `kode-bayar-${data.document.billingCode}.pdf`;
    case 'return': {
      const { period, returnId, revision } = data.document;
      return `tanda-terima-sptpd-${period}-${returnId}${revision > 0 ? `-pembetulan-${revision}` : ''}.pdf`;
    }
    case 'assessment': {
      // Numbers usually carry their kind (`STPD/000001/35.73/2025`); one that does not is prefixed with it.
      const number = safe(data.document.number).toLowerCase();
      const kindName = data.document.kind.toLowerCase();
      return `${number.startsWith(`${kindName}-`) ? number : `${kindName}-${number}`}.pdf`;
    }
    case 'payment':
      return sspdFileName(data.document);
    case 'deposit':
      return stsFileName(data.document);
  }
}
