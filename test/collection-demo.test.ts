import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS } from '../src/app';
import { payDemoBill } from '../src/payments/pay-demo-bill';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  for (const area of AREAS) await area.demo?.history?.(t.db, t.clock.now(), payDemoBill);
}, 240_000);
afterAll(() => t.close());

describe('the demo puts a few debtors at each collection stage', () => {
  it.each([
    ['petugas@malang.demo', '35.73'],
    ['petugas@bangka.demo', '19.01'],
  ])(
    '%s sees bills at every stage of the worklist, and letters that brought money in',
    async (email, region) => {
      const officer = await signedIn(t.app, email);
      const w = (await officer.get(`/api/v1/regions/${region}/collection/worklist`)).json();
      for (const stage of ['due_teguran', 'teguran', 'due_paksa', 'paksa', 'closed'])
        expect(w.counts[stage], `${region} ${stage}`).toBeGreaterThan(0);
      expect(w.broughtIn[0].amount).toBeGreaterThan(0);
      const a = (await officer.get(`/api/v1/regions/${region}/collection/arrears-aging`)).json();
      expect(a.arrears.bills).toBeGreaterThan(0);
    },
  );
});

describe('the demo holds old debts in every age, and some past the collection time limit', () => {
  it.each([
    ['kepala@malang.demo', '35.73'],
    ['kepala@bangka.demo', '19.01'],
  ])(
    '%s sees arrears of 1–2 years and over 2 years, and write-off candidates without a letter',
    async (email, region) => {
      const kepala = await signedIn(t.app, email);
      const a = (await kepala.get(`/api/v1/regions/${region}/collection/arrears-aging`)).json();
      const by = Object.fromEntries(a.buckets.map((b: { age: string }) => [b.age, b]));
      for (const age of ['m1_12', 'y1_2', 'over_2y']) {
        expect(by[age].bills, `${region} ${age}`).toBeGreaterThan(0);
        expect(by[age].interest, `${region} ${age}`).toBeGreaterThan(0);
      }
      expect(a.writeOffCandidates.length, region).toBeGreaterThan(0);
      for (const w of a.writeOffCandidates) {
        expect(w.lastLetterOn).toBeNull();
        expect(w.lapsedOn < '2025-03-11').toBe(true);
      }
      // Past the time limit, they are no longer collection work; the old debts that are still collectable are.
      const w = (
        await kepala.get(`/api/v1/regions/${region}/collection/worklist?stage=due_teguran&limit=200`)
      ).json();
      const listed = new Set(w.items.map((i: { billId: number }) => i.billId));
      for (const c of a.writeOffCandidates) expect(listed.has(c.billId)).toBe(false);
      expect(w.items[0].dueDate < '2023-03-11').toBe(true);
      // One debt of more than 2 years stalled after its Surat Paksa, issued when it fell due.
      const paksa = (
        await kepala.get(`/api/v1/regions/${region}/collection/worklist?stage=paksa&limit=200`)
      ).json();
      expect(paksa.items.some((i: { paksa: { issuedOn: string } }) => i.paksa.issuedOn < '2023-03-11')).toBe(
        true,
      );
    },
  );

  it('the closed businesses behind them are on the register, their objects closed after their last masa', async () => {
    const rows = await t.db.query<{ regionId: string; name: string; status: string; closedOn: string }>(
      `SELECT region_id AS "regionId", name, status, closed_on::text AS "closedOn" FROM tax_object
        WHERE name IN ('Rumah Makan Sari Rasa', 'Hotel Melati Gajayana', 'Losmen Sinar Baru') ORDER BY name`,
    );
    expect(rows.map((r) => [r.regionId, r.name, r.status])).toEqual([
      ['35.73', 'Hotel Melati Gajayana', 'closed'],
      ['19.01', 'Losmen Sinar Baru', 'closed'],
      ['35.73', 'Rumah Makan Sari Rasa', 'closed'],
    ]);
    // Kota Malang's restaurant closed at the end of masa May 2019 (70 and 69 months before March 2025).
    expect(rows[2]?.closedOn).toBe('2019-06-30');
  });
});
