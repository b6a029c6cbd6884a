import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { localDate } from '../../platform/clock';
import { nextNumbers } from '../../platform/next-number';
import { Problem } from '../../platform/problem';
import { findRegion } from '../../platform/regions';
import type { Actor } from '../../platform/users';
import { type BillWithBalance, loadBill, priceBills } from '../../receivables';
import { collectionSettingsOn } from '../settings/collection-settings';
import { type CaseFacts, checkPaksa, checkTeguran, paksaDeadline, teguranDeadline } from './letter-rules';

export type LetterKind = 'teguran' | 'paksa';

export interface CollectionLetter {
  id: number;
  kind: LetterKind;
  number: string;
  billId: number;
  taxpayerId: number;
  teguranId: number | null;
  issuedOn: string;
  issuedAt: Date;
  deadline: string;
  principal: number;
  interest: number;
  total: number;
  perdaRef: string;
  signerName: string | null;
}

export const LETTER_COLUMNS = `l.id, l.kind, l.number, l.bill_id AS "billId", l.taxpayer_id AS "taxpayerId",
  l.teguran_id AS "teguranId", l.issued_on AS "issuedOn", l.issued_at AS "issuedAt", l.deadline, l.principal,
  l.interest, l.total, l.perda_ref AS "perdaRef", l.signer_name AS "signerName"`;

/** The letters of a bill, the teguran first. */
export async function lettersOfBill(db: Sql, regionId: string, billId: number): Promise<CollectionLetter[]> {
  return db.query<CollectionLetter>(
    `SELECT ${LETTER_COLUMNS} FROM collection_letter l WHERE l.region_id = $1 AND l.bill_id = $2 ORDER BY l.id`,
    [regionId, billId],
  );
}

export async function loadLetter(db: Sql, regionId: string, letterId: number): Promise<CollectionLetter> {
  const [letter] = await db.query<CollectionLetter>(
    `SELECT ${LETTER_COLUMNS} FROM collection_letter l WHERE l.region_id = $1 AND l.id = $2`,
    [regionId, letterId],
  );
  if (!letter) throw new Problem(404, 'COLLECTION_LETTER_NOT_FOUND', { letterId });
  return letter;
}

/** What the rules need of a bill and its letters. */
export function caseFacts(
  bill: Pick<BillWithBalance, 'status' | 'dueDate'>,
  letters: CollectionLetter[],
): CaseFacts {
  const teguran = letters.find((l) => l.kind === 'teguran');
  const paksa = letters.find((l) => l.kind === 'paksa');
  return {
    billStatus: bill.status,
    dueDate: bill.dueDate,
    teguran: teguran ? { issuedOn: teguran.issuedOn, deadline: teguran.deadline } : null,
    paksa: paksa ? { issuedOn: paksa.issuedOn } : null,
  };
}

/** The head of Bapenda in whose office the region's letters are signed: the first active holder of the role. */
async function signerOf(db: Sql, regionId: string): Promise<string | null> {
  const [row] = await db.query<{ name: string }>(
    `SELECT u.name FROM app_user u JOIN role_grant g ON g.user_id = u.id
      WHERE g.region_id = $1 AND g.role = 'kepala_bapenda' AND u.active ORDER BY u.id LIMIT 1`,
    [regionId],
  );
  return row?.name ?? null;
}

/** The Perda a letter cites: the region's as recorded, else named generically after the region. */
export function perdaOf(recorded: string | null, regionName: string): string {
  return recorded ?? `Peraturan Daerah ${regionName} tentang Pajak Daerah dan Retribusi Daerah`;
}

const PREFIX: Record<LetterKind, string> = { teguran: 'ST', paksa: 'SP' };

/**
 * Issues a Surat Teguran or a Surat Paksa for an overdue bill on the region's today: checked against the rules
 * (letter-rules.ts), numbered (`ST/2025/000001`, `SP/2025/000001`), priced as of its date by receivables (principal
 * outstanding and interest to that day), citing the region's Perda in force, signed in the head of Bapenda's office,
 * audited, in one transaction.
 */
export async function issueLetter(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  billId: number,
  kind: LetterKind,
  options: { paidSince?: boolean } = {},
): Promise<CollectionLetter> {
  const region = await findRegion(db, regionId);
  if (!region) throw new Problem(404, 'REGION_NOT_FOUND', { regionId });
  const day = localDate(at, region.timeZone);
  return db.transaction(async (tx) => {
    // One letter-writer per region at a time: the check and the insert see the same letters.
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('collection_letter:' || $1))`, [regionId]);
    const loaded = await loadBill(tx, regionId, { id: billId }).catch((e) => {
      if (e instanceof Problem && e.status === 404)
        throw new Problem(404, 'COLLECTION_BILL_NOT_FOUND', { billId });
      throw e;
    });
    // The demo's history records a letter on a bill paid since (a closed case) as the bill stood on the letter's
    // day: open, its whole principal owed. Only the demo passes it: the routes always take the bill as it is.
    const bill =
      options.paidSince && loaded.status === 'paid'
        ? { ...loaded, status: 'open' as const, outstanding: loaded.principal }
        : loaded;
    const letters = await lettersOfBill(tx, regionId, billId);
    const facts = caseFacts(bill, letters);
    const settings = await collectionSettingsOn(tx, regionId, day);
    if (kind === 'teguran') checkTeguran(facts, settings, day, billId);
    else checkPaksa(facts, settings, day, billId);
    const [price] = await priceBills(tx, regionId, day, [bill]);
    if (!price) throw new Problem(409, 'COLLECTION_BILL_NOT_OPEN', { billId, status: bill.status });
    const year = day.slice(0, 4);
    const seq = await nextNumbers(tx, regionId, `collection:${kind}:${year}`);
    const number = `${PREFIX[kind]}/${year}/${String(seq).padStart(6, '0')}`;
    const deadline = kind === 'teguran' ? teguranDeadline(day, settings) : paksaDeadline(day);
    const teguranId = kind === 'paksa' ? (letters.find((l) => l.kind === 'teguran')?.id ?? null) : null;
    const perdaRef = perdaOf(settings.perdaRef, region.name);
    const signerName = await signerOf(tx, regionId);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO collection_letter (region_id, kind, number, bill_id, taxpayer_id, teguran_id, issued_on, issued_at,
         issued_by, deadline, principal, interest, total, perda_ref, signer_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [
        regionId,
        kind,
        number,
        billId,
        bill.taxpayerId,
        teguranId,
        day,
        at,
        actor.userId,
        deadline,
        price.principal,
        price.penalty,
        price.total,
        perdaRef,
        signerName,
      ],
    );
    const id = row?.id as number;
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: kind === 'teguran' ? 'collection_letter.teguran' : 'collection_letter.paksa',
      entity: 'collection_letter',
      entityId: String(id),
      after: {
        number,
        billId,
        issuedOn: day,
        deadline,
        principal: price.principal,
        interest: price.penalty,
        total: price.total,
        signer: signerName,
      },
    });
    return loadLetter(tx, regionId, id);
  });
}
