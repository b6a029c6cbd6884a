import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let supervisor: Agent;
let kepala: Agent;
beforeAll(async () => {
  t = await startTestApp();
  supervisor = await signedIn(t.app, 'supervisor@malang.demo');
  kepala = await signedIn(t.app, 'kepala@malang.demo');
});
afterAll(() => t.close());

const MALANG = '/api/v1/regions/35.73';
const twelve = (each: number) => Array(12).fill(each);

const murni2025 = {
  year: 2025,
  taxCode: 'pbjt_perhotelan',
  stage: 'murni',
  amount: 2_400_000_000,
  monthly: twelve(200_000_000),
  decreeRef: 'Perda Kota Malang No. 7 Tahun 2024 tentang APBD TA 2025',
  decreeDate: '2024-12-20',
  effectiveFrom: '2025-01-01',
};

async function auditOf(entityId: number) {
  return t.db.query<{ action: string; actor: string; after: Record<string, unknown> }>(
    `SELECT action, actor, after FROM audit_entry WHERE region_id = '35.73' AND entity = 'revenue_target'
      AND entity_id = $1 ORDER BY seq`,
    [String(entityId)],
  );
}

describe('a target entered by a supervisor waits for the head of Bapenda, then counts', () => {
  let id: number;

  it('entered with its months, it is recorded, audited, and not yet in force', async () => {
    const res = await supervisor.post(`${MALANG}/revenue/targets`, murni2025);
    expect(res.statusCode).toBe(201);
    const { target, monthsFrom } = res.json();
    id = target.id;
    expect(monthsFrom).toBe('entered');
    expect(target).toMatchObject({
      year: 2025,
      taxCode: 'pbjt_perhotelan',
      stage: 'murni',
      amount: 2_400_000_000,
      monthly: twelve(200_000_000),
      recordedBy: 'Budi Supervisor Bapenda',
      approvedAt: null,
    });
    const listed = (await supervisor.get(`${MALANG}/revenue/targets?year=2025`)).json();
    const hotel = listed.taxes.find((x: { taxCode: string }) => x.taxCode === 'pbjt_perhotelan');
    expect(hotel).toMatchObject({ levied: true, inForce: null, name: { id: 'PBJT Jasa Perhotelan' } });
    expect(hotel.history.map((h: { id: number }) => h.id)).toEqual([id]);
    const audit = await auditOf(id);
    expect(audit.map((a) => [a.action, a.actor])).toEqual([
      ['revenue_target.record', 'supervisor@malang.demo'],
    ]);
    expect(audit[0]?.after).toMatchObject({ amount: 2_400_000_000, stage: 'murni', spread: 'entered' });
  });

  it('the supervisor cannot approve it; the head of Bapenda does, audited, and it is in force', async () => {
    expect((await supervisor.post(`${MALANG}/revenue/targets/${id}/approve`)).statusCode).toBe(403);
    const res = await kepala.post(`${MALANG}/revenue/targets/${id}/approve`);
    expect(res.statusCode).toBe(200);
    expect(res.json().target).toMatchObject({ approvedBy: 'Handayani, Kepala Bapenda Kota Malang' });
    const listed = (await kepala.get(`${MALANG}/revenue/targets?year=2025`)).json();
    expect(listed.day).toBe('2025-03-11');
    expect(listed.taxes.find((x: { taxCode: string }) => x.taxCode === 'pbjt_perhotelan').inForce.id).toBe(
      id,
    );
    expect(listed.total).toBe(2_400_000_000);
    expect((await auditOf(id)).map((a) => [a.action, a.actor])).toEqual([
      ['revenue_target.record', 'supervisor@malang.demo'],
      ['revenue_target.approve', 'kepala@malang.demo'],
    ]);
  });

  it('approving it twice is a 409 TARGET_ALREADY_APPROVED, in Indonesian and English', async () => {
    const again = await kepala.post(`${MALANG}/revenue/targets/${id}/approve`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'TARGET_ALREADY_APPROVED', title: 'Target sudah disetujui' });
    const en = await kepala.post(
      `${MALANG}/revenue/targets/${id}/approve`,
      {},
      { headers: { 'accept-language': 'en' } },
    );
    expect(en.json().detail).toContain('is approved once');
    expect((await auditOf(id)).length).toBe(2);
  });

  it('an unknown target is a 404 TARGET_NOT_FOUND', async () => {
    const res = await kepala.post(`${MALANG}/revenue/targets/999999/approve`);
    expect([res.statusCode, res.json().code]).toEqual([404, 'TARGET_NOT_FOUND']);
  });
});

