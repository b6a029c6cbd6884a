import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_PREFIX } from '../src/http/tenancy';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * OPD tenancy (issue 16), as region tenancy is tested in test/tenancy.test.ts: inside a region, a performance officer
 * or an OPD head acts for the OPD their memberships name and for no other (403 OPD_FORBIDDEN), the planner, the
 * verifier, the leadership, the administrator and the auditors for every OPD of their region, and nobody for another
 * region's. In the demo, kinerja.dinkes@ and kadinkes@ work for Dinas Kesehatan of Kota Malang.
 */
const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;
const EN = { headers: { 'accept-language': 'en' } };

interface Opd {
  id: number;
  shortName: string;
  positions: { id: number }[];
}

let t: TestApp;
let perencana: Agent;
let admin: Agent;
let petugasDinkes: Agent;
let kadinkes: Agent;
let dinkes: Opd;
let bapenda: Opd;
let bangkaDinkes: Opd;

/** A new account of the region with one role, signed in. */
async function newPerson(email: string, role: string): Promise<{ agent: Agent; userId: number }> {
  const created = await admin.post(`${R}/users`, {
    email,
    name: `Uji ${email}`,
    password: 'sandi-yang-panjang-2025',
    roles: [role],
  });
  expect(created.statusCode, created.body).toBe(201);
  const userId = (await admin.get(`${R}/users`)).json().find((u: { email: string }) => u.email === email).id;
  return { agent: await signedIn(t.app, email, 'sandi-yang-panjang-2025'), userId };
}

