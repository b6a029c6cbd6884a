import type { Database } from '../db/database';
import { payDemoBills } from '../payments';
import { addDays } from '../platform/calendar';
import { localDate, localInstant, type TimeZone } from '../platform/clock';
import { DEMO_REGIONS } from '../platform/demo';
import { findRegion } from '../platform/regions';
import { type Actor, SYSTEM_ACTOR } from '../platform/users';
import { seedDemoEarlierMasa } from '../tax';
import { recordPopulation } from './cross-region/population';
import { monthlyRealisation } from './realisation/realisation';
import { refreshRealisation } from './realisation/rollup';
import { monthBefore } from './report/report-month';
import { generateReport } from './report/reports';
import { approveTarget, checkTarget, type NewTarget, recordTarget } from './targets/targets';

/**
 * The revenue area's part of the demo, after every other area's history:
 *
 * 1. two years of history for the forecast and the year-on-year comparison: the demo businesses' earlier masa, filed
 *    and paid in bulk (tax's `seedDemoEarlierMasa`, paid at payments' bulk teller) back to December of the year
 *    before last, whose payments open last year;
 * 2. the realisation rolled up from every payment;
 * 3. last year's and this year's targets, entered by the supervisor (in Bangka, which has none in the demo, the
 *    administrator) and approved by the head of Bapenda, with one revision (APBD perubahan) in Kota Malang.
 *
 * The targets are Kota Malang's by tax type scaled to the demo: the real city's targets (domain reference §6; 2024:
 * makan-minum Rp155 bn, perhotelan Rp55 bn; 2023: parkir Rp8 bn) are for thousands of businesses where the demo has a
 * handful, so each tax's target is set from what the demo's own businesses paid last year, at the share of the
 * target a Bapenda typically reaches (2024: makan-minum Rp135.8 bn of 155 by October, hotels 46.8 of 55), and this
 * year's grows from last year's by a few percent (Kota Malang's total: Rp845.5 bn for 2024, Rp846.06 bn for 2025).
 * Achievement then reads as it would in a real region, 80–106% a year, whatever day the demo is seeded.
 *
 * 4. each region's population as of last year, entered by its administrator, for the cross-region view per capita;
 * 5. the monthly report of the last month that is over, as the run on the 1st would have made it, so that the
 *    dashboard's list of reports is not empty.
 */
export async function seedRevenueDemo(db: Database, at: Date): Promise<void> {
  await seedDemoEarlierMasa(db, at, DEMO_REGIONS, payDemoBills);
  for (const regionId of DEMO_REGIONS) {
    await refreshRealisation(db, regionId, at, { full: true });
    const region = await findRegion(db, regionId);
    if (region) await seedDemoTargets(db, regionId, region.timeZone, localDate(at, region.timeZone));
    if (region)
      await seedDemoPopulation(db, at, regionId, Number(localDate(at, region.timeZone).slice(0, 4)) - 1);
    if (region)
      await generateReport(db, at, SYSTEM_ACTOR, regionId, monthBefore(localDate(at, region.timeZone)), {
        scheduled: true,
      });
  }
}

/**
 * Round figures near BPS's for the two cities (Kota Malang about 847,000, Kabupaten Bangka about 343,000), named as
 * demo figures in their source: the domain reference gives no population, and a real one is for the administrator.
 */
const DEMO_POPULATION: Record<string, { population: number; domain: string }> = {
  '35.73': { population: 847_000, domain: 'malang' },
  '19.01': { population: 343_000, domain: 'bangka' },
};

async function seedDemoPopulation(db: Database, at: Date, regionId: string, year: number) {
  const figure = DEMO_POPULATION[regionId];
  if (!figure) return;
  const admin = await actorOf(db, `admin@${figure.domain}.demo`);
  await db.transaction((tx) =>
    recordPopulation(tx, at, admin, regionId, {
      year,
      population: figure.population,
      source: `Angka demo, mendekati proyeksi BPS ${year} (demo figure)`,
    }),
  );
}

/** Per tax: last year's realisation ÷ its final target (the achievement), and this year's target ÷ last year's. */
interface TargetPlan {
  achieved: number;
  growth: number;
  /** Raised in the APBD perubahan by this factor from 1 October (the murni target was this much lower). */
  revisedBy?: number;
}

