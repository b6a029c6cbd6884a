import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/platform/clock';
import { taxPolicyOn } from '../src/tax/policy';
import { formatNpwpd } from '../src/tax/rules/npwpd';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let officer: Agent;
let supervisor: Agent;
let wp: Agent;
beforeAll(async () => {
  t = await startTestApp();
  officer = await signedIn(t.app, 'petugas@malang.demo');
  supervisor = await signedIn(t.app, 'supervisor@malang.demo');
  wp = await signedIn(t.app, 'wp@malang.demo');
});
afterAll(() => t.close());

const API = '/api/v1/regions/35.73';
const KLOJEN = '35.73.02.1001';
const DINOYO = '35.73.05.1004';
/** A NIK of someone born 15 Jan 1990 in kecamatan 35.73.01, with serial `n`. */
const nikOf = (n: number) => `357301150190${String(n).padStart(4, '0')}`;

const person = (n: number, over: Record<string, unknown> = {}) => ({
  kind: 'person',
  nik: nikOf(n),
  name: `Warung Nomor ${n}`,
  address: `Jl. Kawi ${n}, Malang`,
  villageCode: KLOJEN,
  phone: '0341-555000',
  ...over,
});

async function register(agent: Agent, body: Record<string, unknown>) {
  const res = await agent.post(`${API}/taxpayers`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; status: string; npwpd: string | null; userId: number | null };
}

async function verified(body: Record<string, unknown>) {
  const { id } = await register(officer, body);
  const res = await officer.post(`${API}/taxpayers/${id}/decision`, { decision: 'verify' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { id: number; npwpd: string };
}

async function countTaxpayers(): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM taxpayer WHERE region_id = '35.73'",
  );
  return row?.n ?? 0;
}

async function auditOf(entity: string, id: number) {
  const admin = await signedIn(t.app, 'admin@malang.demo');
  const res = await admin.get(`${API}/audit?entity=${entity}&entityId=${id}`);
  return res.json().entries as { action: string; actor: string; before: unknown; after: unknown }[];
}

