import { readFileSync } from 'node:fs';
import type { Database } from '../db/database';
import { DEMO_REGION_CONTACTS, setRegionContact } from './region-contact';
import { setRegionLogo } from './region-logo';
import { createRegion, setAreaNopCode } from './regions';
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

/**
 * The demo regions' logos: plain shields with initials drawn for the demo (scripts/draw-demo-logos.ts), not the
 * regions' real coats of arms.
 */
const DEMO_LOGOS: Record<string, string> = {
  '35.73': 'kota-malang.png',
  '19.01': 'kabupaten-bangka.png',
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
  {
    email: 'kepala@malang.demo',
    name: 'Handayani, Kepala Bapenda Kota Malang',
    regions: ['35.73'],
    roles: ['kepala_bapenda'],
  },
  {
    email: 'pimpinan@malang.demo',
    name: 'Wali Kota Malang (pimpinan)',
    regions: ['35.73'],
    roles: ['pimpinan'],
  },
  {
    email: 'perencana@malang.demo',
    name: 'Dewi Lestari, Perencana Bappeda Kota Malang',
    regions: ['35.73'],
    roles: ['perencana'],
  },
  {
    email: 'verifikator@malang.demo',
    name: 'Bagus Santoso, Verifikator Inspektorat Kota Malang',
    regions: ['35.73'],
    roles: ['verifikator'],
  },
  {
    email: 'kadinkes@malang.demo',
    name: 'dr. Retno Wulandari, Kepala Dinas Kesehatan Kota Malang',
    regions: ['35.73'],
    roles: ['kepala_opd'],
  },
  {
    email: 'kinerja.dinkes@malang.demo',
    name: 'Fitri Handayani, Petugas Kinerja Dinas Kesehatan',
    regions: ['35.73'],
    roles: ['petugas_kinerja'],
  },
  { email: 'admin@bangka.demo', name: 'Admin Kabupaten Bangka', regions: ['19.01'], roles: ['admin'] },
  { email: 'petugas@bangka.demo', name: 'Yanto Petugas Bapenda', regions: ['19.01'], roles: ['officer'] },
  {
    email: 'kepala@bangka.demo',
    name: 'Rusli, Kepala Bapenda Kabupaten Bangka',
    regions: ['19.01'],
    roles: ['kepala_bapenda'],
  },
  {
    email: 'pimpinan@bangka.demo',
    name: 'Bupati Bangka (pimpinan)',
    regions: ['19.01'],
    roles: ['pimpinan'],
  },
  {
    email: 'wp@bangka.demo',
    name: 'Penginapan Pantai Parai (Wajib Pajak)',
    regions: ['19.01'],
    roles: ['taxpayer'],
  },
  {
    email: 'perencana@bangka.demo',
    name: 'Ahmad Fauzi, Perencana Kabupaten Bangka',
    regions: ['19.01'],
    roles: ['perencana'],
  },
  {
    email: 'verifikator@bangka.demo',
    name: 'Sri Rahayu, Verifikator Kabupaten Bangka',
    regions: ['19.01'],
    roles: ['verifikator'],
  },
  {
    email: 'kadinkes@bangka.demo',
    name: 'dr. Nurul Fitriani, Kepala Dinas Kesehatan Kabupaten Bangka',
    regions: ['19.01'],
    roles: ['kepala_opd'],
  },
  {
    email: 'kinerja.dinkes@bangka.demo',
    name: 'Yudi Saputra, Petugas Kinerja Dinas Kesehatan Kabupaten Bangka',
    regions: ['19.01'],
    roles: ['petugas_kinerja'],
  },
  {
    email: 'auditor@balai.demo',
    name: 'Auditor BPK (dua wilayah)',
    regions: ['35.73', '19.01'],
    roles: ['auditor'],
  },
];

/**
 * The platform's part of the demo: the two regions (Kota Malang's kecamatan with their NOP codes) and one user per
 * role, marked as demo accounts: their password is public, so they sign in only in demo mode (sessions.ts).
 */
export async function seedPlatformDemo(db: Database, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    for (const regionId of DEMO_REGIONS) {
      await createRegion(tx, at, { regionId, actor: SYSTEM_ACTOR.label, actorId: null });
    }
    for (const [code, nop] of Object.entries(MALANG_NOP_KECAMATAN)) {
      await setAreaNopCode(tx, at, SYSTEM_ACTOR, '35.73', code, nop);
    }
    for (const [regionId, file] of Object.entries(DEMO_LOGOS)) {
      await setRegionLogo(
        tx,
        at,
        SYSTEM_ACTOR,
        regionId,
        readFileSync(new URL(`./demo-logos/${file}`, import.meta.url)),
      );
    }
    // The Bapenda offices taxpayers are shown (demo values: see DEMO_REGION_CONTACTS).
    for (const [regionId, contact] of Object.entries(DEMO_REGION_CONTACTS))
      await setRegionContact(tx, at, SYSTEM_ACTOR, regionId, contact);
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
  await db.query('UPDATE app_user SET demo = true WHERE email = ANY($1::text[])', [
    DEMO_USERS.map((u) => u.email),
  ]);
}
