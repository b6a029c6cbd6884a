import type { Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { findPartner, type Partner } from '../partner';
import { formatProblems, type StatementFormat } from './statement-format';

/** A partner of this region, or 404: a partner of another region is not found either. */
export async function partnerOfRegion(db: Sql, regionId: string, partnerId: string): Promise<Partner> {
  const partner = await findPartner(db, partnerId);
  if (!partner || partner.regionId !== regionId) throw new Problem(404, 'PARTNER_NOT_FOUND', { partnerId });
  return partner;
}

const FORMAT_COLUMNS = `delimiter, date_column AS "dateColumn", date_format AS "dateFormat", time_column AS "timeColumn",
  amount_column AS "amountColumn", amount_format AS "amountFormat", reference_column AS "referenceColumn",
  description_column AS "descriptionColumn", type_column AS "typeColumn", credit_value AS "creditValue"`;

export async function findStatementFormat(
  db: Sql,
  regionId: string,
  partnerId: string,
): Promise<StatementFormat | null> {
  const [row] = await db.query<StatementFormat>(
    `SELECT ${FORMAT_COLUMNS} FROM statement_format WHERE region_id = $1 AND partner_id = $2`,
    [regionId, partnerId],
  );
  return row ?? null;
}

/** The statement format of every partner of the region that has one, by partner. */
export async function statementFormatsOf(db: Sql, regionId: string): Promise<Map<string, StatementFormat>> {
  const rows = await db.query<StatementFormat & { partnerId: string }>(
    `SELECT partner_id AS "partnerId", ${FORMAT_COLUMNS} FROM statement_format WHERE region_id = $1`,
    [regionId],
  );
  return new Map(rows.map(({ partnerId, ...format }) => [partnerId, format]));
}

/**
 * Sets how a partner's statement is read; the change is audited with the mapping it replaced. A format that could
 * not read any file (formatProblems) is refused with each field named, and nothing is stored.
 */
export async function saveStatementFormat(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  partnerId: string,
  format: StatementFormat,
): Promise<StatementFormat> {
  await partnerOfRegion(tx, regionId, partnerId);
  const problems = formatProblems(format);
  if (problems.length > 0) {
    throw new Problem(
      422,
      'STATEMENT_FORMAT_INVALID',
      { count: problems.length },
      problems.map((p) => ({ field: p.field, message: p.reason })),
    );
  }
  const before = await findStatementFormat(tx, regionId, partnerId);
  await tx.query(
    `INSERT INTO statement_format (region_id, partner_id, delimiter, date_column, date_format, time_column,
       amount_column, amount_format, reference_column, description_column, type_column, credit_value, updated_at,
       updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
     ON CONFLICT (region_id, partner_id) DO UPDATE SET delimiter = $3, date_column = $4, date_format = $5,
       time_column = $6, amount_column = $7, amount_format = $8, reference_column = $9, description_column = $10,
       type_column = $11, credit_value = $12, updated_at = $13, updated_by = $14`,
    [
      regionId,
      partnerId,
      format.delimiter,
      format.dateColumn,
      format.dateFormat,
      format.timeColumn,
      format.amountColumn,
      format.amountFormat,
      format.referenceColumn,
      format.descriptionColumn,
      format.typeColumn,
      format.creditValue,
      at,
      actor.userId,
    ],
  );
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action: 'statement_format.save',
    entity: 'statement_format',
    entityId: partnerId,
    before,
    after: format,
  });
  return format;
}
