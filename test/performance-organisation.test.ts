import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * Performance management's foundation (issue 16): the region's organisation. Its perangkat daerah (OPD) and kecamatan,
 * their units as a tree, the positions with their eselon, who held each when (so a head's record follows the person,
 * not the chair), all effective-dated and audited, read as one tree; bad input refused with problem+json in both
 * languages, nothing half-written. The clock stands at 11 March 2025; the demo holds Kota Malang's organisation.
 */
const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;
const EN = { headers: { 'accept-language': 'en' } };

interface Holder {
  name: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
}
interface Position {
  id: number;
  name: string;
  eselon: string | null;
  heads: boolean;
  holders: Holder[];
}
interface UnitNode {
  id: number;
  name: string;
  positions: Position[];
  units: UnitNode[];
}
interface OpdNode {
  id: number;
  kind: string;
  name: string;
  shortName: string;
  districtCode: string | null;
  positions: Position[];
  units: UnitNode[];
}

let t: TestApp;
let perencana: Agent;
let auditor: Agent;

beforeAll(async () => {
  t = await startTestApp();
  [perencana, auditor] = await Promise.all([
    signedIn(t.app, 'perencana@malang.demo'),
    signedIn(t.app, 'auditor@malang.demo'),
  ]);
}, 120_000);
afterAll(() => t.close());

