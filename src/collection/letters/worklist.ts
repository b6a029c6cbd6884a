import type { Database } from '../../db/database';
import { addDays } from '../../platform/calendar';
import type { Lang } from '../../platform/problem';
import {
  debtorNameOf,
  debtorNumberOf,
  formatBillingCode,
  loadBill,
  priceBills,
  subjectOf,
} from '../../receivables';
import { collectionSettingsOn } from '../settings/collection-settings';
import { STAGES, type Stage } from './letter-rules';

export interface WorklistItem {
  billId: number;
  billingCode: string;
  billingCodeDisplay: string;
  taxpayerId: number;
  taxpayerName: string;
  npwpd: string | null;
  taxName: string;
  period: string | null;
  dueDate: string;
  status: 'open' | 'paid' | 'written_off' | 'cancelled';
  /** What the bill costs today (null once closed). */
  principal: number | null;
  interest: number | null;
  total: number | null;
  teguran: { id: number; number: string; issuedOn: string; deadline: string; total: number } | null;
  paksa: { id: number; number: string; issuedOn: string; deadline: string; total: number } | null;
}

/** What a stage's letters brought in: payments on their bills after the letter (before the next letter, if any). */
export interface BroughtIn {
  kind: 'teguran' | 'paksa';
  letters: number;
  billsPaid: number;
  amount: number;
}

/**
 * The stage of each bill in SQL, as `stageOf` (letter-rules.ts) says it, so that the worklist is counted and paged by
 * the database. `$1` region, `$2` today, `$3` the latest due date a teguran may be issued for today, `$4` the years
 * after which the right to collect lapses, counted from the due date or the latest letter (29 February counts from
 * the 28th, as `collectionLapsesOn` does): an open bill past it is at no stage.
 */
const CASES = `
  WITH c AS (
    SELECT b.id, b.status, b.due_date, b.taxpayer_id,
           t.id AS t_id, t.number AS t_number, t.issued_on AS t_on, t.deadline AS t_deadline, t.total AS t_total,
           p.id AS p_id, p.number AS p_number, p.issued_on AS p_on, p.deadline AS p_deadline, p.total AS p_total,
           greatest(b.due_date, t.issued_on, p.issued_on) AS runs_from
      FROM bill b
      LEFT JOIN collection_letter t ON t.region_id = $1 AND t.bill_id = b.id AND t.kind = 'teguran'
      LEFT JOIN collection_letter p ON p.region_id = $1 AND p.bill_id = b.id AND p.kind = 'paksa'
     WHERE b.region_id = $1 AND ((b.status = 'open' AND b.due_date <= $3) OR t.id IS NOT NULL)
  ), s AS (
    SELECT c.*, CASE
        WHEN c.status <> 'open' THEN 'closed'
        WHEN ((CASE WHEN to_char(c.runs_from, 'MM-DD') = '02-29' THEN c.runs_from - 1 ELSE c.runs_from END)
              + make_interval(years => $4::int))::date <= $2::date THEN NULL
        WHEN c.p_id IS NOT NULL THEN 'paksa'
        WHEN c.t_id IS NOT NULL THEN CASE WHEN $2::date > c.t_deadline THEN 'due_paksa' ELSE 'teguran' END
        ELSE 'due_teguran' END AS stage
      FROM c
  )`;

/**
 * The officer's collection worklist on a day: how many bills are at each stage, a page of one stage's bills (oldest
 * due first) priced as of the day, and what each kind of letter brought in. Bills past the collection time limit are
 * left out: the arrears by age list them for write-off.
 */
