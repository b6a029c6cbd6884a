import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import type { OpdRef } from '../opd-access';
import type { Polarity } from '../rules/capaian';
import { RuleViolation } from '../rules/rule-violation';
import { setTargetIn } from '../tree/tree-writes';
import {
  type ContractItemInput,
  type ContractStatus,
  checkAccept,
  checkOffer,
  type Side,
  statusAfterOffer,
  statusAfterSigning,
} from './contract-rules';

/*
 * Lelang kinerja's use cases (issue 16; governance.md §3.1). The planner opens the year's round; each OPD's head bids
 * its items (the first bid makes the OPD's contract and names its head: who holds the OPD's head position that day);
 * the leadership (pimpinan, or the planner acting for it) counter-offers; every offer is kept as it was made
 * (contract_offer, append-only) and the contract's items are its latest offer's; one side accepts the other's latest
 * offer and the agreed targets become the indicators' targets of the year (performance_target, through the tree's
 * writer, in the same transaction); then the named head and the leadership each sign (a recorded acceptance, time-
 * stamped). Each write is one transaction, under the contract's lock, with its audit entry. Who may call which is the
 * routes' to check (contract-routes.ts, roles.ts); these functions check what the contract's state allows.
 */

export interface Round {
  id: number;
  year: number;
  status: 'open' | 'closed';
  openedAt: Date;
  openedBy: string;
}

export interface ContractItem extends ContractItemInput {
  indicatorName: string;
  unit: string;
  polarity: Polarity;
}

export interface ContractSummary {
  id: number;
  year: number;
  opdId: number;
  opdName: string;
  opdShortName: string;
  status: ContractStatus;
  headEmployeeId: number;
  headName: string;
  agreedAt: Date | null;
  opdSignedAt: Date | null;
  opdSignerName: string | null;
  pimpinanSignedAt: Date | null;
  pimpinanSignerName: string | null;
  updatedAt: Date;
}

export interface Offer {
  version: number;
  side: Side;
  items: ContractItemInput[];
  note: string | null;
  offeredBy: string;
  offeredAt: Date;
}

export interface Contract extends ContractSummary {
  items: ContractItem[];
  offers: Offer[];
}

type AuditAction =
  | 'contract_round.open'
  | 'performance_contract.bid'
  | 'performance_contract.counter'
  | 'performance_contract.agree'
  | 'performance_contract.sign';

const audit = (
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  action: AuditAction,
  entity: 'contract_round' | 'performance_contract',
  entityId: number,
  after: Record<string, unknown>,
  before: Record<string, unknown> | null = null,
) =>
  appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip ?? null,
    action,
    entity,
    entityId: String(entityId),
    before,
    after,
  });

const ROUND_COLUMNS = `id, year, status, opened_at AS "openedAt", opened_by_label AS "openedBy"`;

export async function listRounds(db: Sql, regionId: string): Promise<Round[]> {
  return db.query<Round>(
    `SELECT ${ROUND_COLUMNS} FROM contract_round WHERE region_id = $1 ORDER BY year DESC`,
    [regionId],
  );
}

export async function findRound(db: Sql, regionId: string, year: number): Promise<Round> {
  const [round] = await db.query<Round>(
    `SELECT ${ROUND_COLUMNS} FROM contract_round WHERE region_id = $1 AND year = $2`,
    [regionId, year],
  );
  if (!round) throw new Problem(404, 'CONTRACT_ROUND_NOT_FOUND', { year });
  return round;
}

/** The planner opens the year's round: one per region and year (CONTRACT_ROUND_EXISTS). */
export async function openRound(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  year: number,
): Promise<Round> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('contract-round:' || $1))`, [regionId]);
    const [exists] = await tx.query('SELECT 1 FROM contract_round WHERE region_id = $1 AND year = $2', [
      regionId,
      year,
    ]);
    if (exists) throw new Problem(409, 'CONTRACT_ROUND_EXISTS', { year });
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO contract_round (region_id, year, status, opened_by, opened_by_label, opened_at)
       VALUES ($1, $2, 'open', $3, $4, $5) RETURNING id`,
      [regionId, year, actor.userId, actor.label, at],
    );
    const id = (row as { id: number }).id;
    await audit(tx, at, actor, regionId, 'contract_round.open', 'contract_round', id, { year });
    return { id, year, status: 'open', openedAt: at, openedBy: actor.label };
  });
}

