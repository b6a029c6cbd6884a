import { z } from 'zod';
import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentKind, PageRow } from '../../documents/document-kind';
import { localDate } from '../../platform/clock';
import { formatDate, formatMonth, formatRupiah } from '../../platform/human-format';
import { Problem } from '../../platform/problem';
import { titleCase } from '../../platform/regions';
import {
  amountDueOn,
  type BillLineKind,
  billPaymentQr,
  billSettlements,
  formatBillingCode,
  outstandingSql,
} from '../../receivables';
import { taxPolicyOn } from '../policy';
import type { AssessmentKind } from './assessment-pdf';
import { type BillDocument, renderBillPdf } from './bill-pdf';
import { lateInterestRule } from './late-interest-rule';
import { sptpdKind } from './sptpd-receipt-pdf';
import {
  BILL_STATUS_TEXT,
  TAXPAYER_ABOUT,
  type TaxpayerAbout,
  taxpayerAbout,
  taxpayerRows,
} from './taxpayer-answer';

/** What the verify answer says of a bill besides its taxpayer. */
const BILL_DETAILS = z.object({
  principal: z.number(),
  dueDate: z.string(),
  settledOn: z.string().nullable(),
  /** For an open bill: what it costs on the day of the check, and until when that amount holds. */
  amountDue: z
    .object({ principal: z.number(), interest: z.number(), total: z.number(), validUntil: z.string() })
    .nullable(),
});

type BillAnswer = TaxpayerAbout & { bill: z.infer<typeof BILL_DETAILS> };

/**
 * The kode bayar slip (kind `bill`, codes beginning with B): what to pay, by when, and the code to quote. It stands
 * while the bill is open or paid; a cancelled or written-off bill's slip is genuine but no longer current.
 */
export const BILL_DOCUMENT: DocumentKind<BillDocument, BillAnswer> = {
  name: 'bill',
  letter: 'B',
  load: loadBillDocument,
  render: renderBillPdf,
  fileName: (bill) => `kode-bayar-${bill.billingCode}.pdf`,
  verification: {
    current: 'a bill not cancelled or written off',
    about: TAXPAYER_ABOUT,
    details: BILL_DETAILS,
    async answer(b) {
      const open = b.status === 'open';
      return {
        current: open || b.status === 'paid',
        title: 'TAGIHAN PAJAK DAERAH (KODE BAYAR)',
        reference: formatBillingCode(b.billingCode),
        status: b.status,
        statusText: BILL_STATUS_TEXT[b.status],
        ...taxpayerAbout(b),
        bill: {
          principal: b.principal,
          dueDate: b.dueDate,
          settledOn: b.settledOn,
          amountDue: open
            ? {
                principal: b.principal - b.paid,
                interest: b.interest.amount,
                total: b.total,
                validUntil: b.validUntil,
              }
            : null,
        },
      };
    },
    rows(v) {
      const rows: PageRow[] = [
        ...taxpayerRows(v),
        { label: { id: 'Pokok pajak', en: 'Principal' }, value: formatRupiah(v.bill.principal) },
        { label: { id: 'Jatuh tempo', en: 'Due date' }, value: formatDate(v.bill.dueDate, 'id') },
      ];
      if (v.bill.settledOn) {
        rows.push({
          label: { id: 'Tanggal penyelesaian', en: 'Settled on' },
          value: formatDate(v.bill.settledOn, 'id'),
        });
      }
      return rows;
    },
    // An open bill: what it costs on the day of the check, in large type, and until when.
    verdict(v) {
      const due = v.bill.amountDue;
      if (!due) return null;
      const interest = formatRupiah(due.interest);
      return {
        tone: 'info',
        amount: formatRupiah(due.total),
        notes: [
          {
            id: `Jumlah yang harus dibayar per ${formatDate(v.checkedOn, 'id')}, berlaku sampai dengan ${formatDate(due.validUntil, 'id')}.`,
            en: `Amount due as of ${formatDate(v.checkedOn, 'en')}, valid until ${formatDate(due.validUntil, 'en')}.`,
          },
          ...(due.interest > 0
            ? [{ id: `Termasuk bunga ${interest}`, en: `Including interest of ${interest}` }]
            : []),
        ],
      };
    },
  },
};

/** The kode bayar slip, with interest and total as of `today` (the region's calendar day). */
async function loadBillDocument(
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
             FROM bill_line l WHERE l.region_id = $1 AND l.bill_id = b.id) AS lines,
            (SELECT p.name FROM province p WHERE p.code = left(b.region_id, 2)) AS "provinceName",
            w.decree_number AS "writeOffDecree",
            b.accrues_interest AS "accruesInterest", b.interest_billed_months AS "interestBilledMonths",
            b.period, b.settled_at AS "settledAt",
            t.name AS "taxpayerName", t.npwpd, o.name AS "objectName", tt.name_id AS "taxName",
            r.period AS "returnPeriod", r.revision AS "returnRevision",
            a.kind AS "assessmentKind", a.number AS "assessmentNumber",
            ${outstandingSql('$1')}
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
  const base = await documentBase(db, regionId, BILL_DOCUMENT, id, today, baseUrl, secret);
  const policy = await taxPolicyOn(db, regionId, today);
  const open = row.status === 'open';
  // What is still owed on the principal is the bill's receivable in the ledger; interest runs on that.
  const outstanding = open ? Math.max(0, row.outstanding) : 0;
  // Months of interest an STPD has billed already are not charged again on this bill.
  const due = amountDueOn(policy.policy, { ...row, principal: outstanding }, today);
  // The QRIS that pays the total, from the area that takes QR payments (payments), if the region has one.
  const qris =
    open && due.total > 0
      ? await billPaymentQr(db, regionId, { billingCode: row.billingCode, amount: due.total })
      : null;
  // What was received, from the ledger: a paid bill prints it split into principal and interest, as its SSPD does.
  const received = (await billSettlements(db, regionId, [id])).get(id);
  const source =
    row.assessmentKind && row.assessmentNumber
      ? `${row.assessmentKind} Nomor ${row.assessmentNumber}`
      : `SPTPD masa ${formatMonth(row.returnPeriod ?? row.period ?? '-', 'id')} (${sptpdKind(row.returnRevision ?? 0)})`;
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
    received:
      received && received.total > 0
        ? {
            principal: received.principal,
            interest: received.interest,
            total: received.total,
            lastPaidAt: received.lastPaidAt?.toISOString() ?? null,
          }
        : null,
    overdue: open && today > row.dueDate,
    interest: {
      asOf: today,
      amount: open ? due.penalty : 0,
      months: open ? due.chargedMonths : 0,
      ratePerMonthPpm: due.ratePerMonthPpm,
    },
    total: open ? due.total : 0,
    dueDate: row.dueDate,
    validUntil: open ? due.validUntil : today,
    lateInterest: row.accruesInterest ? lateInterestRule(policy, row.dueDate) : null,
    qris,
  };
}
