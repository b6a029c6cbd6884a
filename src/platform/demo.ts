import type { Database } from '../db/database';
import { seedDemoPartners } from '../payments/demo-partners';
import { seedDemoQris } from '../payments/qris/demo-qris';
import { seedDemoReceiptsDay, seedDemoStatementFormats } from '../payments/reconciliation/demo-statements';
import { seedDemoRkud } from '../payments/rkud/demo-rkud';
import { seedDemoTaxConfig } from '../tax/demo-config';
import { seedDemoTaxData } from '../tax/demo-data';
import type { Clock } from './clock';
import { createRegion, findRegion, setAreaNopCode } from './regions';
import type { Role } from './roles';
import { createUser, grantRoles, SYSTEM_ACTOR } from './users';

/**
 * Demo data: Kota Malang and Kabupaten Bangka with one user per role. The password is public (README): demo data
 * is seeded only in demo mode (config: the embedded database by default, a server only with BALAI_DEMO=true, never
 * production), and its accounts and banks work only in demo mode.
 */
export const DEMO_PASSWORD = 'balai-demo-2026';

export const DEMO_REGIONS = ['35.73', '19.01'] as const;

/**
 * Kota Malang's kecamatan codes in the PBB NOP (SISMIOP/BPS numbering), from the domain reference §3.1.
 * Kelurahan NOP codes must come from the region's own SISMIOP tables and are left for its administrator.
 */
const MALANG_NOP_KECAMATAN: Record<string, string> = {
  '35.73.03': '010', // Kedungkandang
  '35.73.04': '020', // Sukun
  '35.73.02': '030', // Klojen
  '35.73.01': '040', // Blimbing
  '35.73.05': '050', // Lowokwaru
};

export interface DemoUser {
  email: string;
  name: string;
  regions: string[];
  roles: Role[];
}

export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@malang.demo', name: 'Admin Kota Malang', regions: ['35.73'], roles: ['admin'] },
  { email: 'petugas@malang.demo', name: 'Rina Petugas Bapenda', regions: ['35.73'], roles: ['officer'] },
  {
    email: 'supervisor@malang.demo',
    name: 'Budi Supervisor Bapenda',
    regions: ['35.73'],
    roles: ['supervisor'],
  },
  {
    email: 'bendahara@malang.demo',
    name: 'Sari Bendahara Penerimaan',
    regions: ['35.73'],
    roles: ['treasurer'],
  },
  { email: 'auditor@malang.demo', name: 'Agus Auditor', regions: ['35.73'], roles: ['auditor'] },
  { email: 'wp@malang.demo', name: 'Warung Bu Tini (Wajib Pajak)', regions: ['35.73'], roles: ['taxpayer'] },
  { email: 'ppat@malang.demo', name: 'Notaris Hendra, S.H., M.Kn.', regions: ['35.73'], roles: ['ppat'] },
  { email: 'bank@malang.demo', name: 'Bank Jatim (mitra API)', regions: ['35.73'], roles: ['partner'] },
  { email: 'admin@bangka.demo', name: 'Admin Kabupaten Bangka', regions: ['19.01'], roles: ['admin'] },
  { email: 'petugas@bangka.demo', name: 'Yanto Petugas Bapenda', regions: ['19.01'], roles: ['officer'] },
  {
    email: 'wp@bangka.demo',
    name: 'Penginapan Pantai Parai (Wajib Pajak)',
    regions: ['19.01'],
    roles: ['taxpayer'],
  },
  {
    email: 'auditor@balai.demo',
    name: 'Auditor BPK (dua wilayah)',
    regions: ['35.73', '19.01'],
    roles: ['auditor'],
  },
];

/**
 * Seeds the demo once; a second call finds the regions present and does nothing. Returns whether it seeded.
 * `taxData: false` leaves out the taxpayers and their history (the API tests' template starts empty of them).
 */
export async function seedDemo(
  db: Database,
  clock: Clock,
  options: { taxData?: boolean } = {},
): Promise<boolean> {
  if (await findRegion(db, DEMO_REGIONS[0])) return false;
  const at = clock.now();
  await db.transaction(async (tx) => {
    for (const regionId of DEMO_REGIONS) {
      await createRegion(tx, at, { regionId, actor: SYSTEM_ACTOR.label, actorId: null });
    }
    for (const [code, nop] of Object.entries(MALANG_NOP_KECAMATAN)) {
      await setAreaNopCode(tx, at, SYSTEM_ACTOR, '35.73', code, nop);
    }
  });
  for (const u of DEMO_USERS) {
    const [first, ...others] = u.regions;
    const created = await createUser(db, at, SYSTEM_ACTOR, first as string, {
      email: u.email,
      name: u.name,
      password: DEMO_PASSWORD,
      roles: u.roles,
    });
    for (const regionId of others) await grantRoles(db, at, SYSTEM_ACTOR, regionId, created.id, u.roles);
  }
  // Their password is public: marked, they sign in only while the server runs in demo mode (sessions.ts).
  await db.query('UPDATE app_user SET demo = true WHERE email = ANY($1::text[])', [
    DEMO_USERS.map((u) => u.email),
  ]);
  await seedDemoTaxConfig(db, at);
  await seedDemoPartners(db, at);
  await seedDemoQris(db, at);
  await seedDemoRkud(db, at);
  await seedDemoStatementFormats(db, at);
  if (options.taxData !== false) {
    await seedDemoTaxData(db, at, DEMO_REGIONS);
    await seedDemoReceiptsDay(db, at);
  }
  return true;
}