const PLANS: Record<string, { decree: string; revision: string; plans: Record<string, TargetPlan> }> = {
  '35.73': {
    decree: 'Perda Kota Malang Nomor {n} Tahun {y0} tentang APBD Tahun Anggaran {y} (contoh demo)',
    revision: 'Perda Kota Malang Nomor {n} Tahun {y} tentang Perubahan APBD Tahun Anggaran {y} (contoh demo)',
    plans: {
      // Makan-minum ran ahead of its target in Kota Malang (2025: Rp133.4 bn against Rp106.2 bn by September): the demo
      // raises last year's in the APBD perubahan.
      pbjt_makanan_minuman: { achieved: 0.97, growth: 1.05, revisedBy: 1.08 },
      pbjt_perhotelan: { achieved: 0.93, growth: 1.04 },
      pbjt_parkir: { achieved: 1.06, growth: 1.06 },
      pbjt_kesenian_hiburan: { achieved: 0.88, growth: 1.05 },
      reklame: { achieved: 1, growth: 1.05 },
    },
  },
  '19.01': {
    decree: 'Perda Kabupaten Bangka Nomor {n} Tahun {y0} tentang APBD Tahun Anggaran {y} (contoh demo)',
    revision:
      'Perda Kabupaten Bangka Nomor {n} Tahun {y} tentang Perubahan APBD Tahun Anggaran {y} (contoh demo)',
    plans: {
      pbjt_perhotelan: { achieved: 0.95, growth: 1.05 },
      pbjt_makanan_minuman: { achieved: 0.9, growth: 1.04 },
      sarang_walet: { achieved: 1.04, growth: 1.03 },
      mblb: { achieved: 0.82, growth: 1.05 },
    },
  },
};

/** A budget figure as a decree writes it: three significant digits (Rp1.940.000.000, Rp65.300.000). */
export function roundForBudget(amount: number): number {
  if (amount <= 0) return 0;
  const unit = 10 ** Math.max(0, Math.floor(Math.log10(amount)) - 2);
  return Math.round(amount / unit) * unit;
}

async function actorOf(db: Database, email: string): Promise<Actor> {
  const [user] = await db.query<{ id: number }>('SELECT id FROM app_user WHERE email = $1', [email]);
  return { userId: user?.id ?? null, label: email };
}

async function seedDemoTargets(db: Database, regionId: string, timeZone: TimeZone, today: string) {
  const plan = PLANS[regionId];
  if (!plan) return;
  const year = Number(today.slice(0, 4));
  const domain = regionId === '35.73' ? 'malang' : 'bangka';
  const enteredBy = await actorOf(db, regionId === '35.73' ? 'supervisor@malang.demo' : 'admin@bangka.demo');
  const kepala = await actorOf(db, `kepala@${domain}.demo`);
  const lastYear = await monthlyRealisation(db, regionId, year - 1);
  const decree = (template: string, n: number, y: number) =>
    template
      .replace('{n}', String(n))
      .replaceAll('{y0}', String(y - 1))
      .replaceAll('{y}', String(y));

  const enter = async (t: Omit<NewTarget, 'monthly'>) => {
    const entered = localInstant(addDays(t.decreeDate, 3), '09:00', timeZone);
    const approved = localInstant(addDays(t.decreeDate, 4), '10:00', timeZone);
    await db.transaction(async (tx) => {
      const months = await checkTarget(tx, regionId, today, t);
      const target = await recordTarget(
        tx,
        entered,
        enteredBy,
        regionId,
        { ...t, monthly: months.monthly },
        { approve: false, monthsFrom: months.from },
      );
      await approveTarget(tx, approved, kepala, regionId, target.id);
    });
  };

  for (const [taxCode, p] of Object.entries(plan.plans)) {
    const realised = (lastYear.get(taxCode) ?? []).reduce((s, m) => s + m, 0);
    if (realised <= 0) continue;
    const final = roundForBudget(realised / p.achieved);
    const murni = p.revisedBy ? roundForBudget(final / p.revisedBy) : final;
    await enter({
      year: year - 1,
      taxCode,
      stage: 'murni',
      amount: murni,
      decreeRef: decree(plan.decree, 12, year - 1),
      decreeDate: `${year - 2}-12-20`,
      effectiveFrom: `${year - 1}-01-01`,
    });
    if (p.revisedBy) {
      await enter({
        year: year - 1,
        taxCode,
        stage: 'perubahan',
        amount: final,
        decreeRef: decree(plan.revision, 6, year - 1),
        decreeDate: `${year - 1}-09-30`,
        effectiveFrom: `${year - 1}-10-01`,
      });
    }
    await enter({
      year,
      taxCode,
      stage: 'murni',
      amount: roundForBudget(final * p.growth),
      decreeRef: decree(plan.decree, 11, year),
      decreeDate: `${year - 1}-12-19`,
      effectiveFrom: `${year}-01-01`,
    });
  }
}
