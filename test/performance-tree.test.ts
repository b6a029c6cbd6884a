import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * The performance tree (pohon kinerja, PermenPANRB 89/2021; issue 16): the demo's tree read whole in one answer, nodes
 * and indicators written by the planner anywhere and by an OPD's staff in their own OPD only, crosscutting indicators
 * with shares adding up to 100, targets only from a baseline, quarters that fit the polarity, every write audited
 * and every refusal problem+json in both languages with nothing written. The test clock is 11 March 2025.
 */
const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;
const EN = { headers: { 'accept-language': 'en' } };

interface Indicator {
  id: number;
  name: string;
  polarity: string;
  baseline: number | null;
  source: string;
  owners: { opdId: number; shortName: string; sharePercent: number }[];
  target: { target: number; targetUpper: number | null; quarters: number[] | null } | null;
}
interface TreeNode {
  id: number;
  kind: string;
  name: string;
  cascading: string | null;
  opd: { id: number; shortName: string } | null;
  indicators: Indicator[];
  children: TreeNode[];
}

let t: TestApp;
let perencana: Agent;
let auditor: Agent;
let pimpinan: Agent;
let petugasDinkes: Agent;
let kadinkes: Agent;
let wp: Agent;
const opdIds = new Map<string, number>();

beforeAll(async () => {
  t = await startTestApp();
  [perencana, auditor, pimpinan, petugasDinkes, kadinkes, wp] = await Promise.all([
    signedIn(t.app, 'perencana@malang.demo'),
    signedIn(t.app, 'auditor@malang.demo'),
    signedIn(t.app, 'pimpinan@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
    signedIn(t.app, 'kadinkes@malang.demo'),
    signedIn(t.app, 'wp@malang.demo'),
  ]);
  for (const o of (await perencana.get(`${P}/opds`)).json() as { id: number; shortName: string }[])
    opdIds.set(o.shortName, o.id);
}, 120_000);
afterAll(() => t.close());

const opd = (shortName: string) => opdIds.get(shortName) as number;
const flatten = (nodes: TreeNode[]): TreeNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);
async function tree(agent: Agent, year?: number) {
  const res = await agent.get(`${P}/tree${year ? `?year=${year}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { year: number; nodes: number; indicators: number; roots: TreeNode[] };
}
async function lastAudit(action: string) {
  const res = await auditor.get(`${R}/audit?action=${action}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().entries[0];
}
async function auditHead() {
  return (await auditor.get(`${R}/audit?limit=1`)).json().entries[0].seq as number;
}

describe('the demo tree of Kota Malang, read whole in one answer', () => {
  it('cascades from one RPJMD goal through Dinkes, Disdikbud and Bapenda, with this year’s targets', async () => {
    const tr = await tree(pimpinan);
    expect(tr.year).toBe(2025);
    expect(tr.roots).toHaveLength(1);
    const goal = tr.roots[0] as TreeNode;
    expect(goal).toMatchObject({ kind: 'tujuan_rpjmd', opd: null, cascading: null });
    expect(goal.children.map((c) => c.opd?.shortName)).toEqual(['Dinkes', 'Disdikbud', 'Bapenda']);
    const all = flatten(tr.roots);
    expect(all.map((n) => n.kind)).toEqual(expect.arrayContaining(['sasaran_opd', 'program', 'kegiatan']));
    expect(tr.nodes).toBe(all.length);
    const pad = all.flatMap((n) => n.indicators).find((i) => i.name === 'Realisasi Pendapatan Asli Daerah');
    expect(pad).toMatchObject({
      source: 'revenue_pad',
      target: { target: 4200, quarters: [1000, 2050, 3100, 4200] },
    });
  });

  it('shows the crosscutting stunting indicator once, with Dinkes 60 % and Dinsos-P3AP2KB 40 %', async () => {
    const all = flatten((await tree(verifier())).roots).flatMap((n) => n.indicators);
    const stunting = all.filter((i) => i.name === 'Prevalensi stunting pada balita');
    expect(stunting).toHaveLength(1);
    expect(stunting[0]?.owners.map((o) => [o.shortName, o.sharePercent])).toEqual([
      ['Dinkes', 60],
      ['Dinsos-P3AP2KB', 40],
    ]);
    expect(stunting[0]).toMatchObject({ polarity: 'lower', baseline: 14.2, target: { target: 11.5 } });
  });

  it('gives last year’s targets when asked, and none for a year without', async () => {
    const last = flatten((await tree(auditor, 2024)).roots).flatMap((n) => n.indicators);
    expect(last.find((i) => i.name.startsWith('Realisasi Pendapatan'))?.target?.target).toBe(4000);
    const far = flatten((await tree(auditor, 2030)).roots).flatMap((n) => n.indicators);
    expect(far.every((i) => i.target === null)).toBe(true);
  });

  it('lists an OPD’s indicators: its own and its share of the crosscutting ones', async () => {
    const res = await perencana.get(`${P}/opds/${opd('Dinsos-P3AP2KB')}/indicators?year=2025`);
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res.json().indicators.map((i: { name: string; sharePercent: number }) => [i.name, i.sharePercent]),
    ).toEqual([['Prevalensi stunting pada balita', 40]]);
    const dinkes = (await petugasDinkes.get(`${P}/opds/${opd('Dinkes')}/indicators`)).json();
    expect(dinkes.indicators.length).toBeGreaterThanOrEqual(4);
  });

  it('is not for a taxpayer, and an OPD’s officer lists no other OPD’s indicators', async () => {
    expect((await wp.get(`${P}/tree`)).statusCode).toBe(403);
    const other = await petugasDinkes.get(`${P}/opds/${opd('Bapenda')}/indicators`);
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe('OPD_FORBIDDEN');
  });
});

let verifierAgent: Agent;
function verifier(): Agent {
  return verifierAgent;
}
beforeAll(async () => {
  verifierAgent = await signedIn(t.app, 'verifikator@malang.demo');
});

describe('writing the tree, each write audited', () => {
  let goalId: number;
  let sasaranId: number;

  it('the planner records a goal, an OPD sasaran under it and an indicator with targets in one go', async () => {
    const goal = await perencana.post(`${P}/tree/nodes`, {
      kind: 'tujuan_rpjmd',
      name: 'Meningkatnya daya saing',
    });
    expect(goal.statusCode, goal.body).toBe(201);
    goalId = goal.json().id;
    const sasaran = await perencana.post(`${P}/tree/nodes`, {
      kind: 'sasaran_opd',
      parentId: goalId,
      opdId: opd('Diskopindag'),
      cascading: 'direct',
      name: 'Meningkatnya daya saing UMKM',
    });
    expect(sasaran.statusCode, sasaran.body).toBe(201);
    sasaranId = sasaran.json().id;
    const ind = await perencana.post(`${P}/tree/nodes/${sasaranId}/indicators`, {
      name: 'Jumlah UMKM naik kelas',
      unit: 'unit usaha',
      polarity: 'higher',
      cumulative: true,
      baseline: 120,
      baselineYear: 2023,
      targets: [{ year: 2025, target: 200, quarters: [40, 90, 140, 200] }],
    });
    expect(ind.statusCode, ind.body).toBe(201);
    expect((await lastAudit('performance_indicator.create')).after).toMatchObject({
      name: 'Jumlah UMKM naik kelas',
    });
    expect((await lastAudit('performance_target.set')).after).toMatchObject({ year: 2025, target: 200 });
    const found = flatten((await tree(perencana)).roots).find((n) => n.id === sasaranId);
    expect(found?.indicators[0]?.target?.quarters).toEqual([40, 90, 140, 200]);
  });

  it('an OPD’s head writes inside their OPD, and is refused elsewhere and at the region’s level', async () => {
    const dinkesSasaran = flatten((await tree(kadinkes)).roots).find(
      (n) => n.kind === 'sasaran_opd' && n.opd?.shortName === 'Dinkes',
    ) as TreeNode;
    const own = await kadinkes.post(`${P}/tree/nodes`, {
      kind: 'program',
      parentId: dinkesSasaran.id,
      opdId: opd('Dinkes'),
      cascading: 'non_direct',
      name: 'Program peningkatan kapasitas sumber daya manusia kesehatan',
    });
    expect(own.statusCode, own.body).toBe(201);
    expect((await lastAudit('performance_node.create')).after).toMatchObject({ opdId: opd('Dinkes') });

    const head = await auditHead();
    const elsewhere = await kadinkes.post(`${P}/tree/nodes`, {
      kind: 'program',
      parentId: sasaranId,
      opdId: opd('Diskopindag'),
      cascading: 'direct',
      name: 'Program titipan',
    });
    expect(elsewhere.statusCode).toBe(403);
    expect(elsewhere.json().code).toBe('OPD_FORBIDDEN');
    const goal = await petugasDinkes.post(`${P}/tree/nodes`, {
      kind: 'tujuan_rpjmd',
      name: 'Tujuan titipan',
    });
    expect(goal.statusCode).toBe(403);
    const renameOther = await petugasDinkes.patch(`${P}/tree/nodes/${sasaranId}`, {
      name: 'Diubah orang lain',
    });
    expect(renameOther.statusCode).toBe(403);
    expect(await auditHead()).toBe(head);
  });

  it('readers cannot write: the leadership, the verifier and the auditor', async () => {
    for (const agent of [pimpinan, verifier(), auditor]) {
      const res = await agent.patch(`${P}/tree/nodes/${sasaranId}`, { name: 'Tidak boleh' });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN_ROLE');
    }
  });

  it('moves a node under another and audits before and after; a move under its own child is a cycle', async () => {
    const kegiatan = await perencana.post(`${P}/tree/nodes`, {
      kind: 'kegiatan',
      parentId: sasaranId,
      opdId: opd('Diskopindag'),
      cascading: 'non_direct',
      name: 'Pendampingan UMKM',
    });
    const kegiatanId = kegiatan.json().id;
    const head = await auditHead();
    const cycle = await perencana.patch(`${P}/tree/nodes/${sasaranId}`, { parentId: kegiatanId });
    expect(cycle.statusCode).toBe(422);
    expect(cycle.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(cycle.json()).toMatchObject({ code: 'TREE_CYCLE', title: 'Pohon kinerja melingkar' });
    const en = await perencana.patch(`${P}/tree/nodes/${sasaranId}`, { parentId: sasaranId }, EN);
    expect(en.json()).toMatchObject({ code: 'TREE_CYCLE', title: 'Cycle in the performance tree' });
    expect(await auditHead()).toBe(head);

    const moved = await perencana.patch(`${P}/tree/nodes/${kegiatanId}`, { cascading: 'direct' });
    expect(moved.statusCode, moved.body).toBe(200);
    const entry = await lastAudit('performance_node.update');
    expect(entry.before).toMatchObject({ cascading: 'non_direct' });
    expect(entry.after).toMatchObject({ cascading: 'direct' });
  });

  it('sets a year’s target by PUT and changes an indicator, both audited', async () => {
    const node = flatten((await tree(perencana)).roots).find((n) => n.id === sasaranId) as TreeNode;
    const indicatorId = (node.indicators[0] as Indicator).id;
    const put = await perencana.put(`${P}/indicators/${indicatorId}/targets/2026`, {
      target: 260,
      quarters: [60, 120, 190, 260],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect((await tree(perencana, 2026)).indicators).toBeGreaterThan(0);
    const patched = await perencana.patch(`${P}/indicators/${indicatorId}`, { dataSource: 'Dinas Koperasi' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await lastAudit('performance_indicator.update')).after).toMatchObject({
      dataSource: 'Dinas Koperasi',
    });
  });
});

describe('bad input is refused with problem+json in both languages, nothing written', () => {
  let nodeId: number;
  beforeAll(async () => {
    nodeId = flatten((await tree(perencana)).roots).find((n) => n.opd?.shortName === 'Bapenda')?.id as number;
  });
  const indicator = (extra: Record<string, unknown>) => ({
    name: 'Indikator uji',
    unit: '%',
    polarity: 'higher',
    baseline: 50,
    baselineYear: 2023,
    ...extra,
  });
  async function refused(body: unknown, status: number, code: string, title: { id: string; en: string }) {
    const head = await auditHead();
    const before = (await tree(perencana)).indicators;
    const res = await perencana.post(`${P}/tree/nodes/${nodeId}/indicators`, body);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code, title: title.id });
    const en = await perencana.post(`${P}/tree/nodes/${nodeId}/indicators`, body, EN);
    expect(en.json()).toMatchObject({ code, title: title.en });
    expect(await auditHead()).toBe(head);
    expect((await tree(perencana)).indicators).toBe(before);
  }

  it('a target without a baseline (INDICATOR_BASELINE_REQUIRED)', () =>
    refused(
      indicator({ baseline: null, baselineYear: null, targets: [{ year: 2025, target: 60 }] }),
      422,
      'INDICATOR_BASELINE_REQUIRED',
      { id: 'Target tanpa titik nol', en: 'Target without a baseline' },
    ));

  it('crosscutting shares adding up to 90 (CROSSCUTTING_SHARES_NOT_100)', () =>
    refused(
      indicator({
        owners: [
          { opdId: opd('Bapenda'), sharePercent: 60 },
          { opdId: opd('Dinkes'), sharePercent: 30 },
        ],
      }),
      422,
      'CROSSCUTTING_SHARES_NOT_100',
      {
        id: 'Porsi indikator lintas sektor harus berjumlah 100%',
        en: 'Crosscutting shares must add up to 100%',
      },
    ));

  it('a range whose upper bound is below its target (INDICATOR_TARGET_RANGE_INVALID)', () =>
    refused(
      indicator({ polarity: 'range', targets: [{ year: 2025, target: 7, targetUpper: 5 }] }),
      422,
      'INDICATOR_TARGET_RANGE_INVALID',
      { id: 'Target rentang tidak sah', en: 'Invalid range target' },
    ));

  it('cumulative quarters that fall, written in the second of two targets: the first is not kept either', () =>
    refused(
      indicator({
        cumulative: true,
        targets: [
          { year: 2024, target: 100, quarters: [20, 50, 75, 100] },
          { year: 2025, target: 120, quarters: [30, 60, 50, 120] },
        ],
      }),
      422,
      'INDICATOR_QUARTERS_INVALID',
      { id: 'Target triwulan tidak sesuai', en: 'Quarterly targets do not fit' },
    ));

  it('a malformed body (a negative target, an unknown polarity)', async () => {
    const res = await perencana.post(
      `${P}/tree/nodes/${nodeId}/indicators`,
      indicator({ polarity: 'sideways', targets: [{ year: 2025, target: -1 }] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('a node that does not fit its level, and an unknown node', async () => {
    const goalWithOpd = await perencana.post(`${P}/tree/nodes`, {
      kind: 'tujuan_rpjmd',
      opdId: opd('Dinkes'),
      name: 'Tujuan milik dinas',
    });
    expect(goalWithOpd.statusCode).toBe(422);
    expect(goalWithOpd.json().code).toBe('TREE_NODE_LEVEL_INVALID');
    const orphan = await perencana.post(`${P}/tree/nodes`, {
      kind: 'program',
      opdId: opd('Dinkes'),
      name: 'Yatim',
    });
    expect(orphan.json().code).toBe('TREE_NODE_LEVEL_INVALID');
    const unknown = await perencana.post(`${P}/tree/nodes/999999/indicators`, indicator({}), EN);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'TREE_NODE_NOT_FOUND', title: 'Tree node not found' });
  });

  it('another region’s node is unknown here', async () => {
    const bangka = await signedIn(t.app, 'perencana@bangka.demo');
    const bangkaRoot = (await bangka.get('/api/v1/regions/19.01/performance/tree')).json().roots[0]
      .id as number;
    const res = await perencana.patch(`${P}/tree/nodes/${bangkaRoot}`, { name: 'Dari Malang' });
    expect(res.statusCode).toBe(404);
  });
});
