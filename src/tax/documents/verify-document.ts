import type { Sql } from '../../db/database';
import { checkVerificationCode, type DocumentKind } from '../../documents/verification';
import { localDate, type TimeZone } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import { findRegion } from '../../platform/regions';
import { formatBillingCode } from '../../receivables';
import { ASSESSMENT_TITLE, type AssessmentKind, assessmentAmounts } from './assessment-pdf';
import type { BillDocument } from './bill-pdf';
import { loadDocumentData } from './load-document-data';
import { type SptpdReceiptDocument, sptpdKind } from './sptpd-receipt-pdf';

/**
 * What the public verify page answers for a scanned code: is the document **genuine** (the code's MAC is right
 * and the row exists) and is it **current** (the bill not cancelled or written off; the SPTPD not superseded by a
 * pembetulan nor rejected; the assessment's bill not cancelled; the SSPD's payment not reversed by the bank; an STS
 * always), with its status today. It reads the same data the document prints and shows a part of it: names, NPWPD,
 * object name, amounts, never identity or contact data.
 */

type BillStatus = BillDocument['status'];

export interface Text {
  id: string;
  en: string;
}

interface VerifiedBase {
  genuine: true;
  /** The document still stands as printed (see above). */
  current: boolean;
  code: string;
  /** When the check ran (ISO 8601), and the region's calendar day then: amounts due are as of that day. */
  checkedAt: string;
  checkedOn: string;
  region: { id: string; name: string; timeZone: TimeZone };
  /** The document's title as printed, e.g. `SURAT TAGIHAN PAJAK DAERAH`. */
  title: string;
  /** Its number: the kode bayar, the SPTPD's register number, the assessment's number, the NTPD, the STS number. */
  reference: string;
  status: string;
  statusText: Text;
}

/** What a document about one taxpayer's tax shows of them (an STS is about a bank's day, not a taxpayer). */
interface TaxpayerFields {
  taxpayer: { name: string; npwpd: string | null };
  object: { name: string } | null;
  taxType: string;
  period: string | null;
}

export interface PaymentState {
  billingCode: string;
  status: BillStatus;
  statusText: Text;
}

export type VerifiedDocument =
  | (VerifiedBase &
      TaxpayerFields & {
        kind: 'bill';
        bill: {
          principal: number;
          dueDate: string;
          settledOn: string | null;
          /** For an open bill: what it costs on `checkedOn`, and until when that amount holds. */
          amountDue: { principal: number; interest: number; total: number; validUntil: string } | null;
        };
      })
  | (VerifiedBase &
      TaxpayerFields & {
        kind: 'return';
        return: {
          revision: number;
          gross: number;
          ratePpm: number;
          tax: number;
          dueDate: string;
          submittedAt: string;
          /** The revision of the pembetulan that replaced it, if one did. */
          supersededByRevision: number | null;
          payment: PaymentState | null;
        };
      })
  | (VerifiedBase &
      TaxpayerFields & {
        kind: 'assessment';
        assessment: {
          kind: AssessmentKind;
          issueDate: string;
          dueDate: string;
          principal: number;
          interest: number;
          increase: number;
          credit: number;
          /** The bottom line as printed: payable, nil, or for an SKPDLB the overpayment. */
          total: number;
          payment: PaymentState | null;
        };
      })
  | (VerifiedBase &
      TaxpayerFields & {
        kind: 'payment';
        payment: {
          ntpd: string;
          billingCode: string;
          principal: number;
          penalty: number;
          amount: number;
          bank: string;
          bankReference: string;
          paidAt: string;
          reversedAt: string | null;
          depositNumber: string | null;
        };
      })
  | (VerifiedBase & {
      kind: 'deposit';
      deposit: {
        day: string;
        bank: string;
        amount: number;
        paymentCount: number;
        depositedAt: string;
        /** For a follow-up STS (STS susulan): the number of the day's first STS. */
        followsNumber: string | null;
      };
    });