describe('a revision (APBD perubahan) is a new target: the original stays, each in force from its own date', () => {
  it('2024: the murni target until 30 September, the perubahan from 1 October; read at year end, the perubahan', async () => {
    const murni = await kepala.post(`${MALANG}/revenue/targets`, {
      ...murni2025,
      year: 2024,
      taxCode: 'pbjt_parkir',
      amount: 120_000_000,
      monthly: undefined,
      spread: 'equal',
      decreeDate: '2023-12-21',
      effectiveFrom: '2024-01-01',
    });
    expect(murni.statusCode).toBe(201);
    // Entered by the head of Bapenda: approved at once.
    expect(murni.json().target.approvedAt).not.toBeNull();
    expect(murni.json()).toMatchObject({ monthsFrom: 'equal', target: { monthly: twelve(10_000_000) } });
    const perubahan = await kepala.post(`${MALANG}/revenue/targets`, {
      ...murni2025,
      year: 2024,
      taxCode: 'pbjt_parkir',
      stage: 'perubahan',
      amount: 150_000_000,
      monthly: [...Array(9).fill(10_000_000), 20_000_000, 20_000_000, 20_000_000],
      decreeRef: 'Perda Kota Malang No. 3 Tahun 2024 tentang Perubahan APBD TA 2024',
      decreeDate: '2024-09-27',
      effectiveFrom: '2024-10-01',
    });
    expect(perubahan.statusCode).toBe(201);
    const listed = (await kepala.get(`${MALANG}/revenue/targets?year=2024`)).json();
    expect(listed.day).toBe('2024-12-31');
    const parkir = listed.taxes.find((x: { taxCode: string }) => x.taxCode === 'pbjt_parkir');
    expect(parkir.inForce).toMatchObject({ stage: 'perubahan', amount: 150_000_000 });
    expect(parkir.history.map((h: { stage: string; amount: number }) => [h.stage, h.amount])).toEqual([
      ['murni', 120_000_000],
      ['perubahan', 150_000_000],
    ]);
  });

  it('without months or a spread, the year is spread by last year’s pattern, or in twelfths when none is recorded', async () => {
    const res = await kepala.post(`${MALANG}/revenue/targets`, {
      ...murni2025,
      taxCode: 'pbjt_kesenian_hiburan',
      amount: 1_000,
      monthly: undefined,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      monthsFrom: 'equal',
      target: { monthly: [84, 84, 84, 84, 83, 83, 83, 83, 83, 83, 83, 83] },
    });
  });
});

