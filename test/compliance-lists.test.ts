import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Kepatuhan (issue 15): who did not file a masa, who filed late and by how many days, and whose declared base fell
 * sharply against their own history — the review queue's check, not a second rule.
 */
let t: TestApp;
let officer: Agent;
let kepala: Agent;
let bangkaOfficer: Agent;
let wp: Agent;
let pimpinan: Agent;
beforeAll(async () => {
  t = await startTestApp();
  officer = await signedIn(t.app, 'petugas@malang.demo');
  kepala = await signedIn(t.app, 'kepala@malang.demo');
  bangkaOfficer = await signedIn(t.app, 'petugas@bangka.demo');
  wp = await signedIn(t.app, 'wp@malang.demo');
  pimpinan = await signedIn(t.app, 'pimpinan@malang.demo');
});
afterAll(() => t.close());

const MALANG = '/api/v1/regions/35.73';
const BANGKA = '/api/v1/regions/19.01';
const JUTA = 1_000_000;
const TODAY = '2025-03-11';

async function file(f: { taxpayerId: number; objectId: number }, period: string, gross: number) {
  const res = await officer.post(`${MALANG}/taxpayers/${f.taxpayerId}/objects/${f.objectId}/returns`, {
    period,
    gross,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; dueDate: string };
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

describe('late returns', () => {
  let late: { id: number; dueDate: string };
  let onTime: { id: number; dueDate: string };
  let amendedLate: number;
  let october: { id: number; dueDate: string };
  beforeAll(async () => {
    const f = await restaurantFixture(t.db, {
      objectName: 'Warung Telat',
      name: 'Bu Telat',
      openedOn: '2024-01-01',
    });
    // Filed on time: the December masa on 5 January, before its due date.
    t.clock.set(new Date('2025-01-05T10:00:00+07:00'));
    onTime = await file(f, '2024-12', 20 * JUTA);
    // Its pembetulan, filed today, is a correction, not a late filing of the masa.
    t.clock.set(new Date('2025-03-11T10:00:00+07:00'));
    const amended = await officer.post(`${MALANG}/returns/${onTime.id}/amend`, {
      gross: 21 * JUTA,
      lines: [],
    });
    expect(amended.statusCode, amended.body).toBe(201);
    amendedLate = (amended.json() as { taxReturn: { id: number } }).taxReturn.id;
    // The November masa filed today, well after its due date.
    late = await file(f, '2024-11', 18 * JUTA);
    // The October masa filed today too: later still.
    october = await file(f, '2024-10', 17 * JUTA);
  });

  it('lists a first filing submitted after the due date with the days between them', async () => {
    expect(onTime.dueDate >= '2025-01-05').toBe(true);
    const res = await officer.get(
      `${MALANG}/compliance/late-returns?from=2024-11&to=2024-12&q=Warung%20Telat`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      total: number;
      items: { id: number; daysLate: number; filedOn: string; dueDate: string }[];
    };
    expect(body.items.map((r) => r.id)).toEqual([late.id]);
    expect(body.items[0]?.filedOn).toBe(TODAY);
    expect(body.items[0]?.dueDate).toBe(late.dueDate);
    expect(body.items[0]?.daysLate).toBe(daysBetween(late.dueDate, TODAY));
    expect(body.items[0]?.daysLate).toBeGreaterThan(0);
  });

  it('leaves out a return filed by its due date and a pembetulan filed after it', async () => {
    const res = await officer.get(`${MALANG}/compliance/late-returns?from=2024-11&to=2024-12&limit=200`);
    const ids = (res.json() as { items: { id: number }[] }).items.map((r) => r.id);
    expect(ids).toContain(late.id);
    expect(ids).not.toContain(onTime.id);
    expect(ids).not.toContain(amendedLate);
  });

  it('orders by days late and pages without overlap, and minDaysLate narrows', async () => {
    const all = (await officer.get(`${MALANG}/compliance/late-returns?sort=-late&limit=200`)).json() as {
      total: number;
      items: { id: number; daysLate: number }[];
    };
    expect(all.items.map((r) => r.id).slice(0, 2)).toEqual([october.id, late.id]);
    const days = all.items.map((r) => r.daysLate);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    const first = (await officer.get(`${MALANG}/compliance/late-returns?sort=-late&limit=1`)).json();
    const second = (
      await officer.get(`${MALANG}/compliance/late-returns?sort=-late&limit=1&offset=1`)
    ).json();
    expect(first.items[0].id).not.toBe(second.items[0].id);
    expect(first.total).toBe(all.total);
    const threshold = days[0] as number;
    const narrowed = (
      await officer.get(`${MALANG}/compliance/late-returns?minDaysLate=${threshold}&limit=200`)
    ).json();
    expect(narrowed.items.every((r: { daysLate: number }) => r.daysLate >= threshold)).toBe(true);
  });

  it('downloads the same rows as CSV and XLSX, days late in a column', async () => {
    const csv = await officer.get(
      `${MALANG}/compliance/late-returns/download?format=csv&q=Warung%20Telat&from=2024-11&to=2024-12`,
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toContain('terlambat-lapor');
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Terlambat (hari)');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(String(daysBetween(late.dueDate, TODAY)));
    const xlsx = await officer.get(`${MALANG}/compliance/late-returns/download?format=xlsx&lang=en`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
  });
});

describe('base drops', () => {
  const EARLIER = ['2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01'];
  let fallen: number;
  let slow: number;
  beforeAll(async () => {
    async function objectWith(name: string, february: number) {
      const f = await restaurantFixture(t.db, {
        objectName: name,
        name: `Pemilik ${name}`,
        openedOn: '2024-01-01',
      });
      for (const [i, juta] of [40, 42, 44, 41, 43, 42].entries()) {
        const { id } = await file(f, EARLIER[i] as string, juta * JUTA);
        expect((await officer.post(`${MALANG}/returns/${id}/review`, { verdict: 'verify' })).statusCode).toBe(
          200,
        );
      }
      return (await file(f, '2025-02', february)).id;
    }
    fallen = await objectWith('Kedai Turun', 15 * JUTA);
    slow = await objectWith('Kedai Landai', 30 * JUTA);
  });

  it('flags exactly what the review queue flags, with the same numbers and history', async () => {
    const queue = (await officer.get(`${MALANG}/returns/review-queue?limit=100`)).json() as {
      items: { id: number; period: string; baseDrop: { flagged: boolean }; history: unknown[] }[];
    };
    const drops = (
      await officer.get(`${MALANG}/compliance/base-drops?from=2025-02&to=2025-02&limit=200`)
    ).json() as {
      total: number;
      setting: { percent: number };
      items: { id: number; baseDrop: unknown; history: unknown[] }[];
    };
    const queuedFlagged = queue.items.filter((r) => r.period === '2025-02' && r.baseDrop.flagged);
    expect(queuedFlagged.map((r) => r.id)).toContain(fallen);
    // Every flagged return the queue shows for the masa is on the list, with the same verdict and history.
    for (const q of queuedFlagged) {
      const listed = drops.items.find((d) => d.id === q.id);
      expect(listed?.baseDrop).toEqual(q.baseDrop);
      expect(listed?.history).toEqual(q.history);
    }
    const ids = drops.items.map((d) => d.id);
    expect(ids).not.toContain(slow);
    const mine = drops.items.find((d) => d.id === fallen) as unknown as {
      baseDrop: { dropPercent: number; typicalGross: number };
      history: { period: string; gross: number }[];
    };
    expect(mine.baseDrop).toMatchObject({ typicalGross: 42 * JUTA, dropPercent: 64 });
    expect(mine.history.map((h) => h.period)).toEqual([...EARLIER].reverse());
  });

  it('keeps the same flag once the return is verified, and downloads the history beside it', async () => {
    expect((await officer.post(`${MALANG}/returns/${fallen}/review`, { verdict: 'verify' })).statusCode).toBe(
      200,
    );
    const drops = (
      await officer.get(`${MALANG}/compliance/base-drops?from=2025-02&to=2025-02&q=Kedai%20Turun`)
    ).json();
    expect(drops.items.map((d: { id: number }) => d.id)).toEqual([fallen]);
    const csv = await officer.get(
      `${MALANG}/compliance/base-drops/download?from=2025-02&to=2025-02&q=Kedai%20Turun`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Januari 2025: Rp 42.000.000');
  });
});

describe('unfiled masa', () => {
  it("lists an object's overdue masa with no SPTPD, and not a masa still before its due date", async () => {
    const f = await restaurantFixture(t.db, {
      objectName: 'Warung Diam',
      name: 'Pak Diam',
      openedOn: '2024-12-01',
    });
    await file(f, '2024-12', 10 * JUTA);
    const res = await officer.get(
      `${MALANG}/compliance/missing-returns?from=2024-12&to=2025-02&q=Warung%20Diam`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { items: { objectId: number; period: string; dueDate: string }[] };
    const periods = body.items.filter((i) => i.objectId === f.objectId).map((i) => i.period);
    expect(periods).toContain('2025-01');
    expect(periods).not.toContain('2024-12');
    for (const item of body.items) expect(item.dueDate < TODAY).toBe(true);
  });

  it('groups them by object: which masa it did not file and how many, the most first', async () => {
    const f = await restaurantFixture(t.db, {
      objectName: 'Warung Lupa',
      name: 'Bu Lupa',
      openedOn: '2024-10-01',
    });
    // Filed October and December; November and January are missing (both past their due dates).
    await file(f, '2024-10', 10 * JUTA);
    await file(f, '2024-12', 11 * JUTA);
    const res = await officer.get(
      `${MALANG}/compliance/missing-returns/by-object?from=2024-10&to=2025-01&q=Warung%20Lupa`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      total: number;
      items: { objectId: number; periods: string[]; count: number; firstDueDate: string }[];
    };
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ objectId: f.objectId, periods: ['2024-11', '2025-01'], count: 2 });
    const perMasa = (
      await officer.get(`${MALANG}/compliance/missing-returns?from=2024-10&to=2025-01&q=Warung%20Lupa`)
    ).json() as { items: { period: string; dueDate: string }[] };
    expect(body.items[0]?.firstDueDate).toBe(perMasa.items.find((i) => i.period === '2024-11')?.dueDate);

    // The whole region: one row per object, the most masa missing first; the counts add up to the per-masa list.
    const all = (
      await officer.get(`${MALANG}/compliance/missing-returns/by-object?from=2024-10&to=2025-02&limit=200`)
    ).json() as { total: number; items: { objectId: number; count: number }[] };
    const masa = (
      await officer.get(`${MALANG}/compliance/missing-returns?from=2024-10&to=2025-02&limit=200`)
    ).json() as { total: number };
    expect(new Set(all.items.map((i) => i.objectId)).size).toBe(all.items.length);
    expect(all.items.reduce((sum, i) => sum + i.count, 0)).toBe(masa.total);
    const counts = all.items.map((i) => i.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const csv = await officer.get(
      `${MALANG}/compliance/missing-returns/by-object/download?format=csv&from=2024-10&to=2025-01&q=Warung%20Lupa`,
    );
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-disposition']).toContain('tidak-lapor-per-objek');
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toContain('Masa tidak dilapor');
    expect(lines[1]).toContain('November 2024, Januari 2025');
  });

  it('refuses a range of more than twelve masa or one that runs backwards', async () => {
    const res = await officer.get(`${MALANG}/compliance/missing-returns?from=2023-01&to=2025-02`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('MASA_RANGE_INVALID');
    const back = await officer.get(`${MALANG}/compliance/late-returns?from=2025-02&to=2024-12`);
    expect(back.json().code).toBe('MASA_RANGE_INVALID');
  });
});

describe('who sees the lists', () => {
  it("shows a region's lists to its tax staff and the head of Bapenda only", async () => {
    for (const list of ['missing-returns', 'late-returns', 'base-drops']) {
      expect((await kepala.get(`${MALANG}/compliance/${list}`)).statusCode).toBe(200);
      expect((await wp.get(`${MALANG}/compliance/${list}`)).statusCode).toBe(403);
      expect((await pimpinan.get(`${MALANG}/compliance/${list}`)).statusCode).toBe(403);
      // Another region's list answers as a region that does not exist.
      expect((await bangkaOfficer.get(`${MALANG}/compliance/${list}`)).statusCode).toBe(404);
    }
  });

  it("never shows one region's taxpayers in another's lists", async () => {
    const malangTaxpayers = new Set(
      (await t.db.query<{ id: number }>("SELECT id FROM taxpayer WHERE region_id = '35.73'")).map(
        (r) => r.id,
      ),
    );
    for (const list of ['missing-returns', 'late-returns', 'base-drops']) {
      const res = await bangkaOfficer.get(`${BANGKA}/compliance/${list}?limit=200`);
      expect(res.statusCode).toBe(200);
      for (const item of (res.json() as { items: { taxpayerId: number }[] }).items) {
        expect(malangTaxpayers.has(item.taxpayerId)).toBe(false);
      }
    }
  });
});
