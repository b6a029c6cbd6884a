import type { Database } from '../db/database';
import { appendAuditEntries } from '../platform/audit';
import { addMonthsClamped, compareDates, monthOf, nextMonth } from '../platform/calendar';
import { localDate, localInstant, type TimeZone } from '../platform/clock';
import { findRegion } from '../platform/regions';
import { applyRate } from '../platform/rounding';
import { billLines, issueBills } from '../receivables';
import { DEMO_BUSINESSES, MONTHS_OF_HISTORY, random, seasonOf } from './demo-data';
import { type PolicyVersion, taxPolicyOn } from './policy';
import { type TaxRate, taxRateOn } from './rates';
import { auditView } from './returns/tax-return';
import { opsenMblb } from './rules/mblb';
import { dueDateFor } from './rules/tax-period';
import { taxBillOrigin } from './tax-bills';

/**
 * The demo's earlier months, in bulk: the SPTPD that the demo's self-assessing businesses filed for each masa from
 * December of the year before last (whose payments open last year) up to the six months the tax
 * history seeds one by one (demo-data.ts), each verified, billed and paid — on time, or a month or two late for the
 * businesses that pay late — so that the revenue dashboards have last year whole and its pattern to forecast from.
 * Written a region at a time in a few statements (returns, bills, audit entries; payments at the bulk teller given),
 * so that two years of history do not make the first start wait. The months after are the tax history's own.
 */
export type DemoBulkTeller = (
  db: Database,
  regionId: string,
  bills: readonly { billId: number; day: string }[],
) => Promise<void>;

const SEED_ACTOR = { userId: null, label: 'demo-seed' };
const OFFICER_LABEL = 'demo-seed (petugas)';

export async function seedDemoEarlierMasa(
  db: Database,
  now: Date,
  regionIds: readonly string[],
  payAll: DemoBulkTeller,
): Promise<number> {
  let filed = 0;
  for (const regionId of regionIds) {
    const region = await findRegion(db, regionId);
    if (region)
      filed += await seedRegion(db, regionId, region.timeZone, localDate(now, region.timeZone), payAll);
  }
  return filed;
}

/**
 * The rate a masa is computed at: the one in force, or, for a masa before the demo's rates begin (December 2023: the
 * demo records Kota Malang's Perda rates from 1 January 2024), the first rate recorded. That stands in for the PDRD
 * Perda's rate, the same 10% for restaurants and hotels, so that last year is on record from its January.
 */
export async function demoRateOn(
  db: Database,
  regionId: string,
  taxCode: string,
  category: string,
  period: string,
): Promise<TaxRate | null> {
  try {
    return await taxRateOn(db, regionId, taxCode, category, `${period}-01`);
  } catch {
    const [first] = await db.query<{ validFrom: string | null }>(
      `SELECT min(valid_from) AS "validFrom" FROM tax_rate WHERE region_id = $1 AND tax_code = $2 AND category = $3`,
      [regionId, taxCode, category],
    );
    return first?.validFrom ? taxRateOn(db, regionId, taxCode, category, first.validFrom) : null;
  }
}

/** A masa filed in bulk: the verified SPTPD and its bill, and, when paid, the day it was (`payOn`). */
export interface BulkFiling {
  objectId: number;
  taxpayerId: number;
  taxCode: string;
  period: string;
  gross: number;
  ratePpm: number;
  tax: number;
  opsen: number;
  dueDate: string;
  fileOn: string;
  policy: PolicyVersion;
}

interface Filing extends BulkFiling {
  payOn: string;
}

async function seedRegion(
  db: Database,
  regionId: string,
  timeZone: TimeZone,
  today: string,
  payAll: DemoBulkTeller,
): Promise<number> {
  // The tax history's first masa; the earlier months end the month before it.
  const detailedFrom = monthOf(addMonthsClamped(`${monthOf(today)}-01`, -MONTHS_OF_HISTORY));
  const from = `${Number(today.slice(0, 4)) - 2}-12`;
  const policies = new Map<string, Promise<PolicyVersion>>();
  const rates = new Map<string, Promise<TaxRate | null>>();
  const policyOf = (period: string) => {
    if (!policies.has(period)) policies.set(period, taxPolicyOn(db, regionId, `${period}-01`));
    return policies.get(period) as Promise<PolicyVersion>;
  };
  const rateOf = (taxCode: string, category: string, period: string) => {
    const key = `${taxCode}|${category}|${period}`;
    if (!rates.has(key)) rates.set(key, demoRateOn(db, regionId, taxCode, category, period));
    return rates.get(key) as Promise<TaxRate | null>;
  };

  const filings: Filing[] = [];
  for (const [i, b] of (DEMO_BUSINESSES[regionId] ?? []).entries()) {
    // One generator per business: each one's months are the same whichever others are left out.
    const rand = random((regionId === '35.73' ? 35_730 : 19_010) + i);
    // The businesses of the demo's own taxpayer accounts (wp@…) keep the masa they never filed: their portal shows
    // what a late filer sees (issue 14's filing screens and their browser tests stand on it).
    if (b.basis || !b.gross || b.owner.userEmail) continue;
    const [object] = await db.query<{ id: number; taxpayerId: number; category: string }>(
      `SELECT id, taxpayer_id AS "taxpayerId", category FROM tax_object WHERE region_id = $1 AND name = $2`,
      [regionId, b.object.name],
    );
    if (!object) continue;
    for (let period = from; period < detailedFrom; period = nextMonth(period)) {
      if (compareDates(b.object.openedOn, `${period}-01`) > 0) continue;
      const rate = await rateOf(b.object.taxCode, object.category, period);
      if (!rate) continue;
      const policy = await policyOf(period);
      const gross =
        Math.round((b.gross * seasonOf(Number(period.slice(5))) * (0.85 + rand() * 0.3)) / 1000) * 1000;
      const tax = applyRate(gross, rate.ratePpm, policy.policy.rounding);
      const dueDate = dueDateFor(period, policy.policy.returnDue);
      const fileOn = addMonthsClamped(`${period}-0${3 + Math.floor(rand() * 6)}`, 1);
      // A late payer pays every other masa a month after it fell due (with its interest): steadier than the tax
      // history's dice, so that last year's pace, which the forecast reads, is not one business's luck.
      const late = b.habit === 'late' && Number(period.slice(5)) % 2 === 0;
      const payOn = late ? addMonthsClamped(dueDate, 1) : fileOn;
      if (compareDates(payOn, today) >= 0) continue;
      filings.push({
        objectId: object.id,
        taxpayerId: object.taxpayerId,
        taxCode: b.object.taxCode,
        period,
        gross,
        ratePpm: rate.ratePpm,
        tax,
        opsen: b.object.taxCode === 'mblb' ? opsenMblb(tax, policy.policy.rounding) : 0,
        dueDate,
        fileOn,
        payOn,
        policy,
      });
    }
  }
  if (filings.length === 0) return 0;
  const billed = await fileInBulk(db, regionId, timeZone, filings);
  await payAll(
    db,
    regionId,
    filings
      .map((f, i) => ({ billId: (billed[i] as { id: number }).id, day: f.payOn }))
      .sort((a, b) => compareDates(a.day, b.day) || a.billId - b.billId),
  );
  return filings.length;
}

