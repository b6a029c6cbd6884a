import type { Database } from '../db/database';
import { localDate } from '../platform/clock';
import { findRegion } from '../platform/regions';
import { SYSTEM_ACTOR } from '../platform/users';
import { seedAuditFindingsDemo } from './audit-findings/demo-audit-findings';
import {
  DEMO_ORGANISATIONS,
  type DemoDay,
  type DemoHolding,
  type DemoKecamatan,
  type DemoOpd,
  type DemoPosition,
  type DemoRegionOrganisation,
  type DemoUnit,
} from './demo-organisation';
import { seedEvaluationsDemo } from './evaluations/demo-evaluations';
import { createEmployee } from './organisation/employees';
import { addHolder } from './organisation/holders';
import { grantMembership } from './organisation/memberships';
import { createOpd, type Opd } from './organisation/perangkat-daerah';
import { createPosition } from './organisation/positions';
import { createUnit } from './organisation/units';
import { seedRealisationDemo } from './realisation/demo-realisation';
import { seedDemoTree } from './tree/demo-tree';

/**
 * Performance management's part of the demo: each demo region's organisation (demo-organisation.ts), recorded through
 * the same use cases a planner uses (so the audit trail shows it being set up), and who works for which OPD: the
 * performance officer and the head of Dinas Kesehatan for Dinas Kesehatan; then its performance tree (tree/demo-tree.ts).
 */
export async function seedPerformanceDemo(db: Database, at: Date): Promise<void> {
  for (const organisation of DEMO_ORGANISATIONS) {
    const region = await findRegion(db, organisation.regionId);
    if (!region) continue;
    const today = localDate(at, region.timeZone);
    await seedRegion(db, at, organisation, today);
    await seedDemoTree(db, at, organisation.regionId, Number(today.slice(0, 4)));
  }
  await seedEvaluationsDemo(db, at);
  await seedRealisationDemo(db, at);
}

async function seedRegion(db: Database, at: Date, o: DemoRegionOrganisation, today: string): Promise<void> {
  const { regionId } = o;
  const year = Number(today.slice(0, 4));
  const dayOf = ([yearsBefore, monthDay]: DemoDay) => `${year - yearsBefore}-${monthDay}`;
  const userIdOf = async (email: string | undefined) => {
    if (!email) return null;
    const [user] = await db.query<{ id: number }>('SELECT id FROM app_user WHERE email = $1', [email]);
    return user?.id ?? null;
  };

  const employees = new Map<string, number>();
  for (const [key, e] of Object.entries(o.employees)) {
    const employee = await createEmployee(db, at, SYSTEM_ACTOR, regionId, {
      name: e.name,
      nip: e.nip,
      userId: await userIdOf(e.email),
    });
    employees.set(key, employee.id);
  }

  const holders = async (positionId: number, holdings: readonly DemoHolding[] = []) => {
    for (const h of holdings) {
      await addHolder(db, at, SYSTEM_ACTOR, regionId, positionId, {
        employeeId: employees.get(h.employee) as number,
        kind: h.kind ?? 'definitif',
        startsOn: dayOf(h.from),
        endsOn: h.until ? dayOf(h.until) : null,
        decree: null,
      });
    }
  };
  const positions = async (opdId: number, unitId: number | null, list: readonly DemoPosition[] = []) => {
    for (const p of list) {
      const position = await createPosition(db, at, SYSTEM_ACTOR, regionId, opdId, {
        unitId,
        name: p.name,
        eselon: p.eselon ?? null,
        heads: p.heads ?? false,
        activeFrom: o.activeFrom,
        activeUntil: null,
      });
      await holders(position.id, p.holders);
    }
  };
  const units = async (opdId: number, parentId: number | null, list: readonly DemoUnit[] = []) => {
    for (const u of list) {
      const unit = await createUnit(db, at, SYSTEM_ACTOR, regionId, opdId, {
        parentId,
        kind: u.kind,
        name: u.name,
        activeFrom: o.activeFrom,
        activeUntil: null,
      });
      await positions(opdId, unit.id, u.positions);
      await units(opdId, unit.id, u.units);
    }
  };

  const opds = new Map<string, Opd>();
  for (const d of o.opds) {
    const opd = d.kind === 'kecamatan' ? await seedKecamatan(d) : await seedOpd(d);
    opds.set(opd.shortName, opd);
  }

  async function seedOpd(d: DemoOpd): Promise<Opd> {
    const opd = await createOpd(db, at, SYSTEM_ACTOR, regionId, {
      kind: d.kind,
      name: d.name,
      shortName: d.shortName,
      districtCode: null,
      activeFrom: o.activeFrom,
      activeUntil: null,
    });
    await positions(opd.id, null, d.positions);
    await units(opd.id, null, d.units);
    return opd;
  }

  async function seedKecamatan(d: DemoKecamatan): Promise<Opd> {
    const [district] = await db.query<{ name: string }>('SELECT name FROM district WHERE code = $1', [
      d.districtCode,
    ]);
    const name = (district as { name: string }).name;
    const opd = await createOpd(db, at, SYSTEM_ACTOR, regionId, {
      kind: 'kecamatan',
      name: `Kecamatan ${name}`,
      shortName: `Kec. ${name}`,
      districtCode: d.districtCode,
      activeFrom: o.activeFrom,
      activeUntil: null,
    });
    await positions(opd.id, null, [
      { name: `Camat ${name}`, eselon: 'III.a', heads: true, holders: d.camat },
    ]);
    if (d.kelurahan) {
      const villages = await db.query<{ name: string }>(
        `SELECT v.name FROM region_village rv JOIN village v ON v.code = rv.village_code
          WHERE rv.region_id = $1 AND rv.district_code = $2 ORDER BY v.code`,
        [regionId, d.districtCode],
      );
      const lurah = d.kelurahan;
      await units(
        opd.id,
        null,
        villages.map((v) => ({
          kind: 'kelurahan' as const,
          name: `Kelurahan ${v.name}`,
          positions: [
            { name: `Lurah ${v.name}`, eselon: 'IV.a' as const, heads: true, holders: lurah[v.name] },
          ],
        })),
      );
    }
    return opd;
  }

  for (const [email, shortName] of Object.entries(o.members)) {
    const userId = await userIdOf(email);
    const opd = opds.get(shortName);
    if (userId !== null && opd) await grantMembership(db, at, SYSTEM_ACTOR, regionId, opd, userId);
  }
  await seedAuditFindingsDemo(db, at, regionId, today, (shortName) => (opds.get(shortName) as Opd).id);
}
