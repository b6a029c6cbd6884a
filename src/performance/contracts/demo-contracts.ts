import type { Database } from '../../db/database';
import { localDate } from '../../platform/clock';
import { findRegion } from '../../platform/regions';
import { SYSTEM_ACTOR } from '../../platform/users';
import { findOpd } from '../opd-access';
import { opdIndicators } from '../tree/tree-read';
import { regionHeadOf } from './contract-pdf';
import type { ContractItemInput } from './contract-rules';
import {
  accept,
  bid,
  counterOffer,
  lockContract,
  openRound,
  recordSignature,
  roundContracts,
} from './contracts';

/*
 * Lelang kinerja's part of the demo: the rounds of the two years before this one, recorded through the same use
 * cases, on the days of January they were held: the planner opens the round, each OPD with indicators in the tree
 * bids a little under the targets, the leadership counters with the tree's targets of the year, the OPD accepts (so
 * the targets stay those of the tree) and both sides sign. The head each contract names is who held the chair that
 * day (Kota Malang's Dinas Kesehatan: dr. Ratna in 2023, its Plt in 2024). This year's round is not opened: the
 * walk-through opens it.
 */
const DEMO = [
  { regionId: '35.73', opds: ['Dinkes', 'Disdikbud', 'Bapenda', 'Dinsos-P3AP2KB'] },
  { regionId: '19.01', opds: ['Dinkes', 'BPKAD'] },
] as const;

const day = (year: number, monthDay: string) => new Date(`${year}-${monthDay}T02:00:00Z`);
const round2 = (x: number) => Math.round(x * 100) / 100;

export async function seedContractsDemo(db: Database, at: Date): Promise<void> {
  for (const { regionId, opds } of DEMO) {
    const region = await findRegion(db, regionId);
    if (!region) continue;
    const thisYear = Number(localDate(at, region.timeZone).slice(0, 4));
    const opdIds = new Map(
      (
        await db.query<{ id: number; shortName: string }>(
          `SELECT id, short_name AS "shortName" FROM perangkat_daerah WHERE region_id = $1`,
          [regionId],
        )
      ).map((o) => [o.shortName, o.id]),
    );
    for (const year of [thisYear - 2, thisYear - 1]) {
      await openRound(db, at, SYSTEM_ACTOR, regionId, year);
      for (const shortName of opds) {
        const id = opdIds.get(shortName);
        if (id === undefined) continue;
        const opd = await findOpd(db, regionId, id);
        const { indicators } = await opdIndicators(db, regionId, opd, year);
        const agreed = indicators.filter((i) => i.baseline !== null);
        if (agreed.length === 0) continue;
        const weight = Math.floor(10_000 / agreed.length) / 100;
        const items: ContractItemInput[] = agreed.map((i, n) => {
          const base = i.baseline as number;
          const target = i.target?.target ?? base;
          const upper = i.target?.targetUpper ?? (i.polarity === 'range' ? target : null);
          return {
            indicatorId: i.id,
            baseline: base,
            endPoint: round2(
              i.polarity === 'lower' ? target * 0.85 : i.polarity === 'range' ? target : target * 1.15,
            ),
            target,
            targetUpper: upper,
            quarters: i.target?.quarters ?? [target, target, target, target],
            timeline: 'Januari–Desember',
            budget: 250_000_000 * (n + 1),
            weight: n === agreed.length - 1 ? round2(100 - weight * (agreed.length - 1)) : weight,
          };
        });
        // The OPD bids a little under: 2 % easier, every figure scaled alike so that Tw1–Tw4 still fit.
        const easier = (x: number, polarity: string) =>
          round2(polarity === 'higher' ? x * 0.98 : polarity === 'lower' ? x * 1.02 : x);
        const bidItems = items.map((item, n) => {
          const polarity = (agreed[n] as { polarity: string }).polarity;
          return {
            ...item,
            target: easier(item.target, polarity),
            targetUpper: item.targetUpper === null ? null : easier(item.targetUpper, polarity),
            quarters: item.quarters.map((q) => easier(q, polarity)),
          };
        });
        const headDay = `${year}-01-10`;
        const contract = await bid(db, at, SYSTEM_ACTOR, regionId, headDay, year, opd, {
          items: bidItems,
          note: 'Penawaran awal perangkat daerah',
        });
        await counterOffer(db, at, SYSTEM_ACTOR, regionId, contract.id, {
          items,
          note: 'Target disesuaikan dengan RPJMD',
        });
        await accept(db, at, SYSTEM_ACTOR, regionId, contract.id, 'opd');
      }
      for (const c of await roundContracts(db, regionId, year, null)) {
        await db.transaction(async (tx) => {
          const locked = await lockContract(tx, regionId, c.id);
          await recordSignature(tx, at, SYSTEM_ACTOR, regionId, locked, 'opd', c.headName, null);
          const after = await lockContract(tx, regionId, c.id);
          await recordSignature(
            tx,
            at,
            SYSTEM_ACTOR,
            regionId,
            after,
            'pimpinan',
            regionHeadOf(region.name),
            null,
          );
        });
      }
      await backdate(db, regionId, year);
    }
  }
}

/**
 * The audit trail says the system seeded the rounds today (every demo record is audited at the seeding instant); the
 * records carry the days they stand for: opened on 3 January, bid on the 10th, countered on the 17th, agreed on the
 * 24th and signed on the 31st of their year.
 */
async function backdate(db: Database, regionId: string, year: number): Promise<void> {
  await db.query('UPDATE contract_round SET opened_at = $3 WHERE region_id = $1 AND year = $2', [
    regionId,
    year,
    day(year, '01-03'),
  ]);
  const round = `SELECT id FROM contract_round WHERE region_id = $1 AND year = $2`;
  await db.query(
    `UPDATE contract_offer o SET offered_at = CASE WHEN o.side = 'opd' THEN $3::timestamptz ELSE $4::timestamptz END
       FROM performance_contract c
      WHERE c.region_id = $1 AND c.round_id = (${round}) AND o.region_id = c.region_id AND o.contract_id = c.id`,
    [regionId, year, day(year, '01-10'), day(year, '01-17')],
  );
  await db.query(
    `UPDATE performance_contract SET created_at = $3, agreed_at = $4, opd_signed_at = $5, pimpinan_signed_at = $5,
            updated_at = $5
      WHERE region_id = $1 AND round_id = (${round})`,
    [regionId, year, day(year, '01-10'), day(year, '01-24'), day(year, '01-31')],
  );
}