describe('registration (pendaftaran wajib pajak)', () => {
  it('a signed-in taxpayer registers online: pending, linked to their account, audited', async () => {
    const me = (await wp.get('/api/v1/auth/me')).json();
    const taxpayer = await register(wp, person(1, { email: 'Tini@Example.id' }));
    expect(taxpayer).toMatchObject({
      status: 'pending',
      npwpd: null,
      userId: me.user.id,
      email: 'tini@example.id',
    });
    const [entry] = await auditOf('taxpayer', taxpayer.id);
    expect(entry).toMatchObject({ action: 'taxpayer.register', actor: 'wp@malang.demo' });
  });

  it('an officer registers an entity by its NPWP at the counter; it is pending and linked to no account', async () => {
    const taxpayer = await register(officer, {
      kind: 'entity',
      npwp: '012345678901000',
      name: 'PT Hotel Tugu Malang',
      address: 'Jl. Tugu 3',
      villageCode: KLOJEN,
    });
    expect(taxpayer).toMatchObject({ status: 'pending', userId: null, kind: 'entity', nik: null });
  });

  it('verification issues the NPWPD from the region policy template with the next number of the counter', async () => {
    const { id } = await register(officer, person(2, { villageCode: DINOYO }));
    const [counter] = await t.db.query<{ value: number }>(
      "SELECT value FROM region_counter WHERE region_id = '35.73' AND name = 'npwpd'",
    );
    const day = localDate(t.clock.now(), 'Asia/Jakarta');
    const { policy } = await taxPolicyOn(t.db, '35.73', day);
    const res = await officer.post(`${API}/taxpayers/${id}/decision`, { decision: 'verify' });
    expect(res.statusCode, res.body).toBe(200);
    const expected = formatNpwpd(policy.npwpdTemplate, {
      regionId: '35.73',
      districtCode: '05',
      taxTypeCode: '00',
      year: 2025,
      sequence: (counter?.value ?? 0) + 1,
    });
    expect(res.json()).toMatchObject({ status: 'verified', npwpd: expected });
    const next = await verified(person(3));
    expect(next.npwpd).toBe(
      formatNpwpd(policy.npwpdTemplate, {
        regionId: '35.73',
        districtCode: '02',
        taxTypeCode: '00',
        year: 2025,
        sequence: (counter?.value ?? 0) + 2,
      }),
    );
    const [entry] = await auditOf('taxpayer', id);
    expect(entry).toMatchObject({
      action: 'taxpayer.verify',
      before: { status: 'pending', npwpd: null },
      after: { status: 'verified', npwpd: expected },
    });
  });

  it('a decided registration cannot be decided again (409 REGISTRATION_ALREADY_DECIDED)', async () => {
    const { id } = await verified(person(4));
    const res = await supervisor.post(`${API}/taxpayers/${id}/decision`, { decision: 'reject', reason: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('REGISTRATION_ALREADY_DECIDED');
  });

  it('a rejection needs a reason (400), and the reason is kept', async () => {
    const { id } = await register(wp, person(5));
    const bare = await supervisor.post(`${API}/taxpayers/${id}/decision`, { decision: 'reject' });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().errors[0].field).toBe('reason');
    const blank = await supervisor.post(`${API}/taxpayers/${id}/decision`, {
      decision: 'reject',
      reason: '  ',
    });
    expect(blank.statusCode).toBe(400);
    const res = await supervisor.post(`${API}/taxpayers/${id}/decision`, {
      decision: 'reject',
      reason: 'KTP tidak terbaca',
    });
    expect(res.json()).toMatchObject({
      status: 'rejected',
      rejectionReason: 'KTP tidak terbaca',
      npwpd: null,
    });
  });

  it('only an officer or supervisor decides: an administrator gets 403, a taxpayer too', async () => {
    const { id } = await register(officer, person(6));
    const admin = await signedIn(t.app, 'admin@malang.demo');
    expect((await admin.post(`${API}/taxpayers/${id}/decision`, { decision: 'verify' })).statusCode).toBe(
      403,
    );
    expect((await wp.post(`${API}/taxpayers/${id}/decision`, { decision: 'verify' })).statusCode).toBe(403);
  });

  it('a NIK already registered is a 409 DUPLICATE_NIK; once that registration is rejected the NIK may register again', async () => {
    const first = await register(officer, person(7));
    const again = await officer.post(`${API}/taxpayers`, person(7, { name: 'Nama Lain' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DUPLICATE_NIK');
    await supervisor.post(`${API}/taxpayers/${first.id}/decision`, { decision: 'reject', reason: 'ganda' });
    expect((await officer.post(`${API}/taxpayers`, person(7))).statusCode).toBe(201);
  });

  it('an NPWP already registered is a 409 DUPLICATE_NPWP', async () => {
    const entity = {
      kind: 'entity',
      npwp: '0987654321098765',
      name: 'CV Dua',
      address: 'Jl. Dua',
      villageCode: KLOJEN,
    };
    await register(officer, entity);
    const res = await officer.post(`${API}/taxpayers`, { ...entity, name: 'CV Dua Lagi' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('DUPLICATE_NPWP');
  });

  it('a bad NIK is a 400 naming the field, and nothing is written', async () => {
    const before = await countTaxpayers();
    for (const nik of ['12345', '3573013201900001', '357301150190000A']) {
      const res = await officer.post(`${API}/taxpayers`, person(8, { nik }));
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'nik' }] });
    }
    expect(await countTaxpayers()).toBe(before);
  });

  it("a bad NIK's reason is in the caller's language", async () => {
    const body = person(8, { nik: '3573013201900001' });
    const id = (await officer.post(`${API}/taxpayers`, body)).json();
    const en = (
      await officer.post(`${API}/taxpayers`, body, { headers: { 'accept-language': 'en' } })
    ).json();
    expect(id.errors).toEqual([
      {
        field: 'nik',
        message: 'angka ke-7 sampai ke-12 NIK adalah tanggal lahir DDMMYY (tanggal + 40 untuk perempuan)',
      },
    ]);
    expect(en.errors).toEqual([
      { field: 'nik', message: 'digits 7 to 12 of a NIK are the date of birth DDMMYY (day + 40 for women)' },
    ]);
  });

  it('a kelurahan outside the region (here one of Kabupaten Bangka) is a 422 UNKNOWN_VILLAGE, and nothing is written', async () => {
    const before = await countTaxpayers();
    const res = await officer.post(`${API}/taxpayers`, person(9, { villageCode: '19.01.01.1001' }));
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('UNKNOWN_VILLAGE');
    expect(await countTaxpayers()).toBe(before);
  });

  it('unknown fields, and a NIK on an entity, are refused by the strict schema', async () => {
    expect((await officer.post(`${API}/taxpayers`, person(10, { role: 'admin' }))).statusCode).toBe(400);
    const entity = {
      kind: 'entity',
      npwp: '012345678901999',
      nik: nikOf(10),
      name: 'PT X',
      address: 'Jl',
      villageCode: KLOJEN,
    };
    expect((await officer.post(`${API}/taxpayers`, entity)).statusCode).toBe(400);
  });

  it('an auditor may read but not register; a treasurer may not read the registry (403)', async () => {
    const auditor = await signedIn(t.app, 'auditor@malang.demo');
    expect((await auditor.get(`${API}/taxpayers`)).statusCode).toBe(200);
    expect((await auditor.post(`${API}/taxpayers`, person(11))).statusCode).toBe(403);
    const treasurer = await signedIn(t.app, 'bendahara@malang.demo');
    expect((await treasurer.get(`${API}/taxpayers`)).statusCode).toBe(403);
  });
});

describe('a taxpayer sees only their own records', () => {
  it("another taxpayer's record is 404 TAXPAYER_NOT_FOUND, in reading, editing and adding objects", async () => {
    const { id } = await verified(person(20));
    const read = await wp.get(`${API}/taxpayers/${id}`);
    expect(read.statusCode).toBe(404);
    expect(read.json().code).toBe('TAXPAYER_NOT_FOUND');
    expect((await wp.patch(`${API}/taxpayers/${id}`, { phone: '0811111111' })).statusCode).toBe(404);
    const object = {
      taxCode: 'pbjt_makanan_minuman',
      name: 'X',
      address: 'Jl',
      villageCode: KLOJEN,
      openedOn: '2024-01-01',
    };
    expect((await wp.post(`${API}/taxpayers/${id}/objects`, object)).statusCode).toBe(404);
  });

  it('their search lists only their own registrations', async () => {
    const mine = await register(wp, person(21, { name: 'Depot Rahasia Bu Tini' }));
    await register(officer, person(22, { name: 'Depot Rahasia Orang Lain' }));
    const res = (await wp.get(`${API}/taxpayers?q=${encodeURIComponent('Depot Rahasia')}`)).json();
    expect(res.items.map((x: { id: number }) => x.id)).toEqual([mine.id]);
    expect(res.total).toBe(1);
    expect(
      (await officer.get(`${API}/taxpayers?q=${encodeURIComponent('Depot Rahasia')}`)).json().total,
    ).toBe(2);
  });

  it('a taxpayer may change their own phone and email, but not their name (403); edits are audited before/after', async () => {
    const mine = await register(wp, person(23));
    const ok = await wp.patch(`${API}/taxpayers/${mine.id}`, {
      phone: '0812-3456-789',
      email: 'baru@example.id',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await wp.patch(`${API}/taxpayers/${mine.id}`, { name: 'Nama Baru' })).statusCode).toBe(403);
    const [entry] = await auditOf('taxpayer', mine.id);
    expect(entry).toMatchObject({
      action: 'taxpayer.update',
      before: { phone: '0341-555000', email: null },
      after: { phone: '0812-3456-789', email: 'baru@example.id' },
    });
  });

  it('an officer corrects a name and kelurahan; a NIK taken by another is a 409', async () => {
    const a = await verified(person(24));
    await verified(person(25));
    const res = await officer.patch(`${API}/taxpayers/${a.id}`, { name: 'Warung Baru', villageCode: DINOYO });
    expect(res.json()).toMatchObject({ name: 'Warung Baru', villageCode: DINOYO, npwpd: a.npwpd });
    const clash = await officer.patch(`${API}/taxpayers/${a.id}`, { nik: nikOf(25) });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().code).toBe('DUPLICATE_NIK');
  });
});

describe('tax objects (objek pajak)', () => {
  const outlet = {
    taxCode: 'pbjt_makanan_minuman',
    name: 'Bakso Bu Tini',
    address: 'Jl. Kawi 30',
    villageCode: KLOJEN,
    openedOn: '2020-06-01',
    details: { kursi: 40 },
  };

  it("a taxpayer's own object waits for verification; an officer then activates it", async () => {
    const mine = await register(wp, person(30));
    const added = await wp.post(`${API}/taxpayers/${mine.id}/objects`, outlet);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ status: 'pending', category: 'umum', details: { kursi: 40 } });
    const early = await officer.post(`${API}/taxpayers/${mine.id}/objects/${added.json().id}/decision`, {
      decision: 'verify',
    });
    expect(early.json().code).toBe('TAXPAYER_NOT_VERIFIED');
    await officer.post(`${API}/taxpayers/${mine.id}/decision`, { decision: 'verify' });
    const res = await officer.post(`${API}/taxpayers/${mine.id}/objects/${added.json().id}/decision`, {
      decision: 'verify',
    });
    expect(res.json().status).toBe('active');
  });

  it('the registration queue lists a verified taxpayer who declares a new object, until it is decided', async () => {
    const mine = await register(wp, person(90));
    await officer.post(`${API}/taxpayers/${mine.id}/decision`, { decision: 'verify' });
    const queue = async () =>
      ((await officer.get(`${API}/taxpayers?awaiting=true&limit=100`)).json().items as { id: number }[]).map(
        (x) => x.id,
      );
    expect(await queue()).not.toContain(mine.id);
    const added = await wp.post(`${API}/taxpayers/${mine.id}/objects`, { ...outlet, name: 'Cabang Sukun' });
    expect(await queue()).toContain(mine.id);
    await officer.post(`${API}/taxpayers/${mine.id}/objects/${added.json().id}/decision`, {
      decision: 'verify',
    });
    expect(await queue()).not.toContain(mine.id);
  });

  it("an officer's object is active at once; a karaoke is PBJT hiburan 'khusus'", async () => {
    const { id } = await verified(person(31));
    const res = await officer.post(`${API}/taxpayers/${id}/objects`, {
      ...outlet,
      taxCode: 'pbjt_kesenian_hiburan',
      category: 'khusus',
      name: 'Karaoke Bintang',
    });
    expect(res.json()).toMatchObject({ status: 'active', category: 'khusus' });
  });

  it('an unknown tax type, a category the tax does not have, or a kelurahan of another region is a 422', async () => {
    const { id } = await verified(person(32));
    const unknownTax = await officer.post(`${API}/taxpayers/${id}/objects`, {
      ...outlet,
      taxCode: 'pajak_judi',
    });
    expect(unknownTax.json().code).toBe('UNKNOWN_TAX_TYPE');
    const badCategory = await officer.post(`${API}/taxpayers/${id}/objects`, {
      ...outlet,
      category: 'khusus',
    });
    expect(badCategory.statusCode).toBe(422);
    const away = await officer.post(`${API}/taxpayers/${id}/objects`, {
      ...outlet,
      villageCode: '19.01.01.1001',
    });
    expect(away.json().code).toBe('UNKNOWN_VILLAGE');
    expect((await officer.get(`${API}/taxpayers/${id}`)).json().objects).toEqual([]);
  });

  it('closing (tutup usaha) before the opening date is a 422; then closed once; a second close is a 409', async () => {
    const { id } = await verified(person(33));
    const object = (await officer.post(`${API}/taxpayers/${id}/objects`, outlet)).json();
    const url = `${API}/taxpayers/${id}/objects/${object.id}/close`;
    const early = await officer.post(url, { closedOn: '2020-05-31' });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe('CLOSE_BEFORE_OPEN');
    const res = await officer.post(url, { closedOn: '2025-02-28' });
    expect(res.json()).toMatchObject({ status: 'closed', closedOn: '2025-02-28' });
    const again = await officer.post(url, { closedOn: '2025-03-01' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('OBJECT_ALREADY_CLOSED');
    const [entry] = await auditOf('tax_object', object.id);
    expect(entry).toMatchObject({
      action: 'tax_object.close',
      before: { status: 'active', closedOn: null },
      after: { status: 'closed', closedOn: '2025-02-28' },
    });
  });

  it("another region's taxpayer and object are 404 through this region, and stay open", async () => {
    const bangka = await signedIn(t.app, 'petugas@bangka.demo');
    const tp = await bangka.post(
      '/api/v1/regions/19.01/taxpayers',
      person(34, { villageCode: '19.01.01.1001' }),
    );
    expect(tp.statusCode, tp.body).toBe(201);
    const tpId = tp.json().id;
    const obj = await bangka.post(`/api/v1/regions/19.01/taxpayers/${tpId}/objects`, {
      ...outlet,
      villageCode: '19.01.01.1001',
    });
    expect(obj.statusCode, obj.body).toBe(201);
    const close = await officer.post(`${API}/taxpayers/${tpId}/objects/${obj.json().id}/close`, {
      closedOn: '2025-01-01',
    });
    expect(close.statusCode).toBe(404);
    expect(close.json().code).toBe('TAX_OBJECT_NOT_FOUND');
    expect((await officer.get(`${API}/taxpayers/${tpId}`)).statusCode).toBe(404);
    const still = (await bangka.get(`/api/v1/regions/19.01/taxpayers/${tpId}`)).json();
    expect(still.objects[0].status).toBe('active');
  });

  it('the taxpayer file shows kelurahan and kecamatan names and every object', async () => {
    const { id } = await verified(person(35));
    await officer.post(`${API}/taxpayers/${id}/objects`, outlet);
    await officer.post(`${API}/taxpayers/${id}/objects`, {
      ...outlet,
      taxCode: 'reklame',
      name: 'Papan Nama',
    });
    const file = (await officer.get(`${API}/taxpayers/${id}`)).json();
    expect(file).toMatchObject({
      villageName: expect.stringMatching(/klojen/i),
      districtName: expect.stringMatching(/klojen/i),
    });
    expect(file.objects.map((o: { taxCode: string }) => o.taxCode)).toEqual([
      'pbjt_makanan_minuman',
      'reklame',
    ]);
  });
});

describe('search', () => {
  let hotel: { id: number; npwpd: string };
  let parkir: { id: number; npwpd: string };
  beforeAll(async () => {
    hotel = await verified(
      person(40, { name: 'Hotel Sriwijaya Indah', address: 'Jl. Bandung 7', villageCode: DINOYO }),
    );
    await officer.post(`${API}/taxpayers/${hotel.id}/objects`, {
      taxCode: 'pbjt_perhotelan',
      name: 'Hotel Sriwijaya Indah',
      address: 'Jl. Bandung 7',
      villageCode: DINOYO,
      openedOn: '2015-01-01',
    });
    parkir = await verified(person(41, { name: 'Parkir Pasar Besar', address: 'Jl. Sriwijaya Gang 2' }));
    await officer.post(`${API}/taxpayers/${parkir.id}/objects`, {
      taxCode: 'pbjt_parkir',
      name: 'Parkir Pasar Besar',
      address: 'Jl. Sriwijaya Gang 2',
      villageCode: KLOJEN,
      openedOn: '2018-01-01',
    });
  });
  const ids = async (query: string) =>
    ((await officer.get(`${API}/taxpayers?${query}`)).json().items as { id: number }[]).map((x) => x.id);

  it('by a fragment of the name, in any case', async () => {
    expect(await ids('q=sriwijaya%20ind')).toEqual([hotel.id]);
  });

  it('by a fragment of the address; the best match comes first', async () => {
    expect((await ids('q=sriwijaya%20gang'))[0]).toBe(parkir.id);
  });

  it('by a misspelt name (trigram similarity)', async () => {
    expect(await ids('q=Hotel%20Sriwijoyo%20Indah')).toEqual([hotel.id]);
  });

  it('by NPWPD, whole or its beginning', async () => {
    expect(await ids(`q=${encodeURIComponent(hotel.npwpd)}`)).toEqual([hotel.id]);
    const prefix = hotel.npwpd.slice(0, -3);
    expect(await ids(`q=${encodeURIComponent(prefix)}`)).toContain(hotel.id);
  });

  it('by NIK, exactly', async () => {
    expect(await ids(`q=${nikOf(41)}`)).toEqual([parkir.id]);
  });

  it('by kelurahan, tax type and status, alone or with q', async () => {
    const inDinoyo = (await officer.get(`${API}/taxpayers?kelurahan=${DINOYO}&limit=100`)).json().items;
    expect(inDinoyo.map((x: { id: number }) => x.id)).toContain(hotel.id);
    expect(inDinoyo.every((x: { villageCode: string }) => x.villageCode === DINOYO)).toBe(true);
    const parking = (await officer.get(`${API}/taxpayers?taxCode=pbjt_parkir&limit=100`)).json().items;
    expect(parking.map((x: { id: number }) => x.id)).toContain(parkir.id);
    expect(parking.every((x: { taxCodes: string[] }) => x.taxCodes.includes('pbjt_parkir'))).toBe(true);
    expect(await ids(`q=sriwijaya&kelurahan=${DINOYO}&taxCode=pbjt_perhotelan`)).toEqual([hotel.id]);
    expect(await ids('q=sriwijaya&taxCode=pbjt_parkir')).toEqual([parkir.id]);
    expect(await ids('q=sriwijaya&status=pending')).toEqual([]);
    const pending = (await officer.get(`${API}/taxpayers?status=pending&limit=100`)).json().items;
    expect(pending.every((x: { status: string }) => x.status === 'pending')).toBe(true);
  });

  it('pages carry the total count; beyond the last page the total is still given', async () => {
    const all = (await officer.get(`${API}/taxpayers?limit=2`)).json();
    expect(all.items).toHaveLength(2);
    expect(all.total).toBeGreaterThan(10);
    const past = (await officer.get(`${API}/taxpayers?limit=2&offset=100000`)).json();
    expect(past).toEqual({ total: all.total, items: [] });
  });

  it('a result lists the tax types of the taxpayer', async () => {
    const [hit] = (await officer.get(`${API}/taxpayers?q=${encodeURIComponent(hotel.npwpd)}`)).json().items;
    expect(hit).toMatchObject({
      npwpd: hotel.npwpd,
      taxCodes: ['pbjt_perhotelan'],
      villageName: expect.any(String),
    });
  });

  it('unknown query parameters and a malformed kelurahan are a 400', async () => {
    expect((await officer.get(`${API}/taxpayers?name=x`)).statusCode).toBe(400);
    expect((await officer.get(`${API}/taxpayers?kelurahan=klojen`)).statusCode).toBe(400);
    expect((await officer.get(`${API}/taxpayers?limit=1000`)).statusCode).toBe(400);
  });
});
