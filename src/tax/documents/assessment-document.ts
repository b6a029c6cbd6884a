import { z } from 'zod';
import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentKind, PageRow } from '../../documents/document-kind';
import { formatDate, formatMonth, formatPercent, formatRupiah } from '../../platform/human-format';
import { Problem } from '../../platform/problem';
import { titleCase } from '../../platform/regions';
import { formatBillingCode } from '../../receivables';
import { type PolicyVersion, taxPolicyOn } from '../policy';
import {
  ASSESSMENT_KINDS,
  ASSESSMENT_TITLE,
  type AssessmentDocument,
  type AssessmentKind,
  assessmentAmounts,
  renderAssessmentPdf,
} from './assessment-pdf';
import { lateInterestRule } from './late-interest-rule';
import { sptpdKind } from './sptpd-receipt-pdf';
import {
  PAYMENT_STATE,
  paymentOf,
  paymentRow,
  TAXPAYER_ABOUT,
  type TaxpayerAbout,
  taxpayerAbout,
  taxpayerRows,
} from './taxpayer-answer';

/** What the verify answer says of an assessment besides its taxpayer. */
const ASSESSMENT_DETAILS = z.object({
  kind: z.enum(ASSESSMENT_KINDS),
  issueDate: z.string(),
  dueDate: z.string(),
  principal: z.number(),
  interest: z.number(),
  increase: z.number(),
  credit: z.number(),
  /** The bottom line as printed: payable, nil, or for an SKPDLB the overpayment. */
  total: z.number(),
  payment: PAYMENT_STATE,
});

type AssessmentAnswer = TaxpayerAbout & { assessment: z.infer<typeof ASSESSMENT_DETAILS> };

/**
 * An SKPD, SKPDKB, SKPDKBT, SKPDN, SKPDLB or STPD (kind `assessment`, codes beginning with A). It stands unless the
 * bill that collects it was cancelled.
 */
export const ASSESSMENT_DOCUMENT: DocumentKind<AssessmentDocument, AssessmentAnswer> = {
  name: 'assessment',
  letter: 'A',
  load: loadAssessmentDocument,
  render: renderAssessmentPdf,
  fileName(a) {
    // Numbers usually carry their kind (`STPD/000001/35.73/2025`); one that does not is prefixed with it.
    const number = a.number
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    const kindName = a.kind.toLowerCase();
    return `${number.startsWith(`${kindName}-`) ? number : `${kindName}-${number}`}.pdf`;
  },
  verification: {
    current: 'an assessment whose bill was not cancelled',
    about: TAXPAYER_ABOUT,
    details: ASSESSMENT_DETAILS,
    async answer(a, { db, regionId, id }) {
      const payment = await paymentOf(db, regionId, 'assessment_id', id);
      return {
        current: payment?.status !== 'cancelled',
        title: ASSESSMENT_TITLE[a.kind],
        reference: a.number,
        status: 'issued',
        statusText: payment
          ? {
              id: `Telah diterbitkan, ${payment.statusText.id.toLowerCase()}`,
              en: `Issued, ${payment.statusText.en.toLowerCase()}`,
            }
          : { id: 'Telah diterbitkan', en: 'Issued' },
        ...taxpayerAbout(a),
        assessment: {
          kind: a.kind,
          issueDate: a.issueDate,
          dueDate: a.dueDate,
          principal: a.principal,
          interest: a.interest,
          increase: a.increase,
          credit: a.credit,
          total: assessmentAmounts(a).total.amount,
          payment,
        },
      };
    },
    rows(v) {
      const a = v.assessment;
      const rows: PageRow[] = [
        ...taxpayerRows(v),
        { label: { id: 'Tanggal terbit', en: 'Issued on' }, value: formatDate(a.issueDate, 'id') },
        { label: { id: 'Jatuh tempo', en: 'Due date' }, value: formatDate(a.dueDate, 'id') },
        {
          label:
            a.kind === 'STPD'
              ? { id: 'Pokok pajak (dasar sanksi)', en: 'Tax the sanction is on' }
              : { id: 'Pokok pajak', en: 'Principal' },
          value: formatRupiah(a.principal),
        },
      ];
      if (a.credit > 0)
        rows.push({ label: { id: 'Kredit pajak', en: 'Tax credit' }, value: formatRupiah(a.credit) });
      if (a.interest > 0)
        rows.push({ label: { id: 'Sanksi bunga', en: 'Interest' }, value: formatRupiah(a.interest) });
      if (a.increase > 0) {
        const label =
          a.kind === 'STPD' ? { id: 'Sanksi denda', en: 'Fine' } : { id: 'Sanksi kenaikan', en: 'Increase' };
        rows.push({ label, value: formatRupiah(a.increase) });
      }
      rows.push(
        {
          label: a.kind === 'SKPDLB' ? { id: 'Lebih bayar', en: 'Overpaid' } : { id: 'Jumlah', en: 'Total' },
          value: formatRupiah(a.total),
        },
        paymentRow(a.payment),
      );
      return rows;
    },
    // The page's title names it as it is known, by its kind (SKPDKB, STPD…), rather than by its long title.
    shortTitle: (v) => v.assessment.kind,
  },
};

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

/** An SKPD, SKPDKB, SKPDKBT, SKPDN, SKPDLB or STPD, with the kode bayar of its bill if it has one. */
async function loadAssessmentDocument(
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
       SELECT b.billing_code, b.accrues_interest FROM bill b WHERE b.region_id = $1 AND b.assessment_id = a.id
       ORDER BY b.status = 'cancelled', b.id DESC LIMIT 1
     ) bill ON true
     WHERE a.region_id = $1 AND a.id = $2`,
    [regionId, id],
  );
  if (!row) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const base = await documentBase(db, regionId, ASSESSMENT_DOCUMENT, id, today, baseUrl, secret);
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
        : `SPTPD masa ${formatMonth(row.returnPeriod, 'id')} (${sptpdKind(row.returnRevision ?? 0)})`,
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
    lateInterest: row.accruesInterest === false ? null : lateInterestRule(policy, row.dueDate),
  };
}

const num = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);
const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : null);
const day = (v: unknown) => {
  const d = str(v);
  return d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? formatDate(d, 'id') : null;
};

/**
 * One sentence on how an assessment's amounts were found, from what the issuing use case kept in `basis`
 * (tax/assessments/). Keys it does not know are left out rather than guessed at.
 */
function explain(kind: AssessmentKind, basis: Record<string, unknown>): string | null {
  const parts: string[] = [];
  if (basis.reason === 'late_payment_interest') {
    const months = num(basis.months);
    const rate = num(basis.ratePerMonthPpm);
    const code = str(basis.billingCode);
    const due = day(basis.dueDate);
    if (months !== null && rate !== null)
      parts.push(`Bunga keterlambatan pembayaran ${months} bulan x ${formatPercent(rate, 'id')}`);
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
            ? ` (dasar pengenaan ${formatRupiah(correctGross)} x ${formatPercent(rate, 'id')})`
            : ''),
      );
    }
    if (assessed !== null) parts.push(`dikurangi pajak yang telah ditetapkan ${formatRupiah(assessed)}`);
    if (months) parts.push(`; bunga ${months} bulan`);
    if (increase) parts.push(`; kenaikan ${formatPercent(increase, 'id')} dari pokok`);
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
