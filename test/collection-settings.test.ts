import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billedObject } from './support/list-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * The region's collection settings (issue 15): the deadlines before a Surat Teguran and a Surat Paksa, the years before
 * the right to collect lapses, the Perda the letters cite — in force today, with every row recorded. The administrator
 * or the head of Bapenda records a new row from a day on (never a change to one, never the past), audited; what the
 * row says counts from its day. The clock stands at 11 March 2025, 10:00 WIB; the template region has no row yet.
 */
const R = '/api/v1/regions/35.73';
const SETTINGS = `${R}/collection/settings`;
let t: TestApp;
let admin: Agent;
let kepala: Agent;
const valid = {
  effectiveFrom: '2025-04-01',
  teguranAfterDays: 14,
  paksaAfterDays: 21,
  writeOffYears: 5,
  perdaRef: 'Peraturan Daerah Kota Malang Nomor 4 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah',
};

beforeAll(async () => {
  t = await startTestApp();
  [admin, kepala] = await Promise.all([
    signedIn(t.app, 'admin@malang.demo'),
    signedIn(t.app, 'kepala@malang.demo'),
  ]);
}, 120_000);
afterAll(() => t.close());

describe('the collection settings', () => {
  it('are the national defaults while the region has recorded none (7 days, 7 days, 5 years)', async () => {
    const res = await admin.get(SETTINGS);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      day: '2025-03-11',
      inForce: {
        effectiveFrom: null,
        teguranAfterDays: 7,
        paksaAfterDays: 7,
        writeOffYears: 5,
        perdaRef: null,
      },
      history: [],
    });
  });

  it('the administrator records a row from 1 April: scheduled, the defaults still in force today; audited', async () => {
    const res = await admin.post(SETTINGS, valid);
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s.inForce.effectiveFrom).toBeNull();
    expect(s.history).toHaveLength(1);
    expect(s.history[0]).toMatchObject({
      ...valid,
      standing: 'scheduled',
      recordedBy: 'Admin Kota Malang',
    });
    const [entry] = (await admin.get(`${R}/audit?action=collection_setting.record`)).json().entries;
    expect(entry).toMatchObject({
      entity: 'collection_setting',
      entityId: '2025-04-01',
      actor: 'admin@malang.demo',
      before: { effectiveFrom: null, teguranAfterDays: 7, paksaAfterDays: 7, writeOffYears: 5 },
      after: { effectiveFrom: '2025-04-01', teguranAfterDays: 14, paksaAfterDays: 21 },
    });
    expect(entry.subject).toMatchObject({ name: 'berlaku mulai 1 April 2025', page: '/collection/settings' });
  });

  it('the head of Bapenda records one from today: in force at once, the rows listed latest first', async () => {
    const res = await kepala.post(SETTINGS, { ...valid, effectiveFrom: '2025-03-11', writeOffYears: 3 });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s.inForce).toMatchObject({ effectiveFrom: '2025-03-11', writeOffYears: 3 });
    expect(
      s.history.map((h: { effectiveFrom: string; standing: string }) => [h.effectiveFrom, h.standing]),
    ).toEqual([
      ['2025-04-01', 'scheduled'],
      ['2025-03-11', 'in_force'],
    ]);
    expect(s.history[1].recordedBy).toBe('Handayani, Kepala Bapenda Kota Malang');
  });

  it('what the row in force says counts: 3 years to kedaluwarsa make a bill due in 2021 a write-off candidate', async () => {
    const old = await billedObject(t.db, {
      name: 'Rumah Makan Lama Sukun',
      objectName: 'RM Lama Sukun',
      principal: 1_200_000,
      dueDate: '2021-06-10',
      period: '2021-05',
    });
    const aging = (await kepala.get(`${R}/collection/arrears-aging`)).json();
    expect(aging.settings).toEqual({ writeOffYears: 3, effectiveFrom: '2025-03-11' });
    expect(aging.writeOffCandidates.map((w: { billId: number }) => w.billId)).toContain(old.billId);
    // No longer collection work: not on the worklist, and a letter is refused, saying when the right lapsed.
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    const w = (await officer.get(`${R}/collection/worklist?stage=due_teguran&limit=200`)).json();
    expect(w.items.map((i: { billId: number }) => i.billId)).not.toContain(old.billId);
    const letter = await officer.post(`${R}/collection/bills/${old.billId}/teguran`);
    expect(letter.statusCode).toBe(409);
    expect(letter.json().code).toBe('COLLECTION_LAPSED');
    expect(letter.json().detail).toContain('10 Juni 2024');
  });
});

