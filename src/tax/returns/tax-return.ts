import type { Sql } from '../../db/database';
import { Problem } from '../../platform/problem';
import { ownerFilter, type Viewer } from '../registry/taxpayer';

/** An SPTPD (Surat Pemberitahuan Pajak Daerah): one object's return for one masa pajak, at one revision. */
export interface TaxReturn {
  id: number;
  objectId: number;
  taxpayerId: number;
  taxCode: string;
  period: string;
  revision: number;
  gross: number;
  ratePpm: number;
  tax: number;
  /** The province's opsen on an MBLB tax (UU 1/2022 Pasal 83(1)), billed with it; 0 for other taxes. */
  opsen: number;
  lines: ReturnLine[];
  status: 'draft' | 'submitted' | 'verified' | 'rejected' | 'superseded';
  rejectionReason: string | null;
  dueDate: string;
  createdAt: Date;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  reviewedBy: number | null;
}

export interface ReturnLine {
  description: string;
  amount: number;
}

export const RETURN_COLUMNS = `r.id, r.object_id AS "objectId", r.taxpayer_id AS "taxpayerId", r.tax_code AS "taxCode",
  r.period, r.revision, r.gross, r.rate_ppm AS "ratePpm", r.tax, r.opsen, r.lines, r.status,
  r.rejection_reason AS "rejectionReason", r.due_date AS "dueDate", r.created_at AS "createdAt",
  r.submitted_at AS "submittedAt", r.reviewed_at AS "reviewedAt", r.reviewed_by AS "reviewedBy"`;

/** A return the viewer may see (a taxpayer only their own), optionally locked for a state change; else 404. */
export async function loadReturn(
  tx: Sql,
  regionId: string,
  returnId: number,
  viewer: Viewer,
  lock = false,
): Promise<TaxReturn> {
  const [row] = await tx.query<TaxReturn>(
    `SELECT ${RETURN_COLUMNS} FROM tax_return r JOIN taxpayer t ON t.region_id = r.region_id AND t.id = r.taxpayer_id
     WHERE r.region_id = $1 AND r.id = $2 AND ($3::bigint IS NULL OR t.user_id = $3)
     ${lock ? 'FOR UPDATE OF r' : ''}`,
    [regionId, returnId, ownerFilter(viewer)],
  );
  if (!row) throw new Problem(404, 'RETURN_NOT_FOUND', { returnId });
  return row;
}

/** Line items are optional detail; when given they must add up to the gross receipts declared. */
export function assertLinesAddUp(gross: number, lines: ReturnLine[]): void {
  if (lines.length === 0) return;
  const sum = lines.reduce((s, l) => s + l.amount, 0);
  if (sum !== gross) throw new Problem(422, 'LINES_DO_NOT_ADD_UP', { sum, gross });
}

export function auditView(
  r: Pick<TaxReturn, 'objectId' | 'period' | 'revision' | 'gross' | 'ratePpm' | 'tax' | 'opsen' | 'status'>,
) {
  return {
    objectId: r.objectId,
    period: r.period,
    revision: r.revision,
    gross: r.gross,
    ratePpm: r.ratePpm,
    tax: r.tax,
    ...(r.opsen > 0 ? { opsen: r.opsen } : {}),
    status: r.status,
  };
}