describe('bad targets are refused with a code and words in both languages, and nothing is written', () => {
  const refused = async (body: Record<string, unknown>, status: number, code: string) => {
    const before = await t.db.query(
      `SELECT count(*)::int AS n FROM revenue_target WHERE region_id = '35.73'`,
    );
    const id = await supervisor.post(`${MALANG}/revenue/targets`, { ...murni2025, ...body });
    const en = await supervisor.post(
      `${MALANG}/revenue/targets`,
      { ...murni2025, ...body },
      {
        headers: { 'accept-language': 'en' },
      },
    );
    expect([id.statusCode, id.json().code]).toEqual([status, code]);
    expect(en.json().code).toBe(code);
    const after = await t.db.query(`SELECT count(*)::int AS n FROM revenue_target WHERE region_id = '35.73'`);
    expect(after).toEqual(before);
    return { id: id.json(), en: en.json() };
  };

  it('a tax the region does not levy (no rate that year, or no such local tax): TAX_NOT_LEVIED', async () => {
    const { id, en } = await refused(
      { year: 2023, effectiveFrom: '2023-01-01', decreeDate: '2022-12-20' },
      422,
      'TAX_NOT_LEVIED',
    );
    expect(id.detail).toBe(
      'Daerah ini tidak memiliki tarif pbjt_perhotelan pada tahun 2023; target tidak dapat ditetapkan.',
    );
    expect(en.detail).toBe('The region has no pbjt_perhotelan rate in 2023; no target can be set for it.');
    await refused({ taxCode: 'pajak_rokok' }, 422, 'TAX_NOT_LEVIED');
  });

  it('a negative year or month: TARGET_AMOUNT_NEGATIVE', async () => {
    await refused({ amount: -1, monthly: undefined }, 422, 'TARGET_AMOUNT_NEGATIVE');
    await refused({ amount: 0, monthly: [-100, 100, ...Array(10).fill(0)] }, 422, 'TARGET_AMOUNT_NEGATIVE');
  });

  it('months that do not add up to the year: the error names both sums', async () => {
    const { id, en } = await refused(
      { monthly: [...Array(11).fill(200_000_000), 199_000_000] },
      422,
      'TARGET_MONTHS_DO_NOT_ADD_UP',
    );
    expect(id.detail).toBe(
      'Jumlah dua belas bulan Rp 2.399.000.000 berbeda dengan target setahun Rp 2.400.000.000.',
    );
    expect(en.detail).toBe(
      'The twelve months add up to Rp 2.399.000.000, not the year’s target of Rp 2.400.000.000.',
    );
  });

  it('a budget year out of range, or an effective date outside it', async () => {
    const { en } = await refused(
      { year: 2040, effectiveFrom: '2040-01-01' },
      422,
      'TARGET_YEAR_OUT_OF_RANGE',
    );
    expect(en.detail).toBe('Budget year 2040 is outside 2015–2026.');
    await refused({ effectiveFrom: '2024-12-31' }, 422, 'TARGET_EFFECTIVE_OUTSIDE_YEAR');
  });

  it('months and a spread together, or eleven months: a validation error', async () => {
    await refused({ spread: 'equal' }, 400, 'VALIDATION_FAILED');
    await refused({ monthly: Array(11).fill(1) }, 400, 'VALIDATION_FAILED');
  });
});

describe('who may enter, approve and read targets', () => {
  it('an officer and the pimpinan may not enter one; the pimpinan reads them; a taxpayer does not', async () => {
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    const pimpinan = await signedIn(t.app, 'pimpinan@malang.demo');
    const wp = await signedIn(t.app, 'wp@malang.demo');
    expect((await officer.post(`${MALANG}/revenue/targets`, murni2025)).statusCode).toBe(403);
    expect((await pimpinan.post(`${MALANG}/revenue/targets`, murni2025)).statusCode).toBe(403);
    expect((await pimpinan.get(`${MALANG}/revenue/targets?year=2025`)).statusCode).toBe(200);
    expect((await wp.get(`${MALANG}/revenue/targets?year=2025`)).statusCode).toBe(403);
  });

  it("Kabupaten Bangka's head of Bapenda cannot approve Kota Malang's target: the region is not theirs (404)", async () => {
    const entered = (
      await supervisor.post(`${MALANG}/revenue/targets`, { ...murni2025, taxCode: 'reklame' })
    ).json();
    const bangka = await signedIn(t.app, 'kepala@bangka.demo');
    const res = await bangka.post(`${MALANG}/revenue/targets/${entered.target.id}/approve`);
    expect([res.statusCode, res.json().code]).toEqual([404, 'REGION_NOT_FOUND']);
    const same = await bangka.post(`/api/v1/regions/19.01/revenue/targets/${entered.target.id}/approve`);
    expect([same.statusCode, same.json().code]).toEqual([404, 'TARGET_NOT_FOUND']);
  });
});