/**
 * Files masa in bulk, a few statements for all of them: the verified SPTPD (as if filed on `fileOn` and verified the
 * same afternoon), their bills through receivables' `issueBills`, and both audit entries of each. Returns the bills in
 * the filings' order; paying them is the caller's.
 */
export async function fileInBulk(
  db: Database,
  regionId: string,
  timeZone: TimeZone,
  filings: readonly BulkFiling[],
): Promise<{ id: number; billingCode: string }[]> {
  const at = (day: string, hour: string) => localInstant(day, hour, timeZone);
  return db.transaction(async (tx) => {
    const returns = await tx.query<{ id: number; objectId: number; period: string }>(
      `INSERT INTO tax_return (region_id, object_id, taxpayer_id, tax_code, period, revision, gross, rate_ppm, tax, opsen,
                               lines, status, due_date, created_at, created_by, submitted_at, reviewed_at, reviewed_by)
       SELECT $1, x.object_id, x.taxpayer_id, x.tax_code, x.period, 0, x.gross, x.rate_ppm, x.tax, x.opsen, '[]',
              'verified', x.due_date, x.filed_at, NULL, x.filed_at, x.reviewed_at, NULL
         FROM jsonb_to_recordset($2::jsonb) AS x(object_id bigint, taxpayer_id bigint, tax_code text,
              period text, gross bigint, rate_ppm integer, tax bigint, opsen bigint, due_date date,
              filed_at timestamptz, reviewed_at timestamptz)
       RETURNING id, object_id AS "objectId", period`,
      [
        regionId,
        JSON.stringify(
          filings.map((f) => ({
            object_id: f.objectId,
            taxpayer_id: f.taxpayerId,
            tax_code: f.taxCode,
            period: f.period,
            gross: f.gross,
            rate_ppm: f.ratePpm,
            tax: f.tax,
            opsen: f.opsen,
            due_date: f.dueDate,
            filed_at: at(f.fileOn, '10:00').toISOString(),
            reviewed_at: at(f.fileOn, '14:00').toISOString(),
          })),
        ),
      ],
    );
    const idOf = new Map(returns.map((r) => [`${r.objectId}|${r.period}`, r.id]));
    const ids = filings.map((f) => idOf.get(`${f.objectId}|${f.period}`) as number);
    const typeCodes = new Map(
      (
        await tx.query<{ code: string; billingCode: string }>(
          'SELECT code, billing_code AS "billingCode" FROM tax_type',
        )
      ).map((r) => [r.code, r.billingCode]),
    );
    const bills = await issueBills(
      tx,
      regionId,
      filings.map((f, i) => ({
        regionId,
        at: at(f.fileOn, '10:00'),
        taxpayerId: f.taxpayerId,
        objectId: f.objectId,
        taxCode: f.taxCode,
        period: f.period,
        origin: taxBillOrigin({ returnId: ids[i] }),
        billingCodeType: typeCodes.get(f.taxCode) ?? '',
        lines: billLines(
          { regionId, taxCode: f.taxCode, opsenInterestTo: f.policy.policy.opsenInterestTo },
          { tax: f.tax, opsen: f.opsen },
        ),
        dueDate: f.dueDate,
        accruesInterest: true,
        issueDay: f.fileOn,
        memo: `SPTPD ${f.taxCode} ${f.period}`,
        actorId: null,
      })),
    );
    await appendAuditEntries(
      tx,
      regionId,
      filings.flatMap((f, i) => {
        const view = { ...f, revision: 0, status: 'submitted' as const };
        return [
          {
            at: at(f.fileOn, '10:00'),
            event: {
              actorId: null,
              actor: SEED_ACTOR.label,
              action: 'sptpd.submit' as const,
              entity: 'tax_return',
              entityId: String(ids[i]),
              after: { ...auditView(view), billingCode: bills[i]?.billingCode ?? null },
            },
          },
          {
            at: at(f.fileOn, '14:00'),
            event: {
              actorId: null,
              actor: OFFICER_LABEL,
              action: 'sptpd.verify' as const,
              entity: 'tax_return',
              entityId: String(ids[i]),
              before: auditView(view),
              after: { ...auditView({ ...view, status: 'verified' }), reason: null },
            },
          },
        ];
      }),
    );
    return bills;
  });
}
