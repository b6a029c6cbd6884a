import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jatimStatementCsv } from '../src/payments/reconciliation/demo-statements';
import { Bank } from './support/bank';
import { type Billed, billedObject } from './support/list-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 14, "Lists that work": the region's arrears, bills, receipts, deposits, returns, tax objects and taxpayers
 * sort by a column (`-` for descending), filter by what makes sense for each (status, tax, masa, kecamatan, text) and
 * come in pages (`limit`, `offset`) with `total`, the number that match, as the taxpayer search does. Kota Malang has
 * five restaurants and a hotel marked "Paging", one of them in another kecamatan, three paid through Bank Jatim on 9
 * and 10 March and each day deposited with its STS.
 */

const MALANG = '/api/v1/regions/35.73';
const TODAY = '2025-03-11T10:00:00+07:00';

let t: TestApp;
let officer: Agent;
let treasurer: Agent;
let otherKecamatan: string;
const billed: Billed[] = [];

const FIXTURES = [
  {
    name: 'Paging Ayu',
    objectName: 'Warung Paging Ayu',
    principal: 1_100_000,
    dueDate: '2025-01-15',
    period: '2024-12',
  },
  {
    name: 'Paging Bayu',
    objectName: 'Warung Paging Bayu',
    principal: 5_500_000,
    dueDate: '2025-02-15',
    period: '2025-01',
  },
  {
    name: 'Paging Candra',
    objectName: 'Warung Paging Candra',
    principal: 3_300_000,
    dueDate: '2024-11-15',
    period: '2024-10',
  },
  {
    name: 'Paging Dian',
    objectName: 'Warung Paging Dian',
    principal: 2_200_000,
    dueDate: '2025-02-15',
    period: '2025-01',
  },
  {
    name: 'Paging Eka',
    objectName: 'Warung Paging Eka',
    principal: 900_000,
    dueDate: '2025-03-31',
    period: '2025-02',
  },
];

