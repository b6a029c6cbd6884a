import type { Sql } from '../../db/database';
import { addDays } from '../../platform/calendar';
import type { Bilingual } from '../../platform/problem';
import { billSummaries } from '../../receivables';
import { taxNames } from '../dashboard/dashboard';

/**
 * The payments behind a realisation figure (the drill-down): each payment on its day, and each reversal, negative, on
 * the day it was made, as the rollup counts them, so that a figure's entries add up to it. Paged, newest first; each
 * names its SSPD (`GET …/payments/{paymentId}/sspd.pdf`).
 *
 * The entries are the rollup's (`revenue_entry`, as of its last run, as the figure drilled into is): with millions of
 * payments a year (bench/revenue.ts) neither counting a figure's payments nor finding a kelurahan's few among a month's
 * by joining each to its bill and object fits the dashboard's 50 ms. The count and sums are the figure's own (a period
 * here is whole months, and every filter is a rollup dimension), and a page is read along the index that serves its
 * filter, newest first.
 */
export interface EntryFilter {
  year: number;
  /** 1–12. */
  month?: number | undefined;
  taxCode?: string | undefined;
  /** A kelurahan's code, or `-` for bills without a tax object. */
  villageCode?: string | undefined;
  /** A kecamatan's code (`35.73.02`). */
  districtCode?: string | undefined;
  channel?: string | undefined;
  partnerId?: string | undefined;
}

export interface RealisationEntry {
  kind: 'payment' | 'reversal';
  paymentId: number;
  ntpd: string;
  /** The region's day it counts on: the payment's, or the reversal's. */
  day: string;
  paidAt: Date;
  reversedAt: Date | null;
  billId: number;
  billingCode: string;
  taxCode: string;
  /** The tax type's name in both languages, for a person (the code is for machines). */
  taxName: Bilingual;
  period: string | null;
  taxpayerId: number;
  taxpayerName: string;
  objectName: string | null;
  villageCode: string;
  channel: string;
  partnerId: string;
  partnerName: string;
  /** Signed: a reversal's are negative. */
  principal: number;
  penalty: number;
  amount: number;
  /** The SSPD's address under the API, as the payments list's `…/payments/{id}/sspd.pdf`. */
  sspd: string;
}

export interface EntryPage {
  items: RealisationEntry[];
  /** How many entries match, and what they add up to (the figure drilled into). */
  count: number;
  principal: number;
  penalty: number;
  amount: number;
}

function period(f: EntryFilter): { from: string; to: string } {
  if (!f.month) return { from: `${f.year}-01-01`, to: `${f.year}-12-31` };
  const m = String(f.month).padStart(2, '0');
  const next =
    f.month === 12 ? `${f.year + 1}-01-01` : `${f.year}-${String(f.month + 1).padStart(2, '0')}-01`;
  return { from: `${f.year}-${m}-01`, to: addDays(next, -1) };
}

/** Each filter's column of `revenue_entry` and `revenue_month` (both have the rollup's dimensions). */
const FILTERS = [
  ['taxCode', 'tax_code'],
  ['villageCode', 'village_code'],
  ['districtCode', 'left(village_code, 8)'],
  ['channel', 'channel'],
  ['partnerId', 'partner_id'],
] as const;

/**
 * The conditions of the filters given, on the alias's columns, with their values as parameters from `$first` on.
 * Only the filters given are in the statement, so that the planner picks the index that serves them (a kelurahan's
 * entries along `revenue_entry_village`) instead of one plan for every combination.
 */
function conditions(f: EntryFilter, alias: string, first: number): { sql: string; values: string[] } {
  const given = FILTERS.filter(([key]) => f[key] !== undefined);
  return {
    sql: given.map(([, column], i) => ` AND ${alias}.${column} = $${first + i}`).join(''),
    values: given.map(([key]) => f[key] as string),
  };
}

export async function findRealisationEntries(
  db: Sql,
  regionId: string,
  f: EntryFilter,
  page: { limit: number; offset: number },
): Promise<EntryPage> {
  const { from, to } = period(f);
  // How many entries the figure has and what they add up to, from the rollup: its months' net sums and net count
  // (payments less reversals), and each reversal counted twice more (it is an entry, and so is the payment it took
  // back). As of the rollup's last run, as the figure drilled into is, and as the entries below are.
  const months = conditions(f, 'm', 4);
  const reversals = conditions(f, 'e', 4);
  const [sums] = await db.query<{ count: number; principal: number; penalty: number }>(
    `SELECT (coalesce(sum(m.payments), 0) + 2 * (
              SELECT count(*) FROM revenue_entry e
               WHERE e.region_id = $1 AND e.reversal AND e.day BETWEEN $2::date AND $3::date${reversals.sql}))::int
              AS count,
            coalesce(sum(m.principal), 0)::int8 AS principal, coalesce(sum(m.penalty), 0)::int8 AS penalty
       FROM revenue_month m
      WHERE m.region_id = $1 AND m.month BETWEEN $2::date AND $3::date${months.sql}`,
    [regionId, `${from.slice(0, 7)}-01`, to, ...months.values],
  );
  // The page's entries along the rollup's own list (newest first by day, then payment), then what each shows.
  const entries = conditions(f, 'e', 6);
  const rows = await db.query<Omit<RealisationEntry, 'amount' | 'taxName' | 'taxpayerName' | 'sspd'>>(
    `SELECT CASE WHEN e.reversal THEN 'reversal' ELSE 'payment' END AS kind, e.day, e.principal, e.penalty,
            p.id AS "paymentId", p.ntpd, p.paid_at AS "paidAt", rv.reversed_at AS "reversedAt",
            p.bill_id AS "billId", p.billing_code AS "billingCode", e.tax_code AS "taxCode", b.period,
            b.taxpayer_id AS "taxpayerId", o.name AS "objectName", e.village_code AS "villageCode",
            e.channel, e.partner_id AS "partnerId", pp.name AS "partnerName"
       FROM (SELECT e.* FROM revenue_entry e
              WHERE e.region_id = $1 AND e.day BETWEEN $2::date AND $3::date${entries.sql}
              ORDER BY e.day DESC, e.payment_id DESC, e.reversal LIMIT $4 OFFSET $5) e
       JOIN payment p ON p.region_id = $1 AND p.id = e.payment_id
       LEFT JOIN payment_reversal rv ON rv.region_id = $1 AND rv.payment_id = p.id
       JOIN bill b ON b.region_id = $1 AND b.id = p.bill_id
       LEFT JOIN tax_object o ON o.region_id = $1 AND o.id = b.object_id
       JOIN payment_partner pp ON pp.partner_id = e.partner_id
      ORDER BY e.day DESC, e.payment_id DESC, e.reversal`,
    [regionId, from, to, page.limit, page.offset, ...entries.values],
  );
  const bills = await billSummaries(
    db,
    regionId,
    rows.map((r) => r.billId),
  );
  const names = await taxNames(db);
  const principal = sums?.principal ?? 0;
  const penalty = sums?.penalty ?? 0;
  return {
    items: rows.map((r) => ({
      ...r,
      taxName: names.get(r.taxCode) ?? { id: r.taxCode, en: r.taxCode },
      amount: r.principal + r.penalty,
      taxpayerName: bills.get(r.billId)?.debtorName ?? '',
      sspd: `/api/v1/regions/${regionId}/payments/${r.paymentId}/sspd.pdf`,
    })),
    count: sums?.count ?? 0,
    principal,
    penalty,
    amount: principal + penalty,
  };
}