async function organisation(
  agent: Agent,
  on?: string,
): Promise<{ day: string; scope: string; opds: OpdNode[] }> {
  const res = await agent.get(`${P}/organisation${on ? `?on=${on}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const opdNamed = (opds: OpdNode[], shortName: string) => {
  const opd = opds.find((o) => o.shortName === shortName);
  if (!opd) throw new Error(`no OPD ${shortName}`);
  return opd;
};
const holdersOf = (p: Position | undefined) => p?.holders.map((h) => `${h.kind}: ${h.name}`);
async function lastAudit(action: string) {
  const res = await auditor.get(`${R}/audit?action=${action}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().entries[0];
}

describe('the demo organisation of Kota Malang', () => {
  it('has its real OPD and its five kecamatan from the Kemendagri catalogue, the Setda first', async () => {
    const o = await organisation(perencana);
    expect(o).toMatchObject({ day: '2025-03-11', scope: 'region' });
    const names = o.opds.map((opd) => opd.name);
    expect(names[0]).toBe('Sekretariat Daerah');
    expect(names).toEqual(
      expect.arrayContaining([
        'Badan Pendapatan Daerah',
        'Badan Perencanaan Pembangunan Daerah',
        'Dinas Pendidikan dan Kebudayaan',
        'Dinas Kesehatan',
        'Dinas Pekerjaan Umum, Penataan Ruang, Perumahan dan Kawasan Permukiman',
        'Dinas Perhubungan',
        'Inspektorat',
      ]),
    );
    const kecamatan = o.opds.filter((opd) => opd.kind === 'kecamatan');
    expect(kecamatan.map((k) => [k.name, k.districtCode])).toEqual([
      ['Kecamatan Blimbing', '35.73.01'],
      ['Kecamatan Kedungkandang', '35.73.03'],
      ['Kecamatan Klojen', '35.73.02'],
      ['Kecamatan Lowokwaru', '35.73.05'],
      ['Kecamatan Sukun', '35.73.04'],
    ]);
    // Klojen's eleven kelurahan, each headed by its lurah.
    const klojen = opdNamed(o.opds, 'Kec. Klojen');
    expect(klojen.units).toHaveLength(11);
    expect(klojen.units.find((u) => u.name === 'Kelurahan Kauman')?.positions[0]).toMatchObject({
      name: 'Lurah Kauman',
      eselon: 'IV.a',
      heads: true,
    });
  });

  it('nests Dinas Kesehatan’s units as a tree, each position with who holds it today, or vacant', async () => {
    const dinkes = opdNamed((await organisation(perencana)).opds, 'Dinkes');
    expect(dinkes.positions.map((p) => [p.name, p.eselon, p.heads])).toEqual([
      ['Kepala Dinas Kesehatan', 'II.b', true],
    ]);
    expect(holdersOf(dinkes.positions[0])).toEqual(['definitif: dr. Retno Wulandari, M.Kes.']);
    const kesmas = dinkes.units.find((u) => u.name === 'Bidang Kesehatan Masyarakat');
    expect(kesmas?.units.map((u) => u.name)).toEqual(['Seksi Kesehatan Keluarga dan Gizi']);
    expect(holdersOf(kesmas?.units[0]?.positions[0])).toEqual(['definitif: Novi Rahmawati, S.Gz.']);
    const p2p = dinkes.units.find((u) => u.name === 'Bidang Pencegahan dan Pengendalian Penyakit');
    expect(p2p?.positions[0]?.holders).toEqual([]);
    const sdk = dinkes.units.find((u) => u.name === 'Bidang Sumber Daya Kesehatan');
    expect(sdk?.positions.map((p) => [p.name, p.eselon])).toEqual([
      ['Kepala Bidang Sumber Daya Kesehatan', 'III.b'],
      ['Administrator Kesehatan Ahli Muda', null],
    ]);
  });

  it('reads as it stood on an earlier day: the head of Dinkes before, the Plt between, a Plh beside the head', async () => {
    const headOn = async (day: string) =>
      holdersOf(opdNamed((await organisation(perencana, day)).opds, 'Dinkes').positions[0]);
    expect(await headOn('2023-06-01')).toEqual(['definitif: dr. Ratna Kusumawati, M.Kes.']);
    expect(await headOn('2024-03-01')).toEqual(['plt: drg. Wahyu Nugroho, M.M.']);
    expect(await headOn('2025-01-20')).toEqual([
      'definitif: dr. Retno Wulandari, M.Kes.',
      'plh: Endah Puspitasari, S.K.M., M.Kes.',
    ]);
    // The BKPSDM's head has been vacant since September, a Plt standing in.
    expect(holdersOf(opdNamed((await organisation(perencana)).opds, 'BKPSDM').positions[0])).toEqual([
      'plt: Dra. Lilik Setyawati, M.Si.',
    ]);
  });

  it('keeps a head’s record with the person: dr. Ratna headed Dinkes, then Bappeda', async () => {
    const found = (await perencana.get(`${P}/employees?q=Ratna`)).json();
    expect(found).toHaveLength(1);
    const record = (await perencana.get(`${P}/employees/${found[0].id}`)).json();
    expect(record.nip).toBe('197206181999032004');
    expect(
      record.holdings.map((h: { positionName: string; startsOn: string; endsOn: string | null }) => [
        h.positionName,
        h.startsOn,
        h.endsOn,
      ]),
    ).toEqual([
      ['Kepala Badan Perencanaan Pembangunan Daerah', '2024-01-02', null],
      ['Kepala Dinas Kesehatan', '2020-01-02', '2023-12-31'],
    ]);
  });

  it('links the head of Dinkes to her account, and knows who works for Dinkes in Balai', async () => {
    const retno = (await perencana.get(`${P}/employees?q=Retno`)).json()[0];
    expect(retno.user).toMatchObject({ email: 'kadinkes@malang.demo' });
    const dinkes = opdNamed((await organisation(perencana)).opds, 'Dinkes');
    const members = (await perencana.get(`${P}/opds/${dinkes.id}/members`)).json();
    const byEmail = members.members.map((m: { email: string; roles: string[] }) => [m.email, m.roles]).sort();
    expect(byEmail).toEqual([
      ['kadinkes@malang.demo', ['kepala_opd']],
      ['kinerja.dinkes@malang.demo', ['petugas_kinerja']],
    ]);
  });

  it('Kabupaten Bangka has a smaller set: its Setda, Dinkes, BPKAD and eight kecamatan', async () => {
    const bangka = await signedIn(t.app, 'perencana@bangka.demo');
    const res = await bangka.get('/api/v1/regions/19.01/performance/organisation');
    expect(res.statusCode).toBe(200);
    const opds: OpdNode[] = res.json().opds;
    expect(opds.filter((o) => o.kind !== 'kecamatan').map((o) => o.shortName)).toEqual([
      'Setda',
      'Dinkes',
      'BPKAD',
    ]);
    expect(opds.filter((o) => o.kind === 'kecamatan').map((o) => o.name)).toEqual([
      'Kecamatan Bakam',
      'Kecamatan Belinyu',
      'Kecamatan Mendo Barat',
      'Kecamatan Merawang',
      'Kecamatan Pemali',
      'Kecamatan Puding Besar',
      'Kecamatan Riau Silip',
      'Kecamatan Sungailiat',
    ]);
  });
});

describe('a planner sets up the organisation, every change audited', () => {
  let damkar: number;
  let bidang: number;
  let seksi: number;
  let head: number;
  let employee: number;

  it('records a new OPD from a future day: not in the tree today, in it from that day', async () => {
    const res = await perencana.post(`${P}/opds`, {
      kind: 'dinas',
      name: 'Dinas Pemadam Kebakaran dan Penyelamatan',
      shortName: 'Damkar',
      activeFrom: '2025-04-01',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ shortName: 'Damkar', districtCode: null, activeUntil: null });
    damkar = res.json().id;
    expect((await organisation(perencana)).opds.map((o) => o.shortName)).not.toContain('Damkar');
    expect((await organisation(perencana, '2025-04-01')).opds.map((o) => o.shortName)).toContain('Damkar');
    const entry = await lastAudit('perangkat_daerah.create');
    expect(entry).toMatchObject({
      entity: 'perangkat_daerah',
      entityId: String(damkar),
      actor: 'perencana@malang.demo',
      after: { kind: 'dinas', shortName: 'Damkar', activeFrom: '2025-04-01' },
    });
    expect(entry.subject).toMatchObject({
      name: 'Dinas Pemadam Kebakaran dan Penyelamatan',
      page: '/performance/organisation',
    });
  });

  it('adds a bidang with a seksi under it, and their heads', async () => {
    const b = await perencana.post(`${P}/opds/${damkar}/units`, {
      kind: 'bidang',
      name: 'Bidang Pemadaman dan Penyelamatan',
      activeFrom: '2025-04-01',
    });
    expect(b.statusCode, b.body).toBe(201);
    bidang = b.json().id;
    const s = await perencana.post(`${P}/opds/${damkar}/units`, {
      kind: 'seksi',
      name: 'Seksi Operasi Pemadaman',
      parentId: bidang,
      activeFrom: '2025-04-01',
    });
    expect(s.statusCode, s.body).toBe(201);
    seksi = s.json().id;
    const kepala = await perencana.post(`${P}/opds/${damkar}/positions`, {
      name: 'Kepala Dinas Pemadam Kebakaran dan Penyelamatan',
      eselon: 'II.b',
      heads: true,
      activeFrom: '2025-04-01',
    });
    expect(kepala.statusCode, kepala.body).toBe(201);
    head = kepala.json().id;
    const kabid = await perencana.post(`${P}/opds/${damkar}/positions`, {
      unitId: bidang,
      name: 'Kepala Bidang Pemadaman dan Penyelamatan',
      eselon: 'III.b',
      heads: true,
      activeFrom: '2025-04-01',
    });
    expect(kabid.statusCode, kabid.body).toBe(201);
    const tree = opdNamed((await organisation(perencana, '2025-04-01')).opds, 'Damkar');
    expect(tree.positions.map((p) => p.name)).toEqual(['Kepala Dinas Pemadam Kebakaran dan Penyelamatan']);
    expect(tree.units).toMatchObject([
      {
        name: 'Bidang Pemadaman dan Penyelamatan',
        positions: [{ name: 'Kepala Bidang Pemadaman dan Penyelamatan', holders: [] }],
        units: [{ name: 'Seksi Operasi Pemadaman', units: [] }],
      },
    ]);
    expect((await lastAudit('opd_unit.create')).after).toMatchObject({ parentId: bidang, kind: 'seksi' });
    expect((await lastAudit('opd_position.create')).subject.name).toBe(
      'Kepala Bidang Pemadaman dan Penyelamatan · Damkar',
    );
  });

  it('records an employee and makes them head from the first day; the holding is audited', async () => {
    const e = await perencana.post(`${P}/employees`, {
      name: 'Ir. Wahyu Santoso, M.T.',
      nip: '197812302005011003',
    });
    expect(e.statusCode, e.body).toBe(201);
    employee = e.json().id;
    const h = await perencana.post(`${P}/positions/${head}/holders`, {
      employeeId: employee,
      kind: 'definitif',
      startsOn: '2025-04-01',
      decree: 'Keputusan Wali Kota Malang Nomor 821.2/45/35.73.112/2025',
    });
    expect(h.statusCode, h.body).toBe(201);
    expect(h.json()).toMatchObject({ employee: { name: 'Ir. Wahyu Santoso, M.T.' }, endsOn: null });
    const tree = opdNamed((await organisation(perencana, '2025-04-02')).opds, 'Damkar');
    expect(holdersOf(tree.positions[0])).toEqual(['definitif: Ir. Wahyu Santoso, M.T.']);
    const entry = await lastAudit('position_holder.create');
    expect(entry.subject.name).toBe(
      'Kepala Dinas Pemadam Kebakaran dan Penyelamatan: Ir. Wahyu Santoso, M.T.',
    );
    expect(entry.after).toMatchObject({ positionId: head, employeeId: employee, startsOn: '2025-04-01' });
  });

  it('moves a unit under another and renames the OPD, each audited with before and after', async () => {
    const other = await perencana.post(`${P}/opds/${damkar}/units`, {
      kind: 'bidang',
      name: 'Bidang Sarana dan Prasarana',
      activeFrom: '2025-04-01',
    });
    const moved = await perencana.patch(`${P}/units/${seksi}`, { parentId: other.json().id });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await lastAudit('opd_unit.update')).toMatchObject({
      before: { parentId: bidang },
      after: { parentId: other.json().id },
    });
    const renamed = await perencana.patch(`${P}/opds/${damkar}`, { name: 'Dinas Pemadam Kebakaran' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Dinas Pemadam Kebakaran', shortName: 'Damkar' });
    expect(await lastAudit('perangkat_daerah.update')).toMatchObject({
      before: { name: 'Dinas Pemadam Kebakaran dan Penyelamatan' },
      after: { name: 'Dinas Pemadam Kebakaran' },
    });
  });

  it('ends a holding on the holder’s last day: the position reads vacant the day after', async () => {
    const [holding] = (await perencana.get(`${P}/positions/${head}/holders`)).json().holders;
    const ended = await perencana.patch(`${P}/holders/${holding.id}`, { endsOn: '2025-06-30' });
    expect(ended.statusCode, ended.body).toBe(200);
    const on = async (day: string) =>
      opdNamed((await organisation(perencana, day)).opds, 'Damkar').positions[0];
    expect(holdersOf(await on('2025-06-30'))).toEqual(['definitif: Ir. Wahyu Santoso, M.T.']);
    expect(holdersOf(await on('2025-07-01'))).toEqual([]);
    expect(await lastAudit('position_holder.update')).toMatchObject({
      before: { endsOn: null },
      after: { endsOn: '2025-06-30' },
    });
  });

  it('grants and revokes a person’s work for an OPD, audited on the OPD', async () => {
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const user = await admin.post(`${R}/users`, {
      email: 'petugas.damkar@malang.test',
      name: 'Rudi Petugas Kinerja Damkar',
      password: 'sandi-yang-panjang-2025',
      roles: ['petugas_kinerja'],
    });
    expect(user.statusCode, user.body).toBe(201);
    const userId = (await admin.get(`${R}/users`))
      .json()
      .find((u: { email: string }) => u.email === 'petugas.damkar@malang.test').id;
    const granted = await perencana.post(`${P}/opds/${damkar}/members`, { userId });
    expect(granted.statusCode, granted.body).toBe(201);
    expect(granted.json().members.map((m: { email: string }) => m.email)).toEqual([
      'petugas.damkar@malang.test',
    ]);
    expect(await lastAudit('opd_membership.grant')).toMatchObject({
      entity: 'perangkat_daerah',
      entityId: String(damkar),
      after: { userId },
    });
    const again = await perencana.post(`${P}/opds/${damkar}/members`, { userId });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('OPD_MEMBERSHIP_EXISTS');
    const revoked = await perencana.request('DELETE', `${P}/opds/${damkar}/members/${userId}`);
    expect(revoked.statusCode, revoked.body).toBe(204);
    expect((await lastAudit('opd_membership.revoke')).before).toEqual({ userId });
    const gone = await perencana.request('DELETE', `${P}/opds/${damkar}/members/${userId}`);
    expect(gone.statusCode).toBe(404);
    expect(gone.json().code).toBe('OPD_MEMBERSHIP_NOT_FOUND');
  });
});

describe('bad input is refused with problem+json in both languages, nothing written', () => {
  async function dinkes() {
    return opdNamed((await organisation(perencana)).opds, 'Dinkes');
  }
  /** The audit trail's last entry: a refusal appends none. */
  async function auditHead() {
    return (await auditor.get(`${R}/audit?limit=1`)).json().entries[0].seq as number;
  }

  it('an unknown OPD', async () => {
    const res = await perencana.post(`${P}/opds/999999/units`, {
      kind: 'bidang',
      name: 'Bidang Hantu',
      activeFrom: '2025-01-01',
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      code: 'OPD_NOT_FOUND',
      title: 'Perangkat daerah tidak ditemukan',
      detail: 'Perangkat daerah 999999 tidak ada di daerah ini.',
    });
    const en = await perencana.get(`${P}/opds/999999`, EN);
    expect(en.json()).toMatchObject({ code: 'OPD_NOT_FOUND', title: 'Regional agency not found' });
  });

  it('a unit placed under itself or under a unit below it (a cycle)', async () => {
    const d = await dinkes();
    const kesmas = d.units.find((u) => u.name === 'Bidang Kesehatan Masyarakat') as UnitNode;
    const seksi = kesmas.units[0] as UnitNode;
    const before = await auditHead();
    const res = await perencana.patch(`${P}/units/${kesmas.id}`, { parentId: seksi.id });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'UNIT_CYCLE',
      detail: `Unit ${seksi.id} berada di bawah unit ${kesmas.id}, sehingga tidak dapat menjadi induknya.`,
    });
    const self = await perencana.patch(`${P}/units/${kesmas.id}`, { parentId: kesmas.id }, EN);
    expect(self.json()).toMatchObject({ code: 'UNIT_CYCLE', title: 'Units in a cycle' });
    expect(await auditHead()).toBe(before);
    expect((await dinkes()).units.find((u) => u.id === kesmas.id)?.units.map((u) => u.id)).toEqual([
      seksi.id,
    ]);
  });

  it('a parent unit or a position’s unit of another OPD', async () => {
    const d = await dinkes();
    const bina = opdNamed((await organisation(perencana)).opds, 'DPUPRPKP').units[0] as UnitNode;
    const res = await perencana.post(`${P}/opds/${d.id}/units`, {
      kind: 'seksi',
      name: 'Seksi Salah Tempat',
      parentId: bina.id,
      activeFrom: '2025-01-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'UNIT_NOT_IN_OPD' });
    expect(res.json().detail).toContain('Dinas Kesehatan');
    const position = await perencana.post(
      `${P}/opds/${d.id}/positions`,
      { unitId: bina.id, name: 'Kepala Seksi Salah Tempat', eselon: 'IV.a', activeFrom: '2025-01-01' },
      EN,
    );
    expect(position.json()).toMatchObject({ code: 'UNIT_NOT_IN_OPD', title: 'Unit of another agency' });
  });

  it('a second position heading the same unit', async () => {
    const d = await dinkes();
    const res = await perencana.post(`${P}/opds/${d.id}/positions`, {
      name: 'Kepala Dinas Kesehatan Kedua',
      eselon: 'II.b',
      heads: true,
      activeFrom: '2025-01-01',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'POSITION_HEAD_TAKEN',
      detail: '"Kepala Dinas Kesehatan" sudah memimpin Dinas Kesehatan; satu unit dipimpin satu jabatan.',
    });
  });

  it('overlapping holders of one position, but a Plh beside the head is allowed', async () => {
    const d = await dinkes();
    const head = d.positions[0] as Position;
    const someone = (await perencana.post(`${P}/employees`, { name: 'Budi Pranoto, S.K.M.' })).json();
    const holdersBefore = (await perencana.get(`${P}/positions/${head.id}/holders`)).json().holders;
    const res = await perencana.post(`${P}/positions/${head.id}/holders`, {
      employeeId: someone.id,
      kind: 'plt',
      startsOn: '2025-02-01',
      endsOn: '2025-02-28',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'HOLDER_OVERLAP',
      detail:
        'Pada masa itu "Kepala Dinas Kesehatan" sudah dipangku dr. Retno Wulandari, M.Kes. (definitif, mulai 1 Juli 2024); satu jabatan dipangku satu orang pada satu waktu (Plh dapat mewakili pejabat definitif yang berhalangan sementara).',
    });
    const en = await perencana.post(
      `${P}/positions/${head.id}/holders`,
      { employeeId: someone.id, kind: 'definitif', startsOn: '2025-03-01' },
      EN,
    );
    expect(en.json()).toMatchObject({ code: 'HOLDER_OVERLAP', title: 'Holdings overlap' });
    expect(en.json().detail).toContain('(definitif, from 1 July 2024)');
    expect((await perencana.get(`${P}/positions/${head.id}/holders`)).json().holders).toEqual(holdersBefore);
    const plh = await perencana.post(`${P}/positions/${head.id}/holders`, {
      employeeId: someone.id,
      kind: 'plh',
      startsOn: '2025-03-17',
      endsOn: '2025-03-21',
    });
    expect(plh.statusCode, plh.body).toBe(201);
  });

  it('a holder period ending before it starts', async () => {
    const head = (await dinkes()).positions[0] as Position;
    const someone = (await perencana.get(`${P}/employees?q=Budi Pranoto`)).json()[0];
    const res = await perencana.post(`${P}/positions/${head.id}/holders`, {
      employeeId: someone.id,
      kind: 'plh',
      startsOn: '2025-05-10',
      endsOn: '2025-05-01',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'PERIOD_ENDS_BEFORE_START',
      title: 'Berakhir sebelum mulai',
      detail: 'Masa berlaku berakhir 1 Mei 2025, sebelum mulainya 10 Mei 2025.',
    });
    const en = await perencana.post(
      `${P}/positions/${head.id}/holders`,
      { employeeId: someone.id, kind: 'plh', startsOn: '2025-05-10', endsOn: '2025-05-01' },
      EN,
    );
    expect(en.json().detail).toBe('The period ends on 1 May 2025, before it starts on 10 May 2025.');
    // An OPD's own period likewise.
    const opd = await perencana.patch(`${P}/opds/${(await dinkes()).id}`, { activeUntil: '2019-12-31' });
    expect(opd.json().code).toBe('PERIOD_ENDS_BEFORE_START');
  });

  it('an unknown employee or an account of no role in the region', async () => {
    const head = (await dinkes()).positions[0] as Position;
    const res = await perencana.post(`${P}/positions/${head.id}/holders`, {
      employeeId: 999999,
      kind: 'plh',
      startsOn: '2025-06-01',
      endsOn: '2025-06-02',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('EMPLOYEE_NOT_FOUND');
    const bangkaPerencana = (
      await t.db.query<{ id: number }>(`SELECT id FROM app_user WHERE email = 'perencana@bangka.demo'`)
    )[0] as { id: number };
    const linked = await perencana.post(
      `${P}/employees`,
      { name: 'Orang Bangka', userId: bangkaPerencana.id },
      EN,
    );
    expect(linked.statusCode).toBe(422);
    expect(linked.json()).toMatchObject({
      code: 'PERSON_NOT_IN_REGION',
      title: 'Account not of this region',
    });
  });

  it('a kecamatan without its district, or with one that is not the region’s; a name already taken', async () => {
    const missing = await perencana.post(`${P}/opds`, {
      kind: 'kecamatan',
      name: 'Kecamatan Baru',
      shortName: 'Kec. Baru',
      activeFrom: '2025-01-01',
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().code).toBe('OPD_DISTRICT_REQUIRED');
    const bangka = await perencana.post(`${P}/opds`, {
      kind: 'kecamatan',
      name: 'Kecamatan Sungailiat',
      shortName: 'Kec. Sungailiat',
      districtCode: '19.01.01',
      activeFrom: '2025-01-01',
    });
    expect(bangka.statusCode).toBe(422);
    expect(bangka.json()).toMatchObject({
      code: 'OPD_DISTRICT_UNKNOWN',
      detail: 'Kode 19.01.01 bukan kecamatan daerah ini menurut katalog Kemendagri.',
    });
    const taken = await perencana.post(
      `${P}/opds`,
      { kind: 'dinas', name: 'Dinas Kesehatan Kota', shortName: 'dinkes', activeFrom: '2025-01-01' },
      EN,
    );
    expect(taken.statusCode).toBe(409);
    expect(taken.json()).toMatchObject({ code: 'OPD_NAME_TAKEN', title: 'Name already taken' });
  });

  it('malformed fields name the field, in the caller’s language', async () => {
    const res = await perencana.post(`${P}/employees`, { name: 'Salah NIP', nip: '1234' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ field: 'nip', message: 'NIP terdiri dari 18 angka' }],
    });
    const en = await perencana.post(`${P}/employees`, { name: 'Salah NIP', nip: '1234' }, EN);
    expect(en.json().errors).toEqual([{ field: 'nip', message: 'A NIP has 18 digits' }]);
    const empty = await perencana.patch(`${P}/opds/${(await dinkes()).id}`, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('VALIDATION_FAILED');
    const eselon = await perencana.post(`${P}/opds/${(await dinkes()).id}/positions`, {
      name: 'Kepala Seksi Baru',
      eselon: 'V.a',
      activeFrom: '2025-01-01',
    });
    expect(eselon.statusCode).toBe(400);
    expect(eselon.json().errors[0].field).toBe('eselon');
  });

  it('a NIP already registered', async () => {
    const res = await perencana.post(`${P}/employees`, { name: 'Kembar', nip: '197206181999032004' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'EMPLOYEE_NIP_TAKEN',
      detail: 'NIP 197206181999032004 sudah tercatat untuk pegawai lain di daerah ini.',
    });
  });
});

describe('who may set up the organisation', () => {
  it('the planner and the administrator write; the leadership, the verifier and the auditors read only', async () => {
    const body = {
      kind: 'badan',
      name: 'Badan Riset dan Inovasi Daerah',
      shortName: 'Brida',
      activeFrom: '2025-01-01',
    };
    for (const email of ['pimpinan@malang.demo', 'verifikator@malang.demo', 'auditor@malang.demo']) {
      const agent = await signedIn(t.app, email);
      expect((await agent.get(`${P}/organisation`)).statusCode, email).toBe(200);
      const res = await agent.post(`${P}/opds`, body);
      expect({ email, status: res.statusCode, code: res.json().code }).toEqual({
        email,
        status: 403,
        code: 'FORBIDDEN_ROLE',
      });
    }
    const admin = await signedIn(t.app, 'admin@malang.demo');
    expect((await admin.post(`${P}/opds`, body)).statusCode).toBe(201);
  });

  it('Bapenda’s officers, who have no part in performance management, neither read nor write it', async () => {
    const petugas = await signedIn(t.app, 'petugas@malang.demo');
    const res = await petugas.get(`${P}/organisation`);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN_ROLE');
  });
});