export const BILL_STATUS_TEXT: Record<BillStatus, Text> = {
  open: { id: 'Belum dibayar', en: 'Unpaid' },
  paid: { id: 'Lunas', en: 'Paid' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
  written_off: { id: 'Dihapuskan', en: 'Written off' },
};

function returnStatusText(status: SptpdReceiptDocument['status'], supersededBy: number | null): Text {
  if (supersededBy !== null || status === 'superseded') {
    return supersededBy === null
      ? { id: 'Digantikan oleh pembetulan', en: 'Superseded by an amendment' }
      : {
          id: `Digantikan oleh ${sptpdKind(supersededBy).toLowerCase()}`,
          en: `Superseded by amendment ${supersededBy}`,
        };
  }
  return {
    submitted: { id: 'Diterima, menunggu penelitian', en: 'Received, awaiting review' },
    verified: { id: 'Diterima dan telah diteliti', en: 'Received and reviewed' },
    rejected: { id: 'Ditolak', en: 'Rejected' },
  }[status];
}

async function paymentOf(
  db: Sql,
  regionId: string,
  link: 'return_id' | 'assessment_id',
  id: number,
): Promise<PaymentState | null> {
  const [row] = await db.query<{ billingCode: string; status: BillStatus }>(
    `SELECT billing_code AS "billingCode", status FROM bill WHERE region_id = $1 AND ${link} = $2
     ORDER BY status = 'cancelled', id DESC LIMIT 1`,
    [regionId, id],
  );
  return row ? { ...row, statusText: BILL_STATUS_TEXT[row.status] } : null;
}

/** The latest filed pembetulan of the same object and masa, if it is later than this return. */
async function supersedingRevision(db: Sql, regionId: string, id: number): Promise<number | null> {
  const [row] = await db.query<{ revision: number }>(
    `SELECT later.revision FROM tax_return r
     JOIN tax_return later ON later.region_id = r.region_id AND later.object_id = r.object_id
       AND later.period = r.period AND later.revision > r.revision AND later.status <> 'draft'
     WHERE r.region_id = $1 AND r.id = $2 ORDER BY later.revision DESC LIMIT 1`,
    [regionId, id],
  );
  return row?.revision ?? null;
}

/**
 * Checks a verification code and reports the document's state on the region's current day. A code that is
 * malformed, forged, or names no row of a hosted region is one answer: 404 DOCUMENT_NOT_FOUND.
 */
export async function verifyDocument(
  db: Sql,
  secret: string,
  code: string,
  now: Date,
): Promise<VerifiedDocument> {
  const parts = checkVerificationCode(secret, code);
  const region = parts && (await findRegion(db, parts.regionId));
  if (!parts || !region) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const today = localDate(now, region.timeZone);
  const kind: DocumentKind = parts.kind;
  // The verify page needs no link back to itself; the code is the document's own.
  const data = await loadDocumentData(db, parts.regionId, kind, parts.id, today, '', secret);
  const d = data.document;
  const common = {
    genuine: true as const,
    code: d.verification.code,
    checkedAt: now.toISOString(),
    checkedOn: today,
    region: { id: region.regionId, name: region.name, timeZone: region.timeZone },
  };
  if (data.kind === 'deposit') {
    const sts = data.document;
    return {
      ...common,
      kind: 'deposit',
      current: true,
      title: sts.follows ? 'SURAT TANDA SETORAN (STS SUSULAN)' : 'SURAT TANDA SETORAN (STS)',
      reference: sts.number,
      status: 'deposited',
      statusText: { id: 'Telah disetor ke kas daerah', en: 'Deposited to the regional treasury' },
      deposit: {
        day: sts.day,
        bank: sts.bank.name,
        amount: sts.amount,
        paymentCount: sts.paymentCount,
        depositedAt: sts.depositedAt,
        followsNumber: sts.follows?.number ?? null,
      },
    };
  }
  const t = data.document;
  const base = {
    ...common,
    taxpayer: t.taxpayer,
    object: t.object,
    taxType: t.taxType.name,
    period: t.period,
  };

  switch (data.kind) {
    case 'bill': {
      const b = data.document;
      const open = b.status === 'open';
      return {
        ...base,
        kind: 'bill',
        current: open || b.status === 'paid',
        title: 'TAGIHAN PAJAK DAERAH (KODE BAYAR)',
        reference: formatBillingCode(b.billingCode),
        status: b.status,
        statusText: BILL_STATUS_TEXT[b.status],
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
    }
    case 'return': {
      const r = data.document;
      const supersededBy = await supersedingRevision(db, parts.regionId, parts.id);
      return {
        ...base,
        kind: 'return',
        current: supersededBy === null && (r.status === 'submitted' || r.status === 'verified'),
        title: 'TANDA TERIMA SPTPD',
        reference: `${r.returnId} / ${sptpdKind(r.revision)}`,
        status: supersededBy === null ? r.status : 'superseded',
        statusText: returnStatusText(r.status, supersededBy),
        return: {
          revision: r.revision,
          gross: r.gross,
          ratePpm: r.ratePpm,
          tax: r.tax,
          dueDate: r.dueDate,
          submittedAt: r.submittedAt,
          supersededByRevision: supersededBy,
          payment: await paymentOf(db, parts.regionId, 'return_id', parts.id),
        },
      };
    }
    case 'assessment': {
      const a = data.document;
      const payment = await paymentOf(db, parts.regionId, 'assessment_id', parts.id);
      return {
        ...base,
        kind: 'assessment',
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
    }
    case 'payment': {
      const p = data.document;
      return {
        ...base,
        kind: 'payment',
        current: p.reversedAt === null,
        title: 'SURAT SETORAN PAJAK DAERAH (SSPD)',
        reference: `NTPD ${p.ntpd}`,
        status: p.reversedAt ? 'reversed' : 'paid',
        statusText: p.reversedAt
          ? { id: 'Pembayaran dibatalkan oleh bank', en: 'Payment reversed by the bank' }
          : { id: 'Pembayaran diterima', en: 'Payment received' },
        payment: {
          ntpd: p.ntpd,
          billingCode: p.billingCode,
          principal: p.principal,
          penalty: p.penalty,
          amount: p.amount,
          bank: p.bank.name,
          bankReference: p.bankReference,
          paidAt: p.paidAt,
          reversedAt: p.reversedAt,
          depositNumber: p.depositNumber,
        },
      };
    }
  }
}
