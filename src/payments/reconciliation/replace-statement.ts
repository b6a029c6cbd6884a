import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { depositsOfDay } from '../deposit/plan-deposit';
import { lockDay, type Statement, statementById } from './day-reconciliation';
import { findMismatches } from './find-mismatches';
import {
  currentStatement,
  fileHashOf,
  recordMismatches,
  statementFacts,
  statementSetup,
  storeStatement,
} from './import-statement';

export interface StatementReplacement {
  fileName: string;
  content: string;
  /** Why the file is replaced (a wrong day's export, another account's): required, it is the record's why. */
  reason: string;
}

/**
 * The treasurer replaces a day's statement that was the wrong file, as long as the day has no STS: once receipts
 * are deposited, the statement they were reconciled on is the deposit's record and stays.
 *
 * The wrong file is kept as evidence (the new statement names it, with who, when and why); its lines stop counting
 * because every reader takes the current statement. Its mismatches still open are withdrawn from the queue (kept,
 * marked, each audited); those already decided keep their decision as history, since it was about the wrong file.
 * The new file is then matched afresh and its mismatches queued, to be decided on their own.
 */
export async function replaceStatement(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  statementId: number,
  replacement: StatementReplacement,
): Promise<{ statement: Statement; superseded: Statement; withdrawn: number[]; newMismatches: number }> {
  const found = await statementById(db, regionId, statementId);
  if (!found) throw new Problem(404, 'STATEMENT_NOT_FOUND', { statementId });
  const { partner, format } = await statementSetup(db, at, regionId, found.partnerId, found.day);

  return db.transaction(async (tx) => {
    // The day's lock: an import, a replacement or a deposit of the same day waits for this one, then sees it.
    await lockDay(tx, regionId, partner.partnerId, found.day);
    const old = await currentStatement(tx, regionId, found);
    const [deposit] = await depositsOfDay(tx, regionId, partner.partnerId, found.day);
    if (deposit) {
      throw new Problem(409, 'STATEMENT_DAY_DEPOSITED', {
        partnerId: partner.partnerId,
        day: found.day,
        number: deposit.number,
      });
    }
    if (fileHashOf(replacement.content) === old.fileHash) {
      throw new Problem(422, 'STATEMENT_REPLACEMENT_SAME_FILE', { fileName: old.fileName });
    }
    const open = await findMismatches(tx, regionId, { statementId: old.id, state: 'open' });
    const statement = await storeStatement(
      tx,
      at,
      actor,
      regionId,
      partner,
      format,
      {
        partnerId: partner.partnerId,
        day: found.day,
        fileName: replacement.fileName,
        content: replacement.content,
      },
      { statementId: old.id, reason: replacement.reason },
    );
    if (open.length > 0) {
      await tx.query(
        `INSERT INTO reconciliation_withdrawal (region_id, mismatch_id, replacement_statement_id, withdrawn_at,
           withdrawn_by)
         SELECT $1, m, $2, $3, $4 FROM unnest($5::bigint[]) AS m`,
        [regionId, statement.id, at, actor.userId, open.map((m) => m.id)],
      );
    }
    const newMismatches = await recordMismatches(tx, at, regionId, statement);

    const audit = { regionId, actorId: actor.userId, actor: actor.label, ip: actor.ip };
    await appendAudit(tx, at, {
      ...audit,
      action: 'statement.replace',
      entity: 'bank_statement',
      entityId: String(old.id),
      before: { ...statementFacts(old), supersededBy: null },
      after: {
        ...statementFacts(old),
        supersededBy: { statementId: statement.id, ...statementFacts(statement) },
        reason: replacement.reason,
        withdrawnMismatches: open.map((m) => m.id),
        newMismatches,
      },
    });
    for (const m of open) {
      await appendAudit(tx, at, {
        ...audit,
        action: 'reconciliation.withdraw',
        entity: 'reconciliation_mismatch',
        entityId: String(m.id),
        before: { kind: m.kind, partnerId: m.partnerId, day: m.day, statementId: old.id, withdrawn: false },
        after: {
          kind: m.kind,
          partnerId: m.partnerId,
          day: m.day,
          statementId: old.id,
          lineNo: m.lineNo,
          paymentId: m.paymentId,
          bankAmount: m.bankAmount,
          balaiAmount: m.balaiAmount,
          withdrawn: true,
          replacementStatementId: statement.id,
          reason: replacement.reason,
        },
      });
    }
    return { statement, superseded: old, withdrawn: open.map((m) => m.id), newMismatches };
  });
}
