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