export async function collectionWorklist(
  db: Database,
  regionId: string,
  day: string,
  options: { stage: Stage; limit: number; offset: number; lang: Lang },
) {
  const settings = await collectionSettingsOn(db, regionId, day);
  const latestDue = addDays(day, -Math.max(1, settings.teguranAfterDays));
  const params = [regionId, day, latestDue, settings.writeOffYears];
  const counted = await db.query<{ stage: Stage; bills: number }>(
    `${CASES} SELECT stage, count(*)::int AS bills FROM s WHERE stage IS NOT NULL GROUP BY stage`,
    params,
  );
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  for (const c of counted) counts[c.stage] = c.bills;
  const rows = await db.query<{
    id: number;
    status: WorklistItem['status'];
    dueDate: string;
    taxpayerId: number;
    billingCode: string;
    taxpayerName: string;
    npwpd: string | null;
    taxName: string;
    period: string | null;
    tId: number | null;
    tNumber: string | null;
    tOn: string | null;
    tDeadline: string | null;
    tTotal: number | null;
    pId: number | null;
    pNumber: string | null;
    pOn: string | null;
    pDeadline: string | null;
    pTotal: number | null;
  }>(
    `${CASES}
     SELECT s.id, s.status, s.due_date AS "dueDate", s.taxpayer_id AS "taxpayerId", b.billing_code AS "billingCode",
            ${debtorNameOf('b', '$1')} AS "taxpayerName", ${debtorNumberOf('b', '$1')} AS npwpd,
            ${subjectOf('b', options.lang)} AS "taxName", b.period,
            s.t_id AS "tId", s.t_number AS "tNumber", s.t_on AS "tOn", s.t_deadline AS "tDeadline", s.t_total AS "tTotal",
            s.p_id AS "pId", s.p_number AS "pNumber", s.p_on AS "pOn", s.p_deadline AS "pDeadline", s.p_total AS "pTotal"
       FROM s JOIN bill b ON b.region_id = $1 AND b.id = s.id
      WHERE s.stage = $5
      ORDER BY s.due_date, s.id LIMIT $6 OFFSET $7`,
    [...params, options.stage, options.limit, options.offset],
  );
  const open = await Promise.all(
    rows.filter((r) => r.status === 'open').map((r) => loadBill(db, regionId, { id: r.id })),
  );
  const prices = await priceBills(db, regionId, day, open);
  const priceOf = new Map(open.map((b, i) => [b.id, prices[i] ?? null]));
  const items: WorklistItem[] = rows.map((r) => {
    const price = priceOf.get(r.id) ?? null;
    return {
      billId: r.id,
      billingCode: r.billingCode,
      billingCodeDisplay: formatBillingCode(r.billingCode),
      taxpayerId: r.taxpayerId,
      taxpayerName: r.taxpayerName,
      npwpd: r.npwpd,
      taxName: r.taxName,
      period: r.period,
      dueDate: r.dueDate,
      status: r.status,
      principal: price?.principal ?? null,
      interest: price?.penalty ?? null,
      total: price?.total ?? null,
      teguran:
        r.tId !== null
          ? {
              id: r.tId,
              number: r.tNumber as string,
              issuedOn: r.tOn as string,
              deadline: r.tDeadline as string,
              total: r.tTotal as number,
            }
          : null,
      paksa:
        r.pId !== null
          ? {
              id: r.pId,
              number: r.pNumber as string,
              issuedOn: r.pOn as string,
              deadline: r.pDeadline as string,
              total: r.pTotal as number,
            }
          : null,
    };
  });
  return {
    day,
    settings: {
      teguranAfterDays: settings.teguranAfterDays,
      paksaAfterDays: settings.paksaAfterDays,
      effectiveFrom: settings.effectiveFrom,
    },
    stage: options.stage,
    counts,
    total: counts[options.stage],
    items,
    broughtIn: await broughtIn(db, regionId),
  };
}

/**
 * What each kind of letter brought in: the payments on its bills made after it (a payment after a Surat Paksa counts
 * for the paksa, not for the teguran before it), less those the bank reversed. Payments are payments' rows, read here.
 */
export async function broughtIn(db: Database, regionId: string): Promise<BroughtIn[]> {
  const rows = await db.query<BroughtIn>(
    `SELECT l.kind, count(DISTINCT l.id)::int AS letters, count(DISTINCT p.bill_id)::int AS "billsPaid",
            coalesce(sum(p.amount), 0)::int8 AS amount
       FROM collection_letter l
       LEFT JOIN payment p ON p.region_id = $1 AND p.bill_id = l.bill_id AND p.paid_at >= l.issued_at
        AND NOT EXISTS (SELECT 1 FROM payment_reversal r WHERE r.region_id = $1 AND r.payment_id = p.id)
        AND (l.kind = 'paksa' OR NOT EXISTS (
          SELECT 1 FROM collection_letter x WHERE x.region_id = $1 AND x.bill_id = l.bill_id AND x.kind = 'paksa'
             AND x.issued_at <= p.paid_at))
      WHERE l.region_id = $1
      GROUP BY l.kind`,
    [regionId],
  );
  return (['teguran', 'paksa'] as const).map(
    (kind) => rows.find((r) => r.kind === kind) ?? { kind, letters: 0, billsPaid: 0, amount: 0 },
  );
}
