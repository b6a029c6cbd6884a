import type { Sql } from '../../db/database';
import { addDays } from '../../platform/calendar';
import { localInstant, type TimeZone } from '../../platform/clock';
import type { Bilingual } from '../../platform/problem';
import { billSummaries } from '../../receivables';
import { taxNames } from '../dashboard/dashboard';

/**
 * The payments behind a realisation figure (the drill-down): each payment on its day, and each reversal, negative, on
 * the day it was made, as the rollup counts them, so that a figure's entries add up to it. Paged, newest first; each
 * names its SSPD (`GET …/payments/{paymentId}/sspd.pdf`).
 *
 * With millions of payments a year (bench/revenue.ts) neither counting a year's entries nor sorting them for a page can
 * read them all within the dashboard's 50 ms: the count and sums are the figure's own, from the rollup (a period here
 * is whole months, and every filter is a rollup dimension), and each kind of entry gives only its newest
 * `limit + offset` (payments by the index on day and id, migration 0035) before the two are merged into the page.
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

/**
 * Both kinds of entry with the filter's conditions; parameters $1 region, $2–$3 days, $4–$5 instants, $6–$10 filters,
 * $11 time zone; `top` (a parameter's name) keeps each kind's newest that many.
 */
function entriesSql(top?: string): string {
  const filters = `($6::text IS NULL OR b.tax_code = $6)
      AND ($7::text IS NULL OR coalesce(o.village_code, '-') = $7)
      AND ($8::text IS NULL OR left(o.village_code, 8) = $8)
      AND ($9::text IS NULL OR p.channel = $9)
      AND ($10::text IS NULL OR p.partner_id = $10)`;
  const columns = `p.id AS "paymentId", p.ntpd, p.paid_at AS "paidAt", rv.reversed_at AS "reversedAt",
      p.bill_id AS "billId", p.billing_code AS "billingCode", b.tax_code AS "taxCode", b.period,
      b.taxpayer_id AS "taxpayerId", o.name AS "objectName", coalesce(o.village_code, '-') AS "villageCode",
      p.channel, p.partner_id AS "partnerId", pp.name AS "partnerName"`;
  const joins = `JOIN bill b ON b.region_id = $1 AND b.id = p.bill_id
      LEFT JOIN tax_object o ON o.region_id = $1 AND o.id = b.object_id
      JOIN payment_partner pp ON pp.partner_id = p.partner_id`;
  const newest = top ? `ORDER BY 2 DESC, "paymentId" DESC LIMIT ${top}` : '';
  return `(SELECT 'payment' AS kind, p.day, p.principal, p.penalty, ${columns}
       FROM payment p
       LEFT JOIN payment_reversal rv ON rv.region_id = $1 AND rv.payment_id = p.id
       ${joins}
      WHERE p.region_id = $1 AND p.day BETWEEN $2::date AND $3::date AND ${filters}
      ${newest})
     UNION ALL
     (SELECT 'reversal', (rv.reversed_at AT TIME ZONE $11)::date, -p.principal, -p.penalty, ${columns}
       FROM payment_reversal rv
       JOIN payment p ON p.region_id = $1 AND p.id = rv.payment_id
       ${joins}
      WHERE rv.region_id = $1 AND rv.reversed_at >= $4 AND rv.reversed_at < $5 AND ${filters}
      ${newest})`;
}

/**
 * How many entries a figure has and what they add up to, from the rollup: its months' net sums and net count
 * (payments less reversals), and the reversals made in the period counted twice more (each is an entry, and so is the
 * payment it took back). As of the rollup's last run, as the figure drilled into is.
 */
function sumsSql(): string {
  return `SELECT (coalesce(sum(m.payments), 0) + 2 * (
                   SELECT count(*) FROM payment_reversal rv
                     JOIN payment p ON p.region_id = $1 AND p.id = rv.payment_id
                     JOIN bill b ON b.region_id = $1 AND b.id = p.bill_id
                     LEFT JOIN tax_object o ON o.region_id = $1 AND o.id = b.object_id
                    WHERE rv.region_id = $1 AND rv.reversed_at >= $4 AND rv.reversed_at < $5
                      AND ($6::text IS NULL OR b.tax_code = $6)
                      AND ($7::text IS NULL OR coalesce(o.village_code, '-') = $7)
                      AND ($8::text IS NULL OR left(o.village_code, 8) = $8)
                      AND ($9::text IS NULL OR p.channel = $9)
                      AND ($10::text IS NULL OR p.partner_id = $10)))::int AS count,
          coalesce(sum(m.principal), 0)::int8 AS principal, coalesce(sum(m.penalty), 0)::int8 AS penalty
     FROM revenue_month m
    WHERE m.region_id = $1 AND m.month BETWEEN $2::date AND $3::date
      AND ($6::text IS NULL OR m.tax_code = $6)
      AND ($7::text IS NULL OR m.village_code = $7)
      AND ($8::text IS NULL OR left(m.village_code, 8) = $8)
      AND ($9::text IS NULL OR m.channel = $9)
      AND ($10::text IS NULL OR m.partner_id = $10)`;
}

export async function findRealisationEntries(
  db: Sql,
  regionId: string,
  timeZone: TimeZone,
  f: EntryFilter,
  page: { limit: number; offset: number },
): Promise<EntryPage> {
  const { from, to } = period(f);
  const params = [
    regionId,
    from,
    to,
    localInstant(from, '00:00', timeZone),
    localInstant(addDays(to, 1), '00:00', timeZone),
    f.taxCode ?? null,
    f.villageCode ?? null,
    f.districtCode ?? null,
    f.channel ?? null,
    f.partnerId ?? null,
    timeZone,
  ];
  const [sums] = await db.query<{ count: number; principal: number; penalty: number }>(
    sumsSql(),
    params.slice(0, 10), // all but the time zone, which the rollup's days already reflect
  );
  const rows = await db.query<Omit<RealisationEntry, 'amount' | 'taxName' | 'taxpayerName' | 'sspd'>>(
    `SELECT * FROM (${entriesSql('$12::int + $13::int')}) e
      ORDER BY e.day DESC, e."paymentId" DESC, e.kind LIMIT $12 OFFSET $13`,
    [...params, page.limit, page.offset],
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
