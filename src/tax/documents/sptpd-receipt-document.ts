import { z } from 'zod';
import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentKind, Text } from '../../documents/document-kind';
import { formatDate, formatDateTime, formatPercent, formatRupiah } from '../../platform/human-format';
import { Problem } from '../../platform/problem';
import { titleCase } from '../../platform/regions';
import { billingOfReturns } from '../returns/return-amount-due';
import { renderSptpdReceiptPdf, type SptpdReceiptDocument, sptpdKind } from './sptpd-receipt-pdf';
import {
  PAYMENT_STATE,
  paymentOf,
  paymentRow,
  TAXPAYER_ABOUT,
  type TaxpayerAbout,
  taxpayerAbout,
  taxpayerRows,
} from './taxpayer-answer';

/** What the verify answer says of an SPTPD's receipt besides its taxpayer. */
const RETURN_DETAILS = z.object({
  revision: z.number(),
  gross: z.number(),
  ratePpm: z.number(),
  tax: z.number(),
  dueDate: z.string(),
  submittedAt: z.string(),
  /** The revision of the pembetulan that replaced it, if one did. */
  supersededByRevision: z.number().nullable(),
  payment: PAYMENT_STATE,
});

type ReturnAnswer = TaxpayerAbout & { return: z.infer<typeof RETURN_DETAILS> };

/**
 * The tanda terima of a filed SPTPD (kind `return`, codes beginning with R). It stands while the return is received or
 * verified and no later pembetulan of the same object and masa was filed.
 */
export const SPTPD_RECEIPT: DocumentKind<SptpdReceiptDocument, ReturnAnswer> = {
  name: 'return',
  letter: 'R',
  load: loadSptpdReceipt,
  render: renderSptpdReceiptPdf,
  fileName: ({ period, returnId, revision }) =>
    `tanda-terima-sptpd-${period}-${returnId}${revision > 0 ? `-pembetulan-${revision}` : ''}.pdf`,
  verification: {
    current: 'an SPTPD neither superseded nor rejected',
    about: TAXPAYER_ABOUT,
    details: RETURN_DETAILS,
    async answer(r, { db, regionId, id }) {
      const supersededBy = await supersedingRevision(db, regionId, id);
      return {
        current: supersededBy === null && (r.status === 'submitted' || r.status === 'verified'),
        title: 'TANDA TERIMA SPTPD',
        reference: `${r.returnId} / ${sptpdKind(r.revision)}`,
        status: supersededBy === null ? r.status : 'superseded',
        statusText: returnStatusText(r.status, supersededBy),
        ...taxpayerAbout(r),
        return: {
          revision: r.revision,
          gross: r.gross,
          ratePpm: r.ratePpm,
          tax: r.tax,
          dueDate: r.dueDate,
          submittedAt: r.submittedAt,
          supersededByRevision: supersededBy,
          payment: await paymentOf(db, regionId, 'return_id', id),
        },
      };
    },
    rows: (v) => [
      ...taxpayerRows(v),
      { label: { id: 'Dasar pengenaan pajak', en: 'Tax base' }, value: formatRupiah(v.return.gross) },
      { label: { id: 'Tarif', en: 'Rate' }, value: formatPercent(v.return.ratePpm, 'id') },
      { label: { id: 'Pajak terutang', en: 'Tax due' }, value: formatRupiah(v.return.tax) },
      { label: { id: 'Jatuh tempo', en: 'Due date' }, value: formatDate(v.return.dueDate, 'id') },
      {
        label: { id: 'Disampaikan', en: 'Submitted' },
        value: formatDateTime(new Date(v.return.submittedAt), v.region.timeZone, 'id'),
      },
      paymentRow(v.return.payment),
    ],
  },
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

/** The tanda terima of a filed SPTPD; a draft has none. */
async function loadSptpdReceipt(
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
            (SELECT b.billing_code FROM bill b WHERE b.region_id = $1 AND b.return_id = r.id
             ORDER BY b.status = 'cancelled', b.id DESC LIMIT 1) AS "billingCode"
     FROM tax_return r
     JOIN taxpayer t ON t.region_id = r.region_id AND t.id = r.taxpayer_id
     JOIN tax_object o ON o.region_id = r.region_id AND o.id = r.object_id
     JOIN tax_type tt ON tt.code = r.tax_code
     WHERE r.region_id = $1 AND r.id = $2 AND r.status <> 'draft' AND r.submitted_at IS NOT NULL`,
    [regionId, id],
  );
  if (!row) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const base = await documentBase(db, regionId, SPTPD_RECEIPT, id, today, baseUrl, secret);
  const due = (await billingOfReturns(db, regionId, today, [id])).get(id)?.amountDue ?? null;
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
    amountDue: due && {
      asOf: due.asOf,
      overdue: due.overdue,
      principal: due.principal,
      interest: due.interest,
      months: due.months,
      total: due.total,
      validUntil: due.validUntil,
    },
  };
}