const SUMMARY_COLUMNS = `c.id, r.year, c.opd_id AS "opdId", o.name AS "opdName", o.short_name AS "opdShortName",
  c.status, c.head_employee_id AS "headEmployeeId", c.head_name AS "headName", c.agreed_at AS "agreedAt",
  c.opd_signed_at AS "opdSignedAt", c.opd_signer_name AS "opdSignerName", c.pimpinan_signed_at AS "pimpinanSignedAt",
  c.pimpinan_signer_name AS "pimpinanSignerName", c.updated_at AS "updatedAt"`;
const SUMMARY_FROM = `performance_contract c
  JOIN contract_round r ON r.region_id = c.region_id AND r.id = c.round_id
  JOIN perangkat_daerah o ON o.region_id = c.region_id AND o.id = c.opd_id`;

/** The contracts of a year's round, by OPD; `opdIds` limits them to an OPD person's own. */
export async function roundContracts(
  db: Sql,
  regionId: string,
  year: number,
  opdIds: readonly number[] | null,
): Promise<ContractSummary[]> {
  return db.query<ContractSummary>(
    `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM}
      WHERE c.region_id = $1 AND r.year = $2 AND ($3::bigint[] IS NULL OR c.opd_id = ANY($3::bigint[]))
      ORDER BY o.name`,
    [regionId, year, opdIds],
  );
}

async function summaryOf(db: Sql, regionId: string, contractId: number): Promise<ContractSummary> {
  const [row] = await db.query<ContractSummary>(
    `SELECT ${SUMMARY_COLUMNS} FROM ${SUMMARY_FROM} WHERE c.region_id = $1 AND c.id = $2`,
    [regionId, contractId],
  );
  if (!row) throw new Problem(404, 'CONTRACT_NOT_FOUND', { contractId });
  return row;
}

/** A contract's OPD, for the routes' OPD guard before they read or act on it (404 CONTRACT_NOT_FOUND). */
export async function contractOpd(db: Sql, regionId: string, contractId: number): Promise<number> {
  return (await summaryOf(db, regionId, contractId)).opdId;
}

/** One contract with its items (as its latest offer, or the agreement, has them) and every offer made, in order. */
export async function getContract(db: Sql, regionId: string, contractId: number): Promise<Contract> {
  const summary = await summaryOf(db, regionId, contractId);
  const items = await db.query<ContractItem & { tw1: number; tw2: number; tw3: number; tw4: number }>(
    `SELECT ci.indicator_id::float8 AS "indicatorId", i.name AS "indicatorName", i.unit, i.polarity,
            ci.baseline::float8 AS baseline, ci.end_point::float8 AS "endPoint", ci.target::float8 AS target,
            ci.target_upper::float8 AS "targetUpper", ci.tw1::float8 AS tw1, ci.tw2::float8 AS tw2,
            ci.tw3::float8 AS tw3, ci.tw4::float8 AS tw4, ci.timeline, ci.budget::float8 AS budget,
            ci.weight::float8 AS weight
       FROM contract_item ci
       JOIN performance_indicator i ON i.region_id = ci.region_id AND i.id = ci.indicator_id
      WHERE ci.region_id = $1 AND ci.contract_id = $2 ORDER BY ci.position`,
    [regionId, contractId],
  );
  const offers = await db.query<Offer>(
    `SELECT version, side, items, note, offered_by_label AS "offeredBy", offered_at AS "offeredAt"
       FROM contract_offer WHERE region_id = $1 AND contract_id = $2 ORDER BY version`,
    [regionId, contractId],
  );
  return {
    ...summary,
    items: items.map(({ tw1, tw2, tw3, tw4, ...item }) => ({ ...item, quarters: [tw1, tw2, tw3, tw4] })),
    offers: offers.map((o) => ({ ...o, items: typeof o.items === 'string' ? JSON.parse(o.items) : o.items })),
  };
}

