import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * A tax the law lets a taxpayer self-assess, which a region's Perda makes assessed instead (here Kabupaten Bangka's
 * Sarang Burung Walet): no SPTPD is filed for it, no return is missing, and an officer issues its SKPD on a base.
 */

let t: TestApp;
let admin: Agent;
let officer: Agent;
let swallows: { taxpayerId: number; objectId: number };
const BANGKA = '/api/v1/regions/19.01';

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(new Date('2025-03-11T10:00:00+07:00'));
  admin = await signedIn(t.app, 'admin@bangka.demo');
  officer = await signedIn(t.app, 'petugas@bangka.demo');
  swallows = await restaurantFixture(t.db, {
    regionId: '19.01',
    taxCode: 'sarang_walet',
    name: 'Ahok Sutanto',
    objectName: 'Rumah Walet Sungailiat',
    ownerEmail: 'wp@bangka.demo',
    openedOn: '2024-01-01',
  });
});
afterAll(() => t.close());

async function recordPolicy(officialAssessment: string[]) {
  const current = (await admin.get(`${BANGKA}/tax/policy?on=2025-01-01`)).json();
  return admin.post(`${BANGKA}/tax/policy`, {
    validFrom: '2025-01-01',
    legalBasis: 'Perda Kabupaten Bangka (uji): Pajak Sarang Burung Walet ditetapkan Bupati',
    policy: { ...current.policy, officialAssessment },
  });
}

describe('a self-assessed tax the region assesses', () => {
  it('only a self-assessed tax can be made assessed: Reklame (already assessed) and an unknown code are refused', async () => {
    for (const code of ['reklame', 'pajak_judi']) {
      const res = await recordPolicy([code]);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'POLICY_TAX_NOT_SELF_ASSESSED' });
    }
    expect((await recordPolicy(['sarang_walet'])).statusCode).toBe(201);
  });

  it('its SPTPD is refused (409 NOT_SELF_ASSESSED) and it is not listed as a missing return', async () => {
    const taxpayer = await signedIn(t.app, 'wp@bangka.demo');
    const res = await taxpayer.post(
      `${BANGKA}/taxpayers/${swallows.taxpayerId}/objects/${swallows.objectId}/returns`,
      { period: '2025-02', gross: 50_000_000 },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('NOT_SELF_ASSESSED');
    const missing = (await officer.get(`${BANGKA}/returns/missing?period=2025-02`)).json();
    expect(missing.items.map((m: { objectId: number }) => m.objectId)).not.toContain(swallows.objectId);
  });

  it('an officer issues its SKPD on the base established: tax = base × the rate in force, billed with a kode bayar', async () => {
    const res = await officer.post(`${BANGKA}/assessments`, {
      kind: 'SKPD',
      ...swallows,
      period: '2025-02',
      basis: {
        kind: 'base',
        base: 50_000_000,
        description: 'Hasil panen Februari 2025: 5 kg × Rp10.000.000',
      },
    });
    expect(res.statusCode).toBe(201);
    const skpd = res.json();
    expect(skpd.basis).toMatchObject({ kind: 'base', base: 50_000_000 });
    expect(skpd.principal).toBe((50_000_000 * skpd.basis.ratePpm) / 1_000_000);
    expect(skpd.principal).toBeGreaterThan(0);
    expect(skpd.billingCode).toMatch(/^1901/);
    expect((await verifyLedger(t.db, '19.01')).findings).toEqual([]);
  });

  it('where the tax is self-assessed (Kota Malang) an SKPD on a base is refused', async () => {
    const malang = await restaurantFixture(t.db, {
      taxCode: 'sarang_walet',
      objectName: 'Rumah Walet Malang',
    });
    const res = await (await signedIn(t.app, 'petugas@malang.demo')).post(
      '/api/v1/regions/35.73/assessments',
      {
        kind: 'SKPD',
        ...malang,
        basis: { kind: 'base', base: 10_000_000, description: 'Taksiran petugas' },
      },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('BASIS_DOES_NOT_MATCH_TAX');
  });
});
