import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { findPartner, type Partner } from '../src/payments/partner';
import { postPayment } from '../src/payments/post-payment';
import { refreshVirtualAccounts } from '../src/payments/va/refresh-virtual-accounts';
import { SandboxVaRegistry } from '../src/payments/va/sandbox-va-registry';
import { PinnedClock } from '../src/platform/clock';
import { openBill } from './support/bank';
import { TEST_CLOCK } from './support/constants';
import { freshDatabase, type TestDatabase } from './support/test-app';

let fresh: TestDatabase;
let db: Database;
let jatim: Partner;
const clock = new PinnedClock(new Date(TEST_CLOCK));

beforeAll(async () => {
  fresh = await freshDatabase();
  db = fresh.db;
  jatim = (await findPartner(db, 'BANKJATIM')) as Partner;
});
afterAll(() => fresh.drop());

const refresh = () =>
  refreshVirtualAccounts(db, clock.now(), '35.73', (bank) => new SandboxVaRegistry(db, clock, bank));

/** What the sandbox bank has been told since instruction `after`. */
async function toldSince(after: number) {
  return db.query<{
    action: string;
    virtualAccountNo: string;
    amount: number | null;
    validUntil: string | null;
  }>(
    `SELECT action, virtual_account_no AS "virtualAccountNo", amount, valid_until AS "validUntil"
     FROM sandbox_va_instruction WHERE region_id = '35.73' AND id > $1 ORDER BY id`,
    [after],
  );
}

async function lastInstruction(): Promise<number> {
  const [row] = await db.query<{ id: number | null }>(
    `SELECT max(id)::int8 AS id FROM sandbox_va_instruction WHERE region_id = '35.73'`,
  );
  return row?.id ?? 0;
}

describe('VA registration follows the amount due (domain notes §4.4 TanggalExp rule)', () => {
  it('registers, keeps, re-registers across a month of lateness, and deletes once paid', async () => {
    // On 2025-03-11: overdue since 2025-01-15 → 1,020,000 until 2025-03-15; due 2025-03-31 → 500,000 until then.
    const overdue = await openBill(db, { principal: 1_000_000, dueDate: '2025-01-15' });
    const onTime = await openBill(db, { principal: 500_000, dueDate: '2025-03-31' });
    const toPay = await openBill(db, { principal: 250_000, dueDate: '2025-03-31' });
    const va = (billingCode: string) => `   13573${billingCode}`;

    expect(await refresh()).toEqual([
      { partnerId: 'BANKJATIM', busy: false, created: 3, updated: 0, deleted: 0, unchanged: 0 },
    ]);
    expect(await toldSince(0)).toEqual([
      {
        action: 'create',
        virtualAccountNo: va(overdue.billingCode),
        amount: 1_020_000,
        validUntil: '2025-03-15',
      },
      {
        action: 'create',
        virtualAccountNo: va(onTime.billingCode),
        amount: 500_000,
        validUntil: '2025-03-31',
      },
      {
        action: 'create',
        virtualAccountNo: va(toPay.billingCode),
        amount: 250_000,
        validUntil: '2025-03-31',
      },
    ]);
    const [named] = await db.query<{ name: string }>(
      `SELECT name FROM sandbox_va_instruction WHERE virtual_account_no = $1`,
      [va(overdue.billingCode)],
    );
    expect(named?.name).toBe('Tini Rahayu');

    // The same day again: nothing to tell the bank.
    let mark = await lastInstruction();
    expect((await refresh())[0]).toMatchObject({ created: 0, updated: 0, deleted: 0, unchanged: 3 });
    expect(await toldSince(mark)).toEqual([]);

    // Paid at the bank: its VA is deleted; the others stay.
    const paid = await postPayment(db, clock.now(), jatim, {
      billingCode: toPay.billingCode,
      amount: 250_000,
      bankReference: 'VA-PAID-1',
      paidAt: clock.now(),
    });
    expect(paid.kind).toBe('posted');
    mark = await lastInstruction();
    expect((await refresh())[0]).toMatchObject({ created: 0, updated: 0, deleted: 1, unchanged: 2 });
    expect(await toldSince(mark)).toEqual([
      { action: 'delete', virtualAccountNo: va(toPay.billingCode), amount: null, validUntil: null },
    ]);

    // 2025-03-16: the overdue bill's third month of lateness has begun → 1,030,000 until 2025-04-15.
    clock.set(new Date('2025-03-16T00:05:00+07:00'));
    mark = await lastInstruction();
    expect((await refresh())[0]).toMatchObject({ created: 0, updated: 1, deleted: 0, unchanged: 1 });
    expect(await toldSince(mark)).toEqual([
      {
        action: 'update',
        virtualAccountNo: va(overdue.billingCode),
        amount: 1_030_000,
        validUntil: '2025-04-15',
      },
    ]);

    // 2025-04-01: the bill due 2025-03-31 is one month late → 505,000 until 2025-04-30.
    clock.set(new Date('2025-04-01T00:05:00+07:00'));
    mark = await lastInstruction();
    expect((await refresh())[0]).toMatchObject({ updated: 1, unchanged: 1 });
    expect(await toldSince(mark)).toEqual([
      {
        action: 'update',
        virtualAccountNo: va(onTime.billingCode),
        amount: 505_000,
        validUntil: '2025-04-30',
      },
    ]);

    const live = await db.query<{ billId: number; amount: number; validUntil: string }>(
      `SELECT bill_id AS "billId", amount, valid_until AS "validUntil" FROM virtual_account
       WHERE region_id = '35.73' AND partner_id = 'BANKJATIM' AND deleted_at IS NULL ORDER BY bill_id`,
    );
    expect(live).toEqual([
      { billId: overdue.id, amount: 1_030_000, validUntil: '2025-04-15' },
      { billId: onTime.id, amount: 505_000, validUntil: '2025-04-30' },
    ]);
  });
});