/** The employee holding the OPD's head position on `day` (a definitif holder before a Plt, a Plt before a Plh). */
async function headOf(
  tx: Sql,
  regionId: string,
  opd: OpdRef,
  day: string,
): Promise<{ id: number; name: string }> {
  const [head] = await tx.query<{ id: number; name: string }>(
    `SELECT e.id, e.name
       FROM opd_position p
       JOIN position_holder h ON h.region_id = p.region_id AND h.position_id = p.id
       JOIN employee e ON e.region_id = h.region_id AND e.id = h.employee_id
      WHERE p.region_id = $1 AND p.opd_id = $2 AND p.heads AND p.unit_id IS NULL
        AND h.starts_on <= $3::date AND (h.ends_on IS NULL OR h.ends_on >= $3::date)
      ORDER BY CASE h.kind WHEN 'definitif' THEN 0 WHEN 'plt' THEN 1 ELSE 2 END, h.starts_on DESC
      LIMIT 1`,
    [regionId, opd.id, day],
  );
  if (!head) throw new Problem(422, 'CONTRACT_NO_HEAD', { opdName: opd.name });
  return head;
}

/** Locks a contract for a change and reads its state (404 CONTRACT_NOT_FOUND). */
async function lockContract(tx: Sql, regionId: string, contractId: number): Promise<ContractSummary> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('performance-contract:' || $1 || ':' || $2))`, [
    regionId,
    contractId,
  ]);
  return summaryOf(tx, regionId, contractId);
}

/** Runs a pure rule; what it refuses is a problem with the rule's code and `status`. */
function rule(status: number, check: () => void): void {
  try {
    check();
  } catch (e) {
    if (e instanceof RuleViolation) throw e.problem(status);
    throw e;
  }
}

/** Checks an offer's items against the OPD's indicators (its own nodes' and the crosscutting ones it has a share of). */
async function checkItems(
  tx: Sql,
  regionId: string,
  opdId: number,
  items: readonly ContractItemInput[],
): Promise<void> {
  const ids = items.map((i) => i.indicatorId);
  const rows = await tx.query<{ id: number; polarity: Polarity; cumulative: boolean }>(
    `SELECT i.id::float8 AS id, i.polarity, i.cumulative
       FROM performance_indicator i
       JOIN performance_node n ON n.region_id = i.region_id AND n.id = i.node_id
      WHERE i.region_id = $1 AND i.id = ANY($2::bigint[])
        AND (EXISTS (SELECT 1 FROM performance_indicator_owner w
                      WHERE w.region_id = i.region_id AND w.indicator_id = i.id AND w.opd_id = $3)
             OR (n.opd_id = $3 AND NOT EXISTS (SELECT 1 FROM performance_indicator_owner x
                                                WHERE x.region_id = i.region_id AND x.indicator_id = i.id)))`,
    [regionId, ids, opdId],
  );
  const shapes = new Map(rows.map((r) => [r.id, r]));
  const foreign = ids.find((id) => !shapes.has(id));
  if (foreign !== undefined) throw new Problem(422, 'CONTRACT_ITEM_NOT_OPD', { indicatorId: foreign });
  rule(422, () => checkOffer(items, (id) => shapes.get(id) as { polarity: Polarity; cumulative: boolean }));
}

async function writeItems(
  tx: Sql,
  regionId: string,
  contractId: number,
  items: readonly ContractItemInput[],
) {
  await tx.query('DELETE FROM contract_item WHERE region_id = $1 AND contract_id = $2', [
    regionId,
    contractId,
  ]);
  for (const [position, i] of items.entries()) {
    const [q1, q2, q3, q4] = i.quarters;
    await tx.query(
      `INSERT INTO contract_item (region_id, contract_id, indicator_id, position, baseline, end_point, target,
         target_upper, tw1, tw2, tw3, tw4, timeline, budget, weight)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
      [
        regionId,
        contractId,
        i.indicatorId,
        position,
        i.baseline,
        i.endPoint,
        i.target,
        i.targetUpper,
        q1,
        q2,
        q3,
        q4,
        i.timeline,
        i.budget,
        i.weight,
      ],
    );
  }
}

async function appendOffer(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  contractId: number,
  side: Side,
  items: readonly ContractItemInput[],
  note: string | null,
): Promise<number> {
  const [row] = await tx.query<{ version: number }>(
    `INSERT INTO contract_offer (region_id, contract_id, version, side, items, note, offered_by, offered_by_label,
       offered_at)
     SELECT $1, $2, coalesce(max(version), 0) + 1, $3, $4::jsonb, $5, $6, $7, $8
       FROM contract_offer WHERE region_id = $1 AND contract_id = $2
     RETURNING version`,
    [regionId, contractId, side, JSON.stringify(items), note, actor.userId, actor.label, at],
  );
  return (row as { version: number }).version;
}

