import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payBill } from '../src/receivables';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The pages of one return and one bill (issue 14: the audit browser's subjects linked to their own pages, not to the
 * taxpayer's): `GET /returns/:id` gives a return with whom and what it is for, its bill today, what the masa paid
 * and its revisions; `GET /bills/:id/history` a bill's movements on the ledger. The clock stands at 12 June 2025.
 */

const REGION = '/api/v1/regions/35.73';
let t: TestApp;
let taxpayer: Agent;
let officer: Agent;
let auditor: Agent;
let warung: { taxpayerId: number; objectId: number };
let strangers: { taxpayerId: number; objectId: number };

interface Detail {
  id: number;
  status: string;
  revision: number;
  taxpayerName: string;
  objectName: string;
  npwpd: string | null;
  billId: number | null;
  billStatus: string | null;
  billingCodeDisplay: string | null;
  reviewedByName: string | null;
  amountDue: { principal: number; interest: number; total: number; overdue: boolean; months: number } | null;
  paid: { principal: number; interest: number; total: number };
  revisions: {
    id: number;
    revision: number;
    status: string;
    billId: number | null;
    billStatus: string | null;
  }[];
}

const detail = async (agent: Agent, id: number) => agent.get(`${REGION}/returns/${id}`);
const file = async (objectId: number, taxpayerId: number, period: string, gross: number) => {
  const res = await officer.post(`${REGION}/taxpayers/${taxpayerId}/objects/${objectId}/returns`, {
    period,
    gross,
    submit: true,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: number };
};

beforeAll(async () => {
  t = await startTestApp({ BALAI_SESSION_HOURS: '100000' });
  warung = await restaurantFixture(t.db, { ownerEmail: 'wp@malang.demo', objectName: 'Warung Pages' });
  strangers = await restaurantFixture(t.db, { name: 'Orang Lain', objectName: 'Kedai Lain' });
  taxpayer = await signedIn(t.app, 'wp@malang.demo');
  officer = await signedIn(t.app, 'petugas@malang.demo');
  auditor = await signedIn(t.app, 'auditor@malang.demo');
  t.clock.set(new Date('2025-06-12T09:00:00+07:00'));
});
afterAll(() => t.close());

describe('one return’s page: GET /returns/:id', () => {
  let first: { id: number };

  it('a late return: its taxpayer and object, its bill open and what it costs today with interest, nothing paid, one revision', async () => {
    first = await file(warung.objectId, warung.taxpayerId, '2025-03', 25_000_000); // due 30 April
    const res = await detail(officer, first.id);
    expect(res.statusCode).toBe(200);
    const d = res.json() as Detail;
    expect(d).toMatchObject({
      id: first.id,
      status: 'submitted',
      revision: 0,
      taxpayerName: 'Tini Rahayu',
      objectName: 'Warung Pages',
      billStatus: 'open',
      reviewedByName: null,
      paid: { principal: 0, interest: 0, total: 0 },
    });
    expect(d.billingCodeDisplay).toMatch(/^\d{4} \d{2} \d{2} \d{7} \d$/);
    expect(d.amountDue).toMatchObject({
      principal: 2_500_000,
      interest: 50_000,
      total: 2_550_000,
      overdue: true,
    });
    expect(d.revisions).toEqual([
      expect.objectContaining({ id: first.id, revision: 0, status: 'submitted', billStatus: 'open' }),
    ]);
  });

  it('once paid and verified: who reviewed it, no amount due, what the masa paid split into principal and interest', async () => {
    const d = (await detail(officer, first.id)).json() as Detail;
    await t.db.transaction((tx) =>
      payBill(tx, t.clock.now(), {
        regionId: '35.73',
        billId: d.billId as number,
        amount: 2_550_000,
        day: '2025-06-12',
        channel: 'test',
        actorId: null,
        memo: 'test payment',
      }),
    );
    const review = await officer.post(`${REGION}/returns/${first.id}/review`, { verdict: 'verify' });
    expect(review.statusCode).toBe(200);
    const after = (await detail(officer, first.id)).json() as Detail;
    expect(after).toMatchObject({
      status: 'verified',
      billStatus: 'paid',
      amountDue: null,
      reviewedByName: expect.stringMatching(/\S/),
      paid: { principal: 2_500_000, interest: 50_000, total: 2_550_000 },
    });
  });

  it('a pembetulan adds a revision: both revisions list the masa’s history, the first one superseded', async () => {
    const amended = await officer.post(`${REGION}/returns/${first.id}/amend`, { gross: 30_000_000 });
    expect(amended.statusCode).toBe(201);
    const second = amended.json().taxReturn as { id: number };
    for (const id of [first.id, second.id]) {
      const d = (await detail(officer, id)).json() as Detail;
      expect(d.revisions.map((r) => [r.id, r.revision, r.status])).toEqual([
        [first.id, 0, 'superseded'],
        [second.id, 1, 'submitted'],
      ]);
    }
    const d = (await detail(officer, second.id)).json() as Detail;
    expect(d.amountDue?.principal).toBe(500_000); // the shortfall, with interest from the original due date
    expect(d.paid.total).toBe(2_550_000);
  });

  it('a taxpayer reads their own return; another’s is 404, as one that does not exist', async () => {
    expect((await detail(taxpayer, first.id)).statusCode).toBe(200);
    const theirs = await file(strangers.objectId, strangers.taxpayerId, '2025-03', 1_000_000);
    const res = await detail(taxpayer, theirs.id);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('RETURN_NOT_FOUND');
    expect((await detail(officer, 999_999_999)).statusCode).toBe(404);
    expect((await detail(auditor, theirs.id)).statusCode).toBe(200);
  });
});

describe('one bill’s history: GET /bills/:id/history', () => {
  it('a bill paid late: issued for its principal, interest booked with the payment, the payment; owing nothing after', async () => {
    const [bill] = (await officer.get(`${REGION}/bills?taxpayerId=${warung.taxpayerId}&status=paid`)).json()
      .items as { id: number }[];
    const res = await officer.get(`${REGION}/bills/${bill?.id}/history`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { kind: string; debit: number; credit: number; balance: number }[];
    expect(items.map((i) => [i.kind, i.debit, i.credit, i.balance])).toEqual([
      ['assessment', 2_500_000, 0, 2_500_000],
      ['interest', 50_000, 0, 2_550_000],
      ['payment', 0, 2_550_000, 0],
    ]);
  });

  it('a taxpayer reads their own bill’s history; another’s is 404', async () => {
    const mine = (await taxpayer.get(`${REGION}/bills?limit=200`)).json().items as {
      id: number;
      taxpayerId: number;
    }[];
    const own = mine.find((b) => b.taxpayerId === warung.taxpayerId);
    expect((await taxpayer.get(`${REGION}/bills/${own?.id}/history`)).statusCode).toBe(200);
    const [theirs] = (await officer.get(`${REGION}/bills?taxpayerId=${strangers.taxpayerId}`)).json()
      .items as {
      id: number;
    }[];
    const res = await taxpayer.get(`${REGION}/bills/${theirs?.id}/history`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('BILL_NOT_FOUND');
  });
});

describe('the audit browser links a return and a bill to their own pages', () => {
  it('a return’s entry opens /taxpayers/:id/returns/:id; a write-off’s bill opens /taxpayers/:id/bills/:id', async () => {
    const [entry] = (await auditor.get(`${REGION}/audit?entity=tax_return&action=sptpd.verify`)).json()
      .entries;
    expect(entry.subject.page).toBe(`/taxpayers/${warung.taxpayerId}/returns/${entry.entityId}`);

    const [open] = (
      await officer.get(`${REGION}/bills?taxpayerId=${strangers.taxpayerId}&status=open`)
    ).json().items as { id: number }[];
    const supervisor = await signedIn(t.app, 'supervisor@malang.demo');
    const writeOff = await supervisor.post(`${REGION}/bills/${open?.id}/write-off`, {
      decreeNumber: '188.45/1/35.73.112/2025',
      reason: 'Usaha tutup, pemilik tidak diketahui',
    });
    expect(writeOff.statusCode).toBe(200);
    const [written] = (await auditor.get(`${REGION}/audit?action=bill.write_off`)).json().entries;
    expect(written.subject.page).toBe(`/taxpayers/${strangers.taxpayerId}/bills/${open?.id}`);
    const history = (await auditor.get(`${REGION}/bills/${open?.id}/history`)).json().items as {
      kind: string;
      balance: number;
    }[];
    expect(history.at(-1)).toMatchObject({ kind: 'write_off', balance: 0 });
  });
});