describe('one VA refresh per bank at a time', () => {
  it('a refresh while another holds the bank’s lease tells the bank nothing; once the lease expires it runs', async () => {
    const bill = await openBill(db, { principal: 300_000, dueDate: '2025-03-31' });
    await db.query(
      `INSERT INTO va_refresh_lease (region_id, partner_id, holder, expires_at)
       VALUES ('35.73', 'BANKJATIM', 'another-process', now() + interval '5 minutes')`,
    );
    const mark = await lastInstruction();
    expect((await refresh())[0]).toMatchObject({ busy: true, created: 0, updated: 0 });
    expect(await toldSince(mark)).toEqual([]);

    // The other holder died: its lease runs out and the next refresh takes over.
    await db.query(
      `UPDATE va_refresh_lease SET expires_at = now() - interval '1 second' WHERE holder = 'another-process'`,
    );
    expect((await refresh())[0]).toMatchObject({ busy: false });
    expect((await toldSince(mark)).map((i) => i.virtualAccountNo)).toContain(`   13573${bill.billingCode}`);
    const leases = await db.query('SELECT * FROM va_refresh_lease');
    expect(leases).toEqual([]);
  });

  it('two refreshes started together create each VA at the bank once', async () => {
    const bills = await Promise.all(
      [1, 2, 3].map(() => openBill(db, { principal: 400_000, dueDate: '2025-04-30' })),
    );
    const mark = await lastInstruction();
    const [a, b] = await Promise.all([refresh(), refresh()]);
    const created = (await toldSince(mark))
      .filter((i) => i.action === 'create')
      .map((i) => i.virtualAccountNo);
    for (const bill of bills) expect(created.filter((no) => no.endsWith(bill.billingCode))).toHaveLength(1);
    expect(new Set(created).size).toBe(created.length);
    // Either the second found the first running, or it came after and found every VA already registered.
    const second = [a[0], b[0]].find((s) => s?.busy || s?.created === 0);
    expect(second).toBeDefined();
  });
});