beforeAll(async () => {
  t = await startTestApp();
  const [other] = await t.db.query<{ code: string; district: string }>(
    `SELECT village_code AS code, district_code AS district FROM region_village
     WHERE region_id = '35.73' AND district_code <> '35.73.01' ORDER BY village_code LIMIT 1`,
  );
  otherKecamatan = other?.district as string;
  for (const f of FIXTURES) billed.push(await billedObject(t.db, f));
  billed.push(
    await billedObject(t.db, {
      name: 'Paging Fajar',
      objectName: 'Hotel Paging Fajar',
      taxCode: 'pbjt_perhotelan',
      villageCode: other?.code,
      principal: 7_700_000,
      dueDate: '2025-02-15',
      period: '2025-01',
    }),
  );
  const jatim = new Bank(t.app, t.clock, 'BANKJATIM', 'bankjatim-demo-secret');
  const payments: [number, number, string][] = [
    [4, 900_000, '2025-03-10T08:00:00+07:00'],
    [3, 2_222_000, '2025-03-10T09:00:00+07:00'],
    [5, 7_777_000, '2025-03-09T09:00:00+07:00'],
  ];
  for (const [i, amount, at] of payments) {
    t.clock.set(new Date(at));
    const res = await jatim.post('payment', {
      billingCode: billed[i]?.billingCode,
      amount,
      bankReference: `PAGING-${i}`,
      paidAt: at,
    });
    expect(res.json().responseCode).toBe('00');
  }
  t.clock.set(new Date(TODAY));
  officer = await signedIn(t.app, 'petugas@malang.demo');
  treasurer = await signedIn(t.app, 'bendahara@malang.demo');
  const days: [string, [string, number][]][] = [
    ['2025-03-09', [['PAGING-5', 7_777_000]]],
    [
      '2025-03-10',
      [
        ['PAGING-4', 900_000],
        ['PAGING-3', 2_222_000],
      ],
    ],
  ];
  for (const [day, lines] of days) {
    const content = jatimStatementCsv(
      lines.map(([reference, amount]) => ({
        day,
        time: '12:00:00',
        reference,
        amount,
        description: reference,
      })),
    );
    const imported = await treasurer.post(`${MALANG}/bank-statements`, {
      partnerId: 'BANKJATIM',
      day,
      fileName: `mutasi-${day}.csv`,
      content,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const deposited = await treasurer.post(`${MALANG}/deposits`, { partnerId: 'BANKJATIM', day });
    expect(deposited.statusCode, deposited.body).toBe(201);
  }
});
afterAll(() => t.close());

type Row = Record<string, unknown>;

async function list(path: string, who = officer): Promise<{ total: number; items: Row[] }> {
  const res = await who.get(`${MALANG}${path}`);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json();
  // The arrears count their rows in `count` (their `total` is rupiah).
  return { total: 'count' in body ? body.count : body.total, items: body.items };
}

/** Every page of `size` rows from offset 0 on, concatenated, with the total each page said. */
async function paged(path: string, size: number, who = officer) {
  const rows: Row[] = [];
  const totals = new Set<number>();
  for (let offset = 0; ; offset += size) {
    const page = await list(`${path}&limit=${size}&offset=${offset}`, who);
    totals.add(page.total);
    rows.push(...page.items);
    if (page.items.length < size) break;
  }
  return { rows, totals };
}

/** Each list, filtered to this file's rows (text search), with a column a row is known by. */
const LISTS: { name: string; path: string; key: string; who?: () => Agent }[] = [
  { name: 'arrears', path: '/arrears?q=Paging', key: 'billId' },
  { name: 'bills', path: '/bills?q=Paging', key: 'id' },
  { name: 'receipts', path: '/payments?q=Paging', key: 'id' },
  { name: 'returns', path: '/returns?q=Paging', key: 'id' },
  { name: 'tax objects', path: '/tax-objects?q=Paging', key: 'id' },
  { name: 'taxpayers', path: '/taxpayers?q=Paging&sort=name', key: 'id' },
];

describe('paging', () => {
  for (const l of LISTS) {
    it(`${l.name}: pages of two add up to the whole list in the same order, each telling the same total`, async () => {
      const whole = await list(`${l.path}&limit=100`);
      expect(whole.items.length).toBe(whole.total);
      expect(whole.total).toBeGreaterThanOrEqual(3);
      const { rows, totals } = await paged(l.path, 2);
      expect([...totals]).toEqual([whole.total]);
      expect(rows.map((r) => r[l.key])).toEqual(whole.items.map((r) => r[l.key]));
      expect(new Set(rows.map((r) => r[l.key])).size).toBe(rows.length);
    });

    it(`${l.name}: past the last page, no rows but still the total`, async () => {
      const whole = await list(`${l.path}&limit=100`);
      const past = await list(`${l.path}&limit=5&offset=500`);
      expect(past).toEqual({ total: whole.total, items: [] });
    });
  }

  it('deposits: pages of one, the latest first, sorted by amount, filtered by days; a bad order is refused', async () => {
    const { rows, totals } = await paged('/deposits?partnerId=BANKJATIM', 1, treasurer);
    expect([...totals]).toEqual([2]);
    expect(rows.map((r) => r.day)).toEqual(['2025-03-10', '2025-03-09']);
    const byAmount = await list('/deposits?sort=amount', treasurer);
    expect(byAmount.items.map((r) => r.amount)).toEqual([3_122_000, 7_777_000]);
    expect((await list('/deposits?from=2025-03-10', treasurer)).items.map((r) => r.day)).toEqual([
      '2025-03-10',
    ]);
    const bad = await treasurer.get(`${MALANG}/deposits?sort=amountt`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('sorting', () => {
  const ascending = (values: unknown[]) =>
    values.every(
      (v, i) => i === 0 || String(values[i - 1]).localeCompare(String(v), 'id', { numeric: true }) <= 0,
    );

  it('arrears: largest total first unless asked; by principal, due date or taxpayer either way', async () => {
    const byDefault = await list('/arrears?q=Paging');
    const totals = byDefault.items.map((r) => r.total as number);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const up = (await list('/arrears?q=Paging&sort=principal')).items.map((r) => r.principal as number);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const down = (await list('/arrears?q=Paging&sort=-principal')).items.map((r) => r.principal as number);
    expect(down).toEqual([...up].reverse());
    expect(ascending((await list('/arrears?q=Paging&sort=due')).items.map((r) => r.dueDate))).toBe(true);
    const names = (await list('/arrears?q=Paging&sort=-taxpayer')).items.map((r) => r.taxpayerName);
    expect(names).toEqual([...names].sort((a, b) => String(b).localeCompare(String(a), 'id')));
  });

  it('arrears: the order holds across pages (the second page of the smallest first follows the first)', async () => {
    const all = (await list('/arrears?q=Paging&sort=total&limit=100')).items.map((r) => r.billId);
    const first = (await list('/arrears?q=Paging&sort=total&limit=2')).items.map((r) => r.billId);
    const second = (await list('/arrears?q=Paging&sort=total&limit=2&offset=2')).items.map((r) => r.billId);
    expect([...first, ...second]).toEqual(all.slice(0, 4));
  });

  it('bills, receipts, returns, objects: a column either way', async () => {
    const due = (await list('/bills?q=Paging&sort=due&limit=100')).items.map((r) => r.dueDate);
    expect(ascending(due)).toBe(true);
    const amounts = (await list('/payments?q=Paging&sort=-amount')).items.map((r) => r.amount);
    expect(amounts).toEqual([7_777_000, 2_222_000, 900_000]);
    const paidAt = (await list('/payments?q=Paging')).items.map((r) => r.paidAt as string);
    expect(paidAt).toEqual([...paidAt].sort().reverse());
    const gross = (await list('/returns?q=Paging&sort=gross')).items.map((r) => r.gross as number);
    expect(gross).toEqual([...gross].sort((a, b) => a - b));
    const objects = (await list('/tax-objects?q=Paging&sort=-name')).items.map((r) => r.name);
    expect(objects[0]).toBe('Warung Paging Eka');
    expect(objects.at(-1)).toBe('Hotel Paging Fajar');
  });
});

describe('filters', () => {
  it('by tax type: the hotel alone, in every list (and not in the arrears: it paid)', async () => {
    for (const path of ['/bills', '/payments', '/returns', '/tax-objects', '/taxpayers']) {
      const found = await list(`${path}?q=Paging&taxCode=pbjt_perhotelan`);
      expect(found.total, path).toBe(1);
    }
    expect((await list('/arrears?q=Paging&taxCode=pbjt_perhotelan')).total).toBe(0);
    expect((await list('/arrears?q=Paging&taxCode=pbjt_makanan_minuman')).total).toBe(3);
  });

  it('by kecamatan: the one object elsewhere, and none of the rest', async () => {
    for (const path of ['/bills', '/payments', '/returns', '/tax-objects', '/taxpayers']) {
      const found = await list(`${path}?q=Paging&kecamatan=${otherKecamatan}`);
      expect(found.total, path).toBe(1);
      const first = await list(`${path}?q=Paging&kecamatan=35.73.01`);
      expect(first.items.length, path).toBe(first.total);
      expect(first.total, path).toBeGreaterThanOrEqual(2);
    }
    // The hotel elsewhere paid: no arrears there; the three unpaid restaurants are in the first kecamatan.
    expect((await list(`/arrears?q=Paging&kecamatan=${otherKecamatan}`)).total).toBe(0);
    expect((await list('/arrears?q=Paging&kecamatan=35.73.01')).total).toBe(3);
  });

  it('by masa and by status', async () => {
    // January 2025: Bayu's, Dian's and the hotel's masa; only Bayu has not paid.
    const january = await list('/arrears?q=Paging&period=2025-01');
    expect(january.items.map((r) => r.taxpayerName)).toEqual(['Paging Bayu']);
    expect((await list('/bills?q=Paging&period=2025-01')).total).toBe(3);
    const paid = await list('/bills?q=Paging&status=paid&sort=taxpayer');
    expect(paid.items.map((r) => r.taxpayerName)).toEqual(['Paging Dian', 'Paging Eka', 'Paging Fajar']);
    const open = await list('/bills?q=Paging&status=open');
    expect(open.total).toBe(3);
    const submitted = await list('/returns?q=Paging&status=submitted');
    expect(submitted.total).toBe(6);
    expect((await list('/returns?q=Paging&status=verified')).total).toBe(0);
  });

  it('receipts: by days and by state', async () => {
    expect((await list('/payments?q=Paging&from=2025-03-10')).total).toBe(2);
    expect((await list('/payments?q=Paging&to=2025-03-09')).total).toBe(1);
    expect((await list('/payments?q=Paging&state=deposited')).total).toBe(3);
    expect((await list('/payments?q=Paging&state=undeposited')).total).toBe(0);
    expect((await list('/payments?q=Paging&state=reversed')).total).toBe(0);
  });

  it('by text: a kode bayar, whole or grouped, finds its bill and its arrears', async () => {
    const bayu = billed[1] as Billed;
    const grouped = bayu.billingCode.replace(/^(\d{4})(\d{2})(\d{2})(\d{7})(\d)$/, '$1 $2 $3 $4 $5');
    for (const q of [bayu.billingCode, grouped]) {
      expect((await list(`/bills?q=${encodeURIComponent(q)}`)).items.map((r) => r.id)).toEqual([bayu.billId]);
      expect((await list(`/arrears?q=${encodeURIComponent(q)}`)).items.map((r) => r.billId)).toEqual([
        bayu.billId,
      ]);
    }
    const objects = await list('/tax-objects?q=Hotel%20Paging');
    expect(objects.items.map((r) => r.name)).toEqual(['Hotel Paging Fajar']);
  });

  it('a taxpayer still sees only their own bills, returns and payments', async () => {
    const taxpayer = await signedIn(t.app, 'wp@malang.demo');
    for (const path of ['/bills?q=Paging', '/returns?q=Paging', '/payments?q=Paging']) {
      expect((await list(path, taxpayer)).total, path).toBe(0);
    }
    expect((await taxpayer.get(`${MALANG}/tax-objects`)).statusCode).toBe(403);
  });
});

describe('assessments', () => {
  it('page, sort by what they make payable and filter by kind and text (after STPDs for three overdue bills)', async () => {
    // Last in this file: an STPD bills the interest, a bill of its own.
    for (const i of [0, 1, 2]) {
      const res = await officer.post(`${MALANG}/assessments`, { kind: 'STPD', billId: billed[i]?.billId });
      expect(res.statusCode, res.body).toBe(201);
    }
    const whole = await list('/assessments?q=Paging&limit=100');
    expect(whole.total).toBe(3);
    const { rows, totals } = await paged('/assessments?q=Paging', 2);
    expect([...totals]).toEqual([3]);
    expect(rows.map((r) => r.id)).toEqual(whole.items.map((r) => r.id));
    const payable = (await list('/assessments?q=Paging&sort=-payable')).items.map((r) => r.payable as number);
    expect(payable).toEqual([...payable].sort((a, b) => b - a));
    expect(payable.every((p) => p > 0)).toBe(true);
    expect((await list('/assessments?q=Paging&kind=SKPDLB')).total).toBe(0);
    const candra = await list('/assessments?q=Paging%20Candra');
    expect(candra.items.map((r) => r.taxpayerName)).toEqual(['Paging Candra']);
    const byNumber = await list(`/assessments?q=${encodeURIComponent(String(candra.items[0]?.number))}`);
    expect(byNumber.items.map((r) => r.id)).toEqual([candra.items[0]?.id]);
  });
});