export interface OfferInput {
  items: ContractItemInput[];
  note: string | null;
}

/**
 * The OPD's bid for the year: the first makes its contract (naming the OPD's head of `day`), a later one revises the
 * OPD's offer or answers the leadership's counter-offer; refused once agreed (CONTRACT_ALREADY_AGREED).
 */
export async function bid(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  day: string,
  year: number,
  opd: OpdRef,
  input: OfferInput,
): Promise<Contract> {
  return db.transaction(async (tx) => {
    const round = await findRound(tx, regionId, year);
    await tx.query(
      `SELECT pg_advisory_xact_lock(hashtext('contract-bid:' || $1 || ':' || $2 || ':' || $3))`,
      [regionId, round.id, opd.id],
    );
    await checkItems(tx, regionId, opd.id, input.items);
    const [existing] = await tx.query<{ id: number }>(
      'SELECT id FROM performance_contract WHERE region_id = $1 AND round_id = $2 AND opd_id = $3',
      [regionId, round.id, opd.id],
    );
    let contractId: number;
    let before: ContractStatus | null = null;
    if (existing) {
      contractId = existing.id;
      const contract = await lockContract(tx, regionId, contractId);
      before = contract.status;
      const status = statusOr409(() => statusAfterOffer(contract.status, 'opd'));
      await tx.query(
        'UPDATE performance_contract SET status = $3, updated_at = $4 WHERE region_id = $1 AND id = $2',
        [regionId, contractId, status, at],
      );
    } else {
      const head = await headOf(tx, regionId, opd, day);
      const [row] = await tx.query<{ id: number }>(
        `INSERT INTO performance_contract (region_id, round_id, opd_id, status, head_employee_id, head_name,
           created_at, updated_at)
         VALUES ($1, $2, $3, 'bidding', $4, $5, $6, $6) RETURNING id`,
        [regionId, round.id, opd.id, head.id, head.name, at],
      );
      contractId = (row as { id: number }).id;
    }
    await writeItems(tx, regionId, contractId, input.items);
    const version = await appendOffer(tx, at, actor, regionId, contractId, 'opd', input.items, input.note);
    await audit(
      tx,
      at,
      actor,
      regionId,
      'performance_contract.bid',
      'performance_contract',
      contractId,
      { year, opdId: opd.id, version, status: 'bidding', items: input.items, note: input.note },
      before ? { status: before } : null,
    );
    return getContract(tx, regionId, contractId);
  });
}

function statusOr409(next: () => ContractStatus): ContractStatus {
  let status: ContractStatus = 'bidding';
  rule(409, () => {
    status = next();
  });
  return status;
}

/** The leadership's counter-offer (or a revision of it) to an OPD's bid. */
export async function counterOffer(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  contractId: number,
  input: OfferInput,
): Promise<Contract> {
  return db.transaction(async (tx) => {
    const contract = await lockContract(tx, regionId, contractId);
    const status = statusOr409(() => statusAfterOffer(contract.status, 'pimpinan'));
    await checkItems(tx, regionId, contract.opdId, input.items);
    await tx.query(
      'UPDATE performance_contract SET status = $3, updated_at = $4 WHERE region_id = $1 AND id = $2',
      [regionId, contractId, status, at],
    );
    await writeItems(tx, regionId, contractId, input.items);
    const version = await appendOffer(
      tx,
      at,
      actor,
      regionId,
      contractId,
      'pimpinan',
      input.items,
      input.note,
    );
    await audit(
      tx,
      at,
      actor,
      regionId,
      'performance_contract.counter',
      'performance_contract',
      contractId,
      { version, status, items: input.items, note: input.note },
      { status: contract.status },
    );
    return getContract(tx, regionId, contractId);
  });
}

/**
 * `side` accepts the other side's latest offer: the contract is agreed and its items' yearly and Tw1–Tw4 targets
 * become the indicators' targets of the round's year (through the tree's writer, audited there too).
 */
