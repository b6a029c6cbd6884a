import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const penalty = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/public/simulations/penalty', payload: body, headers });
const pbjt = (body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/public/simulations/pbjt', payload: body });

describe('public penalty simulator: PP 35/2023 Pasal 59(7), 1% a month, max 24, a started month counts in full', () => {
  // The worked examples of the domain reference (§1.10), on Rp2,000,000 in Kota Malang (HKPD from 2024-01-01).
  it.each([
    ['2025-04-10', '2025-04-10', 0, 0],
    ['2025-04-10', '2025-04-11', 1, 20_000],
    ['2025-04-10', '2025-05-10', 1, 20_000],
    ['2025-04-10', '2025-05-11', 2, 40_000],
    ['2025-01-31', '2025-02-28', 1, 20_000],
    ['2025-01-31', '2025-03-01', 2, 40_000],
    ['2024-03-15', '2026-05-05', 24, 480_000],
  ])('due %s, paid %s: %i months, interest Rp%i', async (dueDate, paymentDate, months, interest) => {
    const res = await penalty({ regionId: '35.73', principal: 2_000_000, dueDate, paymentDate });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      months,
      ratePerMonth: 0.01,
      penalty: interest,
      total: 2_000_000 + interest,
      regime: 'HKPD',
    });
  });

  it('a tax that fell due before the Perda transition keeps the PDRD regime: 2% a month', async () => {
    const res = await penalty({
      regionId: '35.73',
      principal: 1_000_000,
      dueDate: '2023-06-30',
      paymentDate: '2025-03-11',
    });
    expect(res.json()).toMatchObject({ regime: 'PDRD', ratePerMonth: 0.02, months: 21, penalty: 420_000 });
  });

  it('refuses an unknown region, a negative or absurd principal, a string amount and an impossible date', async () => {
    const base = { regionId: '35.73', principal: 1000, dueDate: '2025-01-10', paymentDate: '2025-03-01' };
    const unknown = await penalty({ ...base, regionId: '35.07' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('REGION_NOT_FOUND');
    for (const bad of [
      { ...base, principal: -1 },
      { ...base, principal: 1e30 },
      { ...base, principal: '10000' },
      { ...base, principal: 10.5 },
      { ...base, dueDate: '2025-02-30' },
      { ...base, dueDate: '10/01/2025' },
    ]) {
      const res = await penalty(bad, { 'accept-language': 'en' });
      expect(res.statusCode, JSON.stringify(bad)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('public PBJT simulator', () => {
  it('food and beverages in Kota Malang: 10% of gross receipts', async () => {
    const res = await pbjt({
      regionId: '35.73',
      subType: 'makanan_minuman',
      gross: 12_345_678,
      date: '2025-03-31',
    });
    expect(res.json()).toMatchObject({ rate: 0.1, tax: 1_234_567 });
  });

  it('karaoke and bars (hiburan khusus) use their own band: 75% in the Bangka example configuration', async () => {
    const res = await pbjt({
      regionId: '19.01',
      subType: 'kesenian_hiburan',
      category: 'khusus',
      gross: 1_000_000,
      date: '2025-03-01',
    });
    expect(res.json()).toMatchObject({ rate: 0.75, tax: 750_000, exampleOnly: true });
  });

  it('a date before any rate was in force is a 409 TAX_RATE_MISSING, an unknown category a 422', async () => {
    const early = await pbjt({ regionId: '35.73', subType: 'parkir', gross: 1000, date: '2019-01-01' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('TAX_RATE_MISSING');
    const odd = await pbjt({
      regionId: '35.73',
      subType: 'parkir',
      category: 'khusus',
      gross: 1000,
      date: '2025-01-01',
    });
    expect(odd.statusCode).toBe(422);
    expect(odd.json().code).toBe('UNKNOWN_TAX_CATEGORY');
  });
});

describe('tax rates are per-region, effective-dated data within the law', () => {
  it('a 12% PBJT rate is refused with the reason: UU 1/2022 Pasal 58(1) caps it at 10%', async () => {
    const supervisor = await signedIn(t.app, 'supervisor@malang.demo');
    const res = await supervisor.post(
      '/api/v1/regions/35.73/tax/rates',
      { taxCode: 'pbjt_makanan_minuman', validFrom: '2026-01-01', ratePpm: 120_000, legalBasis: 'Perda uji' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'RATE_ABOVE_LEGAL_MAXIMUM' });
    expect(res.json().detail).toBe('A 12% rate is refused: UU 1/2022 Pasal 58(1) caps it at 10%.');
  });

  it('a 30% rate for karaoke is below the 40–75% band of Pasal 58(2)', async () => {
    const supervisor = await signedIn(t.app, 'supervisor@malang.demo');
    const res = await supervisor.post('/api/v1/regions/35.73/tax/rates', {
      taxCode: 'pbjt_kesenian_hiburan',
      category: 'khusus',
      validFrom: '2026-01-01',
      ratePpm: 300_000,
      legalBasis: 'Perda uji',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('RATE_BELOW_LEGAL_MINIMUM');
  });

  it('a new Perda rate applies from its date and not before; the change is audited', async () => {
    const supervisor = await signedIn(t.app, 'supervisor@malang.demo');
    const res = await supervisor.post('/api/v1/regions/35.73/tax/rates', {
      taxCode: 'pbjt_parkir',
      validFrom: '2026-01-01',
      ratePpm: 50_000,
      legalBasis: 'Perda Kota Malang (uji) 2025',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ revision: 1, ratePpm: 50_000 });
    const before = await pbjt({ regionId: '35.73', subType: 'parkir', gross: 1_000_000, date: '2025-12-31' });
    const after = await pbjt({ regionId: '35.73', subType: 'parkir', gross: 1_000_000, date: '2026-01-01' });
    expect(before.json().tax).toBe(100_000);
    expect(after.json().tax).toBe(50_000);
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const audit = (
      await admin.get('/api/v1/regions/35.73/audit?action=tax.rate.record&actor=supervisor@malang.demo')
    ).json();
    expect(audit.entries[0].after).toMatchObject({
      taxCode: 'pbjt_parkir',
      ratePpm: 50_000,
      validFrom: '2026-01-01',
    });
    // Bangka is untouched.
    const bangka = await pbjt({ regionId: '19.01', subType: 'parkir', gross: 1_000_000, date: '2026-01-01' });
    expect(bangka.json().tax).toBe(100_000);
  });

  it('a correction of the same version is a new revision, and the latest revision applies', async () => {
    const supervisor = await signedIn(t.app, 'supervisor@malang.demo');
    const res = await supervisor.post('/api/v1/regions/35.73/tax/rates', {
      taxCode: 'pbjt_parkir',
      validFrom: '2026-01-01',
      ratePpm: 60_000,
      legalBasis: 'Perda Kota Malang (uji) 2025, ralat',
    });
    expect(res.json().revision).toBe(2);
    const after = await pbjt({ regionId: '35.73', subType: 'parkir', gross: 1_000_000, date: '2026-02-01' });
    expect(after.json().tax).toBe(60_000);
  });

  it('an officer may read the rates but not record them', async () => {
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    expect((await officer.get('/api/v1/regions/35.73/tax/rates')).statusCode).toBe(200);
    const res = await officer.post('/api/v1/regions/35.73/tax/rates', {
      taxCode: 'pbjt_parkir',
      validFrom: '2026-01-01',
      ratePpm: 50_000,
      legalBasis: 'Perda uji',
    });
    expect(res.statusCode).toBe(403);
  });

  it('the policy in force names the regime, due-date rule and rounding; a bad policy is refused field by field', async () => {
    const supervisor = await signedIn(t.app, 'admin@bangka.demo');
    const current = (await supervisor.get('/api/v1/regions/19.01/tax/policy?on=2025-03-11')).json();
    expect(current).toMatchObject({
      exampleOnly: true,
      policy: { returnDue: { kind: 'day-of-next-month', day: 10 }, interest: { from: { name: 'HKPD' } } },
    });
    const bad = await supervisor.post('/api/v1/regions/19.01/tax/policy', {
      validFrom: '2026-01-01',
      legalBasis: 'Perbup uji',
      policy: { ...current.policy, returnDue: { kind: 'day-of-next-month', day: 31 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toMatch(/returnDue/);
  });

  it('an NPWPD template that cannot number taxpayers is refused when saved, not at the next verification', async () => {
    const admin = await signedIn(t.app, 'admin@bangka.demo');
    const current = (await admin.get('/api/v1/regions/19.01/tax/policy?on=2025-03-11')).json();
    for (const npwpdTemplate of [
      'P.{region}.{district}',
      'P.{region}.{seq:7}.{kecamatan}',
      'P {region}{seq:7}',
    ]) {
      const bad = await admin.post('/api/v1/regions/19.01/tax/policy', {
        validFrom: '2026-01-01',
        legalBasis: 'Perbup uji',
        policy: { ...current.policy, npwpdTemplate },
      });
      expect(bad.statusCode, npwpdTemplate).toBe(400);
      expect(bad.json().errors[0]).toMatchObject({ field: 'policy.npwpdTemplate' });
    }
    const noSequence = await admin.post(
      '/api/v1/regions/19.01/tax/policy',
      {
        validFrom: '2026-01-01',
        legalBasis: 'Perbup uji',
        policy: { ...current.policy, npwpdTemplate: 'P.{region}.{district}' },
      },
      { headers: { 'accept-language': 'id' } },
    );
    expect(noSequence.json().errors[0].message).toBe('Format NPWPD memerlukan nomor urut {seq:N}');
  });

  it('pemutihan windows and tariff tables are refused when the rules could not use them, each row named in both languages', async () => {
    const supervisor = await signedIn(t.app, 'admin@bangka.demo');
    const current = (await supervisor.get('/api/v1/regions/19.01/tax/policy?on=2025-03-11')).json();
    const billboard = {
      reklameType: 'papan',
      locationClass: 'A',
      periodUnit: 'year',
      tariffPerSquareMeterPerUnit: 150_000,
    };
    const save = (tables: object, lang: string) =>
      supervisor.post(
        '/api/v1/regions/19.01/tax/policy',
        { validFrom: '2026-07-01', legalBasis: 'Perbup uji', policy: { ...current.policy, ...tables } },
        { headers: { 'accept-language': lang } },
      );
    const bad = {
      amnesties: [{ from: '2026-12-31', to: '2026-07-01', waivePpm: 1_000_000, legalBasis: '' }],
      reklameTariffs: [billboard, { ...billboard, tariffPerSquareMeterPerUnit: 175_000 }],
      patPrices: [{ usage: 'niaga', tiers: [{ upToM3: 50, pricePerM3: 3_000 }] }],
    };
    const refused = await save(bad, 'id');
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      {
        field: 'policy.amnesties.0.to',
        message: 'Masa pemutihan 31 Desember 2026 sampai 1 Juli 2026 berakhir sebelum dimulai',
      },
      { field: 'policy.amnesties.0.legalBasis', message: 'Sebutkan dasar hukum pemutihan (Perkada)' },
      {
        field: 'policy.reklameTariffs.1',
        message: 'Tarif reklame papan, kelas A, per tahun tertulis dua kali',
      },
      {
        field: 'policy.patPrices.0.tiers',
        message: 'Tabel harga air tanah harus diakhiri tingkat tanpa batas atas (upToM3: null)',
      },
    ]);
    const inEnglish = await save(bad, 'en');
    expect(inEnglish.json().errors[0].message).toBe(
      'the amnesty window from 31 December 2026 to 1 July 2026 ends before it starts',
    );
    // Nothing of the refused policy was recorded: the one in force on that day is still the demo's.
    const after = (await supervisor.get('/api/v1/regions/19.01/tax/policy?on=2026-07-01')).json();
    expect(after.policy.amnesties).toEqual(current.policy.amnesties);

    const good = {
      amnesties: [
        { from: '2026-07-01', to: '2026-12-31', waivePpm: 1_000_000, legalBasis: 'Perbup uji pemutihan' },
      ],
      reklameTariffs: [billboard],
      patPrices: [
        {
          usage: 'niaga',
          tiers: [
            { upToM3: 50, pricePerM3: 3_000 },
            { upToM3: null, pricePerM3: 4_500 },
          ],
        },
      ],
    };
    expect((await save(good, 'id')).statusCode).toBe(201);
    const recorded = (await supervisor.get('/api/v1/regions/19.01/tax/policy?on=2026-07-01')).json();
    expect(recorded.policy).toMatchObject(good);
  });

  it('NJOPTKP below Rp10 juta or NPOPTKP below Rp80 juta is refused citing UU 1/2022; the law’s minimums are kept', async () => {
    const supervisor = await signedIn(t.app, 'admin@bangka.demo');
    const current = (await supervisor.get('/api/v1/regions/19.01/tax/policy?on=2025-03-11')).json();
    expect(current.policy.propertyAllowances).toEqual({
      njoptkp: 10_000_000,
      npoptkp: 80_000_000,
      npoptkpInheritance: 300_000_000,
    });
    const save = (propertyAllowances: object, lang = 'id') =>
      supervisor.post(
        '/api/v1/regions/19.01/tax/policy',
        {
          validFrom: '2026-01-01',
          legalBasis: 'Perbup uji',
          policy: { ...current.policy, propertyAllowances },
        },
        { headers: { 'accept-language': lang } },
      );
    const low = await save({ njoptkp: 9_999_999, npoptkp: 79_000_000, npoptkpInheritance: 300_000_000 });
    expect(low.statusCode).toBe(400);
    expect(low.json().errors).toEqual([
      {
        field: 'policy.propertyAllowances.njoptkp',
        message: 'UU 1/2022 Pasal 40 ayat (4): NJOPTKP paling sedikit Rp 10.000.000',
      },
      {
        field: 'policy.propertyAllowances.npoptkp',
        message: 'UU 1/2022 Pasal 46: NPOPTKP paling sedikit Rp 80.000.000',
      },
    ]);
    const inEnglish = await save({ njoptkp: 5_000_000, npoptkp: 80_000_000, npoptkpInheritance: 0 }, 'en');
    expect(inEnglish.json().errors[0].message).toBe(
      'UU 1/2022 Article 40(4): NJOPTKP is at least Rp 10.000.000',
    );
    const dki = await save({ njoptkp: 60_000_000, npoptkp: 80_000_000, npoptkpInheritance: 350_000_000 });
    expect(dki.statusCode).toBe(201);
    const next = (await supervisor.get('/api/v1/regions/19.01/tax/policy?on=2026-01-01')).json();
    expect(next.policy.propertyAllowances.njoptkp).toBe(60_000_000);
  });

  it('the demo rates and policy name their legal basis in Indonesian; that they are examples is a flag, not a caveat in it', async () => {
    const officer = await signedIn(t.app, 'petugas@bangka.demo');
    const rates = (await officer.get('/api/v1/regions/19.01/tax/rates')).json();
    expect(rates[0]).toMatchObject({ legalBasis: 'UU 1/2022 (tarif tertinggi)', exampleOnly: true });
    const policy = (await officer.get('/api/v1/regions/19.01/tax/policy?on=2025-03-11')).json();
    expect(policy).toMatchObject({
      legalBasis: 'UU 1/2022 (batas tertinggi); PP 35/2023',
      exampleOnly: true,
    });
    // Taxpayers read the legal basis (the simulator, an SKPD's "Dasar hukum"): no demo caveat in it (issue 14).
    for (const text of [...rates.map((r: { legalBasis: string }) => r.legalBasis), policy.legalBasis]) {
      expect(text).not.toMatch(/contoh|dikonfirmasi/i);
    }
  });
});