beforeAll(async () => {
  t = await startTestApp();
  [perencana, admin, petugasDinkes, kadinkes] = await Promise.all([
    signedIn(t.app, 'perencana@malang.demo'),
    signedIn(t.app, 'admin@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
    signedIn(t.app, 'kadinkes@malang.demo'),
  ]);
  const opds: Opd[] = (await perencana.get(`${P}/organisation`)).json().opds;
  dinkes = opds.find((o) => o.shortName === 'Dinkes') as Opd;
  bapenda = opds.find((o) => o.shortName === 'Bapenda') as Opd;
  const bangka = await signedIn(t.app, 'perencana@bangka.demo');
  const bangkaOpds: Opd[] = (await bangka.get('/api/v1/regions/19.01/performance/organisation')).json().opds;
  bangkaDinkes = bangkaOpds.find((o) => o.shortName === 'Dinkes') as Opd;
}, 120_000);
afterAll(() => t.close());

/** A well-formed request to each performance route that names an OPD, so that only the guard can refuse it. */
const OPD_REQUESTS: Record<string, unknown> = {
  'GET /performance/opds/:opdId': undefined,
  'PATCH /performance/opds/:opdId': { name: 'Nama Baru' },
  'POST /performance/opds/:opdId/units': { kind: 'bidang', name: 'Bidang Titipan', activeFrom: '2025-01-01' },
  'POST /performance/opds/:opdId/positions': { name: 'Jabatan Titipan', activeFrom: '2025-01-01' },
  'GET /performance/opds/:opdId/members': undefined,
  'POST /performance/opds/:opdId/members': { userId: 1 },
  'DELETE /performance/opds/:opdId/members/:userId': undefined,
  'GET /performance/opds/:opdId/indicators': undefined,
  'GET /performance/opds/:opdId/audit-recommendations': undefined,
};

/** Every performance route that names an OPD, as the server has them. */
function opdRoutes(): string[] {
  return t.app.routeTable
    .filter((r) => r.url.startsWith(`${REGION_PREFIX}/performance/opds/:opdId`) && r.method !== 'HEAD')
    .map((r) => `${r.method} ${r.url.slice(REGION_PREFIX.length)}`);
}

describe('a performance officer of Dinas Kesehatan', () => {
  it('reads the organisation of Dinas Kesehatan only, and is told so', async () => {
    const o = (await petugasDinkes.get(`${P}/organisation`)).json();
    expect(o.scope).toBe('own');
    expect(o.opds.map((opd: Opd) => opd.shortName)).toEqual(['Dinkes']);
    expect((await petugasDinkes.get(`${P}/opds`)).json().map((opd: Opd) => opd.shortName)).toEqual([
      'Dinkes',
    ]);
    expect((await petugasDinkes.get(`${P}/opds/${dinkes.id}`)).statusCode).toBe(200);
    expect((await petugasDinkes.get(`${P}/opds/${dinkes.id}/members`)).statusCode).toBe(200);
  });

  it('gets 403 OPD_FORBIDDEN reading Bapenda, in both languages', async () => {
    const res = await petugasDinkes.get(`${P}/opds/${bapenda.id}`);
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      code: 'OPD_FORBIDDEN',
      title: 'Bukan perangkat daerah Anda',
    });
    expect(res.json().detail).toContain('Badan Pendapatan Daerah bukan salah satunya');
    const en = await petugasDinkes.get(`${P}/opds/${bapenda.id}/members`, EN);
    expect(en.json()).toMatchObject({ code: 'OPD_FORBIDDEN', title: 'Not your regional agency' });
    const holders = await petugasDinkes.get(`${P}/positions/${bapenda.positions[0]?.id}/holders`);
    expect(holders.json().code).toBe('OPD_FORBIDDEN');
  });

  it('is refused every endpoint of another OPD, reading or writing (403), and nothing is written there', async () => {
    expect(opdRoutes().sort()).toEqual(Object.keys(OPD_REQUESTS).sort());
    for (const [key, body] of Object.entries(OPD_REQUESTS)) {
      const [method, path] = key.split(' ') as [string, string];
      const url = `${R}${path.replace(':opdId', String(bapenda.id)).replace(':userId', '1')}`;
      const res = await petugasDinkes.request(method, url, body === undefined ? {} : { body });
      expect({ key, status: res.statusCode }).toEqual({ key, status: 403 });
      expect(['OPD_FORBIDDEN', 'FORBIDDEN_ROLE'], key).toContain(res.json().code);
    }
    expect((await perencana.get(`${P}/opds/${bapenda.id}`)).json().name).toBe('Badan Pendapatan Daerah');
    expect((await perencana.get(`${P}/opds/${bapenda.id}/members`)).json().members).toEqual([]);
  });

  it('does not change the organisation of its own OPD either: that is the planner’s', async () => {
    const res = await petugasDinkes.post(`${P}/opds/${dinkes.id}/units`, {
      kind: 'seksi',
      name: 'Seksi Buatan Petugas',
      activeFrom: '2025-01-01',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN_ROLE');
  });

  it('has no access to another region at all: 404, as for a region that is not hosted', async () => {
    const res = await petugasDinkes.get('/api/v1/regions/19.01/performance/organisation');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('REGION_NOT_FOUND');
    const other = await petugasDinkes.get(`/api/v1/regions/19.01/performance/opds/${bangkaDinkes.id}`);
    expect(other.json().code).toBe('REGION_NOT_FOUND');
  });
});

describe('the head of Dinas Kesehatan', () => {
  it('names who works for Dinas Kesehatan, and for it only', async () => {
    const { userId, agent } = await newPerson('analis.dinkes@malang.test', 'petugas_kinerja');
    expect((await agent.get(`${P}/organisation`)).json().opds).toEqual([]);
    const granted = await kadinkes.post(`${P}/opds/${dinkes.id}/members`, { userId });
    expect(granted.statusCode, granted.body).toBe(201);
    expect((await agent.get(`${P}/organisation`)).json().opds.map((o: Opd) => o.shortName)).toEqual([
      'Dinkes',
    ]);

    const elsewhere = await kadinkes.post(`${P}/opds/${bapenda.id}/members`, { userId });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().code).toBe('OPD_FORBIDDEN');
    const revokeElsewhere = await kadinkes.request('DELETE', `${P}/opds/${bapenda.id}/members/${userId}`);
    expect(revokeElsewhere.json().code).toBe('OPD_FORBIDDEN');

    // Revoked, the access ends at once.
    const revoked = await kadinkes.request('DELETE', `${P}/opds/${dinkes.id}/members/${userId}`);
    expect(revoked.statusCode).toBe(204);
    expect((await agent.get(`${P}/opds/${dinkes.id}`)).json().code).toBe('OPD_FORBIDDEN');
  });

  it('cannot hand Dinas Kesehatan to an account of no role in the region', async () => {
    const [bangka] = await t.db.query<{ id: number }>(
      `SELECT id FROM app_user WHERE email = 'kinerja.dinkes@bangka.demo'`,
    );
    const res = await kadinkes.post(`${P}/opds/${dinkes.id}/members`, { userId: bangka?.id });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('PERSON_NOT_IN_REGION');
  });
});