describe('a row the history cannot take is refused, in both languages', () => {
  it('an effective date before today', async () => {
    const res = await admin.post(
      SETTINGS,
      { ...valid, effectiveFrom: '2025-03-10' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'COLLECTION_SETTING_IN_THE_PAST',
      title: 'Effective date in the past',
    });
    expect(res.json().detail).toContain('(11 March 2025), not on 10 March 2025');
  });

  it('a second row for a day that has one: rows are never changed', async () => {
    const res = await admin.post(SETTINGS, { ...valid, teguranAfterDays: 10 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('COLLECTION_SETTING_DATE_TAKEN');
    expect(res.json().detail).toContain('1 April 2025');
    const s = (await admin.get(SETTINGS)).json();
    expect(
      s.history.find((h: { effectiveFrom: string }) => h.effectiveFrom === '2025-04-01').teguranAfterDays,
    ).toBe(14);
  });

  it.each([
    ['a negative number of days', { teguranAfterDays: -1 }, 'teguranAfterDays'],
    ['no days to pay after a teguran', { paksaAfterDays: 0 }, 'paksaAfterDays'],
    ['a fraction of a day', { paksaAfterDays: 7.5 }, 'paksaAfterDays'],
    ['more than 30 years', { writeOffYears: 31 }, 'writeOffYears'],
    ['a Perda reference of blanks', { perdaRef: '   ' }, 'perdaRef'],
    ['a date that is no date', { effectiveFrom: '2025-02-30' }, 'effectiveFrom'],
    ['a field it does not know', { penyitaanAfterDays: 3 }, ''],
  ])('%s, the field named', async (_what, change, field) => {
    const res = await admin.post(SETTINGS, { ...valid, effectiveFrom: '2025-06-01', ...change });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    if (field)
      expect(
        res
          .json()
          .errors.map((e: { field: string }) => e.field)
          .join(' '),
      ).toContain(field);
  });
});

describe('who may read and record the settings', () => {
  it('the officer, the auditor and the pimpinan read them but may not record them', async () => {
    for (const email of ['petugas@malang.demo', 'auditor@malang.demo', 'pimpinan@malang.demo']) {
      const agent = await signedIn(t.app, email);
      expect((await agent.get(SETTINGS)).statusCode, email).toBe(200);
      expect((await agent.post(SETTINGS, { ...valid, effectiveFrom: '2025-07-01' })).statusCode, email).toBe(
        403,
      );
    }
  });

  it('a taxpayer may not read them', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    expect((await wp.get(SETTINGS)).statusCode).toBe(403);
  });

  it('another region’s administrator finds no such region, and their own region’s settings are its own', async () => {
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    expect((await bangka.get(SETTINGS)).statusCode).toBe(404);
    expect((await bangka.post(SETTINGS, { ...valid, effectiveFrom: '2025-08-01' })).statusCode).toBe(404);
    const own = (await bangka.get('/api/v1/regions/19.01/collection/settings')).json();
    expect(own.history).toEqual([]);
    const mine = await bangka.post('/api/v1/regions/19.01/collection/settings', {
      ...valid,
      effectiveFrom: '2025-04-01',
      perdaRef: null,
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const malang = (await admin.get(SETTINGS)).json();
    expect(malang.history).toHaveLength(2);
  });
});