export async function accept(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  contractId: number,
  side: Side,
): Promise<Contract> {
  return db.transaction(async (tx) => {
    const contract = await lockContract(tx, regionId, contractId);
    rule(409, () => checkAccept(contract.status, side));
    await tx.query(
      `UPDATE performance_contract SET status = 'agreed', agreed_at = $3, updated_at = $3
        WHERE region_id = $1 AND id = $2`,
      [regionId, contractId, at],
    );
    const { items } = await getContract(tx, regionId, contractId);
    for (const item of items)
      await setTargetIn(tx, at, actor, regionId, { all: true }, item.indicatorId, {
        year: contract.year,
        target: item.target,
        targetUpper: item.targetUpper,
        quarters: item.quarters,
      });
    await audit(
      tx,
      at,
      actor,
      regionId,
      'performance_contract.agree',
      'performance_contract',
      contractId,
      { status: 'agreed', side },
      { status: contract.status },
    );
    return getContract(tx, regionId, contractId);
  });
}

/**
 * A signature: the recorded acceptance of the agreed contract by the named person, time-stamped. The OPD's side is
 * signed by the head the contract names and by no one else (CONTRACT_SIGNER_NOT_NAMED); the leadership's by whoever
 * holds the pimpinan role (the routes check it), under their own name.
 */
export async function sign(
  db: Database,
  at: Date,
  actor: Actor & { userId: number },
  regionId: string,
  contractId: number,
  side: Side,
): Promise<Contract> {
  return db.transaction(async (tx) => {
    const contract = await lockContract(tx, regionId, contractId);
    const status = statusOr409(() =>
      statusAfterSigning(contract.status, side, {
        opd: contract.opdSignedAt !== null,
        pimpinan: contract.pimpinanSignedAt !== null,
      }),
    );
    let signer = actor.label;
    if (side === 'opd') {
      const [head] = await tx.query<{ name: string }>(
        'SELECT name FROM employee WHERE region_id = $1 AND id = $2 AND user_id = $3',
        [regionId, contract.headEmployeeId, actor.userId],
      );
      if (!head) throw new Problem(403, 'CONTRACT_SIGNER_NOT_NAMED', { headName: contract.headName });
      signer = head.name;
    } else {
      const [employee] = await tx.query<{ name: string }>(
        'SELECT name FROM employee WHERE region_id = $1 AND user_id = $2',
        [regionId, actor.userId],
      );
      if (employee) signer = employee.name;
    }
    const column = side === 'opd' ? 'opd' : 'pimpinan';
    await tx.query(
      `UPDATE performance_contract SET status = $3, ${column}_signed_at = $4, ${column}_signed_by = $5,
         ${column}_signer_name = $6, updated_at = $4
        WHERE region_id = $1 AND id = $2`,
      [regionId, contractId, status, at, actor.userId, signer],
    );
    await audit(
      tx,
      at,
      actor,
      regionId,
      'performance_contract.sign',
      'performance_contract',
      contractId,
      { side, signer, status },
      { status: contract.status },
    );
    return getContract(tx, regionId, contractId);
  });
}

/** A signed contract's item, for the rankings' weights and the public page (contracts/index: signedContractItems). */
export interface SignedContractItem {
  opdId: number;
  indicatorId: number;
  weight: number;
  baseline: number;
  endPoint: number;
  target: number;
  targetUpper: number | null;
  quarters: number[];
  budget: number;
}

/** Every item of the region's contracts of `year` that both sides have signed, by OPD and the item's order. */
export async function signedContractItems(
  db: Sql,
  regionId: string,
  year: number,
): Promise<SignedContractItem[]> {
  const rows = await db.query<
    Omit<SignedContractItem, 'quarters'> & { tw1: number; tw2: number; tw3: number; tw4: number }
  >(
    `SELECT c.opd_id::float8 AS "opdId", ci.indicator_id::float8 AS "indicatorId", ci.weight::float8 AS weight,
            ci.baseline::float8 AS baseline, ci.end_point::float8 AS "endPoint", ci.target::float8 AS target,
            ci.target_upper::float8 AS "targetUpper", ci.tw1::float8 AS tw1, ci.tw2::float8 AS tw2,
            ci.tw3::float8 AS tw3, ci.tw4::float8 AS tw4, ci.budget::float8 AS budget
       FROM contract_item ci
       JOIN performance_contract c ON c.region_id = ci.region_id AND c.id = ci.contract_id
       JOIN contract_round r ON r.region_id = c.region_id AND r.id = c.round_id
      WHERE ci.region_id = $1 AND r.year = $2 AND c.status = 'signed'
      ORDER BY c.opd_id, ci.position`,
    [regionId, year],
  );
  return rows.map(({ tw1, tw2, tw3, tw4, ...r }) => ({ ...r, quarters: [tw1, tw2, tw3, tw4] }));
}
