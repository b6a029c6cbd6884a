import type { Sql } from '../db/database';
import { addPartner, findPartner, type Partner } from './partner';
import { SANDBOX_PARTNER_ID, SANDBOX_SECRET } from './sandbox';
import { DEMO_SNAP_PUBLIC_KEY } from './snap/demo-snap-key';

/**
 * The demo's banks: each region's own regional bank (BPD, the RKUD bank that takes most tax payments), Kota Malang's
 * QRIS acquirer, and the sandbox bank the README gives to integrators. Secrets here are public demo values.
 */
const DEMO_PARTNERS = [
  {
    partnerId: SANDBOX_PARTNER_ID,
    regionId: '35.73',
    name: 'Bank Sandbox (uji integrasi)',
    channel: 'bank_sandbox',
    secret: SANDBOX_SECRET,
  },
  {
    partnerId: 'BANKJATIM',
    regionId: '35.73',
    name: 'Bank Jatim',
    channel: 'bank_jatim',
    secret: 'bankjatim-demo-secret',
    // SNAP BI: its VA numbers are "   13573" + kode bayar; the key pair is the README's demo pair.
    snapPublicKey: DEMO_SNAP_PUBLIC_KEY,
    vaPrefix: '   13573',
  },
  {
    partnerId: 'QRIS-BANKJATIM',
    regionId: '35.73',
    name: 'QRIS Bank Jatim',
    channel: 'qris',
    secret: 'qris-demo-secret',
  },
  {
    partnerId: 'BANKSUMSELBABEL',
    regionId: '19.01',
    name: 'Bank Sumsel Babel',
    channel: 'bank_sumselbabel',
    secret: 'sumselbabel-demo-secret',
  },
];

/** The bank that takes a demo region's counter payments in the seeded history. */
const DEMO_BANK: Record<string, string> = { '35.73': 'BANKJATIM', '19.01': 'BANKSUMSELBABEL' };

export async function seedDemoPartners(db: Sql, at: Date): Promise<void> {
  for (const p of DEMO_PARTNERS) await addPartner(db, at, p);
  // Their secrets are public: marked, they answer only a server in demo mode (BankGate).
  await db.query('UPDATE payment_partner SET demo = true WHERE partner_id = ANY($1::text[])', [
    DEMO_PARTNERS.map((p) => p.partnerId),
  ]);
}

export async function demoBankOf(db: Sql, regionId: string): Promise<Partner> {
  const partner = await findPartner(db, DEMO_BANK[regionId] ?? '');
  if (!partner) throw new Error(`no demo bank for region ${regionId}`);
  return partner;
}
