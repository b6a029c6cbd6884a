import type { Sql } from '../../db/database';
import { billSummaries } from '../../receivables';
import type { Mismatch, Resolution } from './mismatches';

export interface MismatchFilter {
  mismatchId?: number;
  statementId?: number;
  partnerId?: string;
  day?: string;
  state?: 'open' | 'resolved' | 'withdrawn' | 'all';
  limit?: number;
}

export async function findMismatches(db: Sql, regionId: string, f: MismatchFilter): Promise<Mismatch[]> {
  const rows = await db.query<
    Omit<Mismatch, 'line' | 'payment' | 'resolution' | 'release' | 'withdrawal'> & {
      lineReference: string | null;
      lineAmount: number | null;
      bookedTime: string | null;
      description: string | null;
      ntpd: string | null;
      paymentReference: string | null;
      billingCode: string | null;
      billId: number | null;
      paymentAmount: number | null;
      reversed: boolean;
      resolutionKind: Resolution | null;
      note: string | null;
      resolvedAt: Date | null;
      resolvedBy: string | null;
      releaseNote: string | null;
      releasedAt: Date | null;
      releasedBy: string | null;
      withdrawnAt: Date | null;
      withdrawnBy: string | null;
      withdrawalReason: string | null;
      replacementStatementId: number | null;
    }
  >(
    `SELECT m.id, m.statement_id AS "statementId", s.partner_id AS "partnerId", s.day, m.kind, m.line_no AS "lineNo",
            m.payment_id AS "paymentId", m.bank_amount AS "bankAmount", m.balai_amount AS "balaiAmount",
            m.found_at AS "foundAt",
            l.bank_reference AS "lineReference", l.amount AS "lineAmount", l.booked_time AS "bookedTime",
            l.description, p.ntpd, p.bank_reference AS "paymentReference", p.billing_code AS "billingCode",
            p.bill_id AS "billId", p.amount AS "paymentAmount", rv.payment_id IS NOT NULL AS reversed,
            res.resolution AS "resolutionKind", res.note, res.resolved_at AS "resolvedAt", u.email AS "resolvedBy",
            rel.note AS "releaseNote", rel.released_at AS "releasedAt", ru.email AS "releasedBy",
            w.withdrawn_at AS "withdrawnAt", wu.email AS "withdrawnBy", ws.replacement_reason AS "withdrawalReason",
            w.replacement_statement_id AS "replacementStatementId"
     FROM reconciliation_mismatch m
     JOIN bank_statement s ON s.region_id = m.region_id AND s.id = m.statement_id
     LEFT JOIN bank_statement_line l ON l.region_id = m.region_id AND l.statement_id = m.statement_id
       AND l.line_no = m.line_no
     LEFT JOIN payment p ON p.region_id = m.region_id AND p.id = m.payment_id
     LEFT JOIN payment_reversal rv ON rv.region_id = p.region_id AND rv.payment_id = p.id
     LEFT JOIN reconciliation_resolution res ON res.region_id = m.region_id AND res.mismatch_id = m.id
     LEFT JOIN app_user u ON u.id = res.resolved_by
     LEFT JOIN reconciliation_release rel ON rel.region_id = m.region_id AND rel.mismatch_id = m.id
     LEFT JOIN app_user ru ON ru.id = rel.released_by
     LEFT JOIN reconciliation_withdrawal w ON w.region_id = m.region_id AND w.mismatch_id = m.id
     LEFT JOIN bank_statement ws ON ws.region_id = w.region_id AND ws.id = w.replacement_statement_id
     LEFT JOIN app_user wu ON wu.id = w.withdrawn_by
     WHERE m.region_id = $1 AND ($2::bigint IS NULL OR m.id = $2) AND ($3::bigint IS NULL OR m.statement_id = $3)
       AND ($4::text IS NULL OR s.partner_id = $4) AND ($5::date IS NULL OR s.day = $5)
       AND CASE $6::text WHEN 'open' THEN res.mismatch_id IS NULL AND w.mismatch_id IS NULL
                   WHEN 'resolved' THEN res.mismatch_id IS NOT NULL
                   WHEN 'withdrawn' THEN w.mismatch_id IS NOT NULL
                   ELSE true END
     ORDER BY s.day DESC, s.partner_id, m.id
     LIMIT $7`,
    [
      regionId,
      f.mismatchId ?? null,
      f.statementId ?? null,
      f.partnerId ?? null,
      f.day ?? null,
      f.state ?? 'all',
      f.limit ?? 500,
    ],
  );
  // Whose payments they are: receivables knows each bill's debtor.
  const bills = await billSummaries(
    db,
    regionId,
    rows.flatMap((r) => (r.billId === null ? [] : [r.billId])),
  );
  return rows.map((r) => ({
    id: r.id,
    statementId: r.statementId,
    partnerId: r.partnerId,
    day: r.day,
    kind: r.kind,
    lineNo: r.lineNo,
    paymentId: r.paymentId,
    bankAmount: r.bankAmount,
    balaiAmount: r.balaiAmount,
    foundAt: r.foundAt,
    line:
      r.lineReference === null
        ? null
        : {
            bankReference: r.lineReference,
            amount: r.lineAmount as number,
            bookedTime: r.bookedTime,
            description: r.description,
          },
    payment:
      r.ntpd === null
        ? null
        : {
            ntpd: r.ntpd,
            bankReference: r.paymentReference as string,
            billingCode: r.billingCode as string,
            taxpayerName: bills.get(r.billId as number)?.debtorName ?? '',
            amount: r.paymentAmount as number,
            reversed: r.reversed,
          },
    resolution:
      r.resolutionKind === null
        ? null
        : {
            resolution: r.resolutionKind,
            note: r.note as string,
            resolvedAt: r.resolvedAt as Date,
            resolvedBy: r.resolvedBy,
          },
    release:
      r.releasedAt === null
        ? null
        : { note: r.releaseNote as string, releasedAt: r.releasedAt, releasedBy: r.releasedBy },
    withdrawal:
      r.withdrawnAt === null
        ? null
        : {
            withdrawnAt: r.withdrawnAt,
            withdrawnBy: r.withdrawnBy,
            reason: r.withdrawalReason as string,
            replacementStatementId: r.replacementStatementId as number,
          },
  }));
}