describe('a person of OPD A and OPD B', () => {
  it('a performance officer of Bapenda reads Bapenda, not Dinas Kesehatan; of both, reads both', async () => {
    const { agent, userId } = await newPerson('kinerja.bapenda@malang.test', 'petugas_kinerja');
    expect((await perencana.post(`${P}/opds/${bapenda.id}/members`, { userId })).statusCode).toBe(201);
    expect((await agent.get(`${P}/opds/${bapenda.id}`)).statusCode).toBe(200);
    const dinkesRes = await agent.get(`${P}/opds/${dinkes.id}`);
    expect(dinkesRes.statusCode).toBe(403);
    expect(dinkesRes.json().code).toBe('OPD_FORBIDDEN');

    expect((await perencana.post(`${P}/opds/${dinkes.id}/members`, { userId })).statusCode).toBe(201);
    const both = (await agent.get(`${P}/organisation`)).json().opds.map((o: Opd) => o.shortName);
    expect(both.sort()).toEqual(['Bapenda', 'Dinkes']);
  });
});

describe('those who act for the whole region', () => {
  it('the planner, the verifier, the leadership, the administrator and the auditors read every OPD', async () => {
    for (const email of [
      'perencana@malang.demo',
      'verifikator@malang.demo',
      'pimpinan@malang.demo',
      'admin@malang.demo',
      'auditor@malang.demo',
      'auditor@balai.demo',
    ]) {
      const agent = await signedIn(t.app, email);
      const o = (await agent.get(`${P}/organisation`)).json();
      expect({ email, scope: o.scope }).toEqual({ email, scope: 'region' });
      expect(o.opds.length, email).toBeGreaterThan(20);
      for (const opd of [dinkes, bapenda]) {
        expect((await agent.get(`${P}/opds/${opd.id}/members`)).statusCode, email).toBe(200);
      }
    }
  });

  it('a role for the whole region outweighs a membership: an OPD head who is also a verifier sees all', async () => {
    const { agent, userId } = await newPerson('kepala.verifikator@malang.test', 'kepala_opd');
    const roles = await admin.patch(`${R}/users/${userId}`, { roles: ['kepala_opd', 'verifikator'] });
    expect(roles.statusCode, roles.body).toBe(200);
    const o = (await agent.get(`${P}/organisation`)).json();
    expect(o.scope).toBe('region');
    // But what only the head's role allows (naming an OPD's people) stays limited to their own OPD.
    const res = await agent.post(`${P}/opds/${bapenda.id}/members`, { userId });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('OPD_FORBIDDEN');
  });

  it('nobody reaches another region’s OPD through their own region: it is not found there', async () => {
    const res = await perencana.get(`${P}/opds/${bangkaDinkes.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('OPD_NOT_FOUND');
    const grant = await perencana.post(`${P}/opds/${bangkaDinkes.id}/members`, { userId: 1 });
    expect(grant.json().code).toBe('OPD_NOT_FOUND');
    const bangkaPosition = await perencana.get(`${P}/positions/${bangkaDinkes.positions[0]?.id}/holders`);
    expect(bangkaPosition.json().code).toBe('POSITION_NOT_FOUND');
  });

  it('Kabupaten Bangka’s performance officer reads Bangka’s Dinas Kesehatan, and nothing of Kota Malang', async () => {
    const bangka = await signedIn(t.app, 'kinerja.dinkes@bangka.demo');
    const o = (await bangka.get('/api/v1/regions/19.01/performance/organisation')).json();
    expect(o.opds.map((opd: Opd) => [opd.shortName, opd.id])).toEqual([['Dinkes', bangkaDinkes.id]]);
    const malang = await bangka.get(`${P}/opds/${dinkes.id}`);
    expect(malang.statusCode).toBe(404);
    expect(malang.json().code).toBe('REGION_NOT_FOUND');
  });
});
