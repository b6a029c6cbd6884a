import type { Database } from '../../db/database';
import type { Lang } from '../../platform/problem';
import {
  arrears,
  debtorNameOf,
  debtorNumberOf,
  formatBillingCode,
  monthsLate,
  outstandingSql,
  subjectOf,
} from '../../receivables';
import { collectionSettingsOn } from '../settings/collection-settings';
import { AGES, type Age, ageOf, collectionLapsesOn, isLapsed } from './age-buckets';

export interface AgeBucket {
  age: Age;
  bills: number;
  principal: number;
  interest: number;
  total: number;
}

export interface TopDebtor {
  taxpayerId: number;
  name: string;
  npwpd: string | null;
  bills: number;
  principal: number;
  interest: number;
  total: number;
  /** The oldest due date among their overdue bills. */
  oldestDue: string;
}

export interface WriteOffCandidate {
  billId: number;
  billingCode: string;
  billingCodeDisplay: string;
  taxpayerName: string;
  npwpd: string | null;
  taxName: string;
  period: string | null;
  dueDate: string;
  /** The latest Surat Teguran or Surat Paksa, which suspended the time limit (null: none). */
  lastLetterOn: string | null;
  lapsedOn: string;
  principal: number;
  interest: number;
  total: number;
}

const TOP_DEBTORS = 10;
const WRITE_OFF_ROWS = 200;

/**
 * Piutang by age as of a day (age-buckets.ts): the open bills not yet past due (`current`, principal only) and the
 * arrears priced by receivables in the very pass and at the very prices of the arrears list (`arrears`), so that the
 * three overdue buckets add up to its sums; the largest debtors; and the bills past the collection time limit (the
 * region's years, suspended by a letter), proposed for write-off.
 */
export async function arrearsAging(db: Database, regionId: string, asOf: string, lang: Lang) {
  const settings = await collectionSettingsOn(db, regionId, asOf);
  const buckets = new Map<Age, AgeBucket>(
    AGES.map((age) => [age, { age, bills: 0, principal: 0, interest: 0, total: 0 }]),
  );
  const add = (age: Age, principal: number, interest: number) => {
    const b = buckets.get(age) as AgeBucket;
    b.bills++;
    b.principal += principal;
    b.interest += interest;
    b.total += principal + interest;
  };
  const [current] = await db.query<{ bills: number; principal: number }>(
    `SELECT count(*)::int AS bills, coalesce(sum(o.outstanding), 0)::int8 AS principal FROM (
       SELECT ${outstandingSql('$1')} FROM bill b WHERE b.region_id = $1 AND b.status = 'open' AND b.due_date >= $2) o`,
    [regionId, asOf],
  );
  const cur = buckets.get('current') as AgeBucket;
  cur.bills = current?.bills ?? 0;
  cur.principal = current?.principal ?? 0;
  cur.total = cur.principal;

  // The latest letter of each bill that has one: it suspends the time limit.
  const letters = new Map(
    (
      await db.query<{ billId: number; lastOn: string }>(
        `SELECT bill_id AS "billId", max(issued_on)::text AS "lastOn" FROM collection_letter WHERE region_id = $1
          GROUP BY bill_id`,
        [regionId],
      )
    ).map((r) => [r.billId, r.lastOn]),
  );
  const debtors = new Map<number, Omit<TopDebtor, 'name' | 'npwpd'>>();
  const lapsed: { billId: number; dueDate: string; lastLetterOn: string | null; p: number; i: number }[] = [];
  const summed = await arrears(db, regionId, asOf, {
    limit: 0,
    each(bill) {
      add(ageOf(monthsLate(bill.dueDate, asOf)), bill.principal, bill.penalty);
      const d = debtors.get(bill.taxpayerId) ?? {
        taxpayerId: bill.taxpayerId,
        bills: 0,
        principal: 0,
        interest: 0,
        total: 0,
        oldestDue: bill.dueDate,
      };
      d.bills++;
      d.principal += bill.principal;
      d.interest += bill.penalty;
      d.total += bill.total;
      if (bill.dueDate < d.oldestDue) d.oldestDue = bill.dueDate;
      debtors.set(bill.taxpayerId, d);
      const lastLetterOn = letters.get(bill.billId) ?? null;
      if (isLapsed(bill.dueDate, settings.writeOffYears, lastLetterOn, asOf))
        lapsed.push({
          billId: bill.billId,
          dueDate: bill.dueDate,
          lastLetterOn,
          p: bill.principal,
          i: bill.penalty,
        });
    },
  });

  const top = [...debtors.values()]
    .sort((a, b) => b.total - a.total || a.taxpayerId - b.taxpayerId)
    .slice(0, TOP_DEBTORS);
  const names = new Map(
    (
      await db.query<{ taxpayerId: number; name: string; npwpd: string | null }>(
        `SELECT DISTINCT ON (b.taxpayer_id) b.taxpayer_id AS "taxpayerId", ${debtorNameOf('b', '$1')} AS name,
                ${debtorNumberOf('b', '$1')} AS npwpd
           FROM bill b WHERE b.region_id = $1 AND b.taxpayer_id = ANY($2::bigint[])
          ORDER BY b.taxpayer_id, b.id DESC`,
        [regionId, top.map((d) => d.taxpayerId)],
      )
    ).map((r) => [r.taxpayerId, r]),
  );
  lapsed.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.billId - b.billId));
  const shown = lapsed.slice(0, WRITE_OFF_ROWS);
  const details = new Map(
    (
      await db.query<{
        id: number;
        billingCode: string;
        taxpayerName: string;
        npwpd: string | null;
        taxName: string;
        period: string | null;
      }>(
        `SELECT b.id, b.billing_code AS "billingCode", ${debtorNameOf('b', '$1')} AS "taxpayerName",
                ${debtorNumberOf('b', '$1')} AS npwpd, ${subjectOf('b', lang)} AS "taxName", b.period
           FROM bill b WHERE b.region_id = $1 AND b.id = ANY($2::bigint[])`,
        [regionId, shown.map((l) => l.billId)],
      )
    ).map((r) => [r.id, r]),
  );
  return {
    asOf,
    settings: { writeOffYears: settings.writeOffYears, effectiveFrom: settings.effectiveFrom },
    buckets: [...buckets.values()],
    arrears: {
      bills: summed.count,
      principal: summed.principal,
      interest: summed.penalty,
      total: summed.total,
    },
    topDebtors: top.map(
      (d): TopDebtor => ({
        ...d,
        name: names.get(d.taxpayerId)?.name ?? '',
        npwpd: names.get(d.taxpayerId)?.npwpd ?? null,
      }),
    ),
    writeOffCandidates: shown.map((l): WriteOffCandidate => {
      const d = details.get(l.billId);
      return {
        billId: l.billId,
        billingCode: d?.billingCode ?? '',
        billingCodeDisplay: formatBillingCode(d?.billingCode ?? ''),
        taxpayerName: d?.taxpayerName ?? '',
        npwpd: d?.npwpd ?? null,
        taxName: d?.taxName ?? '',
        period: d?.period ?? null,
        dueDate: l.dueDate,
        lastLetterOn: l.lastLetterOn,
        lapsedOn: collectionLapsesOn(l.dueDate, settings.writeOffYears, l.lastLetterOn),
        principal: l.p,
        interest: l.i,
        total: l.p + l.i,
      };
    }),
    writeOffTotals: {
      bills: lapsed.length,
      principal: lapsed.reduce((s, l) => s + l.p, 0),
      interest: lapsed.reduce((s, l) => s + l.i, 0),
    },
  };
}
