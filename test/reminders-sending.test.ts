import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MessageGateway, runReminders, sandboxGateway } from '../src/reminders';
import { openBill } from './support/bank';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 15, reminders: each reminder goes once per subject, kind and channel, however often or however concurrently the
 * daily run runs; a failed send is tried again by the next run; the taxpayer's opt-out silences courtesy reminders
 * but not the overdue notice. The clock stands at 11 March 2025, 10:00 WIB; the region's timing is the default
 * (3 days before a due date, 7 days after it).
 */

let t: TestApp;
let wp: Agent;
const R = '/api/v1/regions/35.73';
const TODAY = '2025-03-11';
const bills = { overdue: { id: 0, taxpayerId: 0 }, soon: { id: 0, taxpayerId: 0 } };

const deps = (gateway: MessageGateway | null = sandboxGateway) => ({ db: t.db, config: t.config, gateway });
const run = (day = TODAY, gateway?: MessageGateway | null) =>
  runReminders(deps(gateway), '35.73', day, t.clock.now());

async function remindersOf(billId: number) {
  return t.db.query<{ kind: string; channel: string; status: string; attempts: number; recipient: string }>(
    `SELECT kind, channel, status, attempts, recipient FROM reminder WHERE region_id = '35.73' AND bill_id = $1
     ORDER BY kind, channel`,
    [billId],
  );
}

async function withPhone(taxpayerId: number, phone: string) {
  await t.db.query(`UPDATE taxpayer SET phone = $2 WHERE region_id = '35.73' AND id = $1`, [
    taxpayerId,
    phone,
  ]);
}

beforeAll(async () => {
  t = await startTestApp();
  wp = await signedIn(t.app, 'wp@malang.demo');
  // Not wp's: a bill 69 days past due, and one falling due in two days; both taxpayers have a phone.
  bills.overdue = await openBill(t.db, { principal: 1_000_000, dueDate: '2024-12-31', period: '2024-11' });
  bills.soon = await openBill(t.db, { principal: 500_000, dueDate: '2025-03-13' });
  await withPhone(bills.overdue.taxpayerId, '0812-3345-0917');
  await withPhone(bills.soon.taxpayerId, '0812-3345-0918');
  await t.db.query(
    `UPDATE taxpayer SET email = 'resto@example.id' WHERE region_id = '35.73' AND id = ANY($1)`,
    [[bills.overdue.taxpayerId, bills.soon.taxpayerId]],
  );
});
afterAll(() => t.close());

describe('a run sends each reminder once, on each channel, and logs it', () => {
  it('the overdue bill gets its notice and the bill due in two days its courtesy reminder, by email and WhatsApp', async () => {
    const first = await run();
    expect(first.failed).toBe(0);
    expect(await remindersOf(bills.overdue.id)).toEqual([
      { kind: 'bill_overdue', channel: 'email', status: 'sent', attempts: 1, recipient: 'resto@example.id' },
      { kind: 'bill_overdue', channel: 'whatsapp', status: 'sent', attempts: 1, recipient: '6281233450917' },
    ]);
    expect((await remindersOf(bills.soon.id)).map((r) => `${r.kind}/${r.channel}/${r.status}`)).toEqual([
      'bill_due/email/sent',
      'bill_due/whatsapp/sent',
    ]);
  });

  it('the overdue notice names the amount as of the day, interest included, through the one formatter', async () => {
    const [notice] = await t.db.query<{ amount: number; body: string; messageId: string }>(
      `SELECT amount, body, message_id AS "messageId" FROM reminder
       WHERE region_id = '35.73' AND bill_id = $1 AND channel = 'whatsapp'`,
      [bills.overdue.id],
    );
    expect(notice?.amount).toBeGreaterThan(1_000_000);
    expect(notice?.body).toContain(`Rp ${notice?.amount.toLocaleString('id-ID')}`);
    expect(notice?.body).toContain('per 11 Maret 2025');
    // The sandbox gateway logged what it would have sent under the id the reminder keeps.
    const [logged] = await t.db.query<{ recipient: string; body: string }>(
      `SELECT recipient, body FROM gateway_sandbox_message WHERE region_id = '35.73' AND message_id = $1`,
      [notice?.messageId],
    );
    expect(logged).toEqual({ recipient: '6281233450917', body: notice?.body });
  });

  it('the email went the way all mail goes: a row of the region’s outbox', async () => {
    const [mail] = await t.db.query<{ id: number; subject: string; status: string }>(
      `SELECT m.id, m.subject, m.status FROM mail_message m JOIN reminder r
         ON r.region_id = m.region_id AND r.message_id = 'mail:' || m.id
       WHERE m.region_id = '35.73' AND r.bill_id = $1 AND r.channel = 'email'`,
      [bills.overdue.id],
    );
    expect(mail?.status).toBe('outbox');
    expect(mail?.subject).toMatch(/^Pemberitahuan tunggakan pajak: Rp /);
  });

  it('a second run the same day sends nothing more', async () => {
    const before = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM gateway_sandbox_message`);
    const again = await run();
    expect(again).toMatchObject({ sent: 0, failed: 0 });
    const after = await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM gateway_sandbox_message`);
    expect(after).toEqual(before);
  });

  it('a rerun on a later day sends nothing more for the same bills', async () => {
    expect(await run('2025-03-12')).toMatchObject({ sent: 0, failed: 0 });
    expect((await remindersOf(bills.overdue.id)).every((r) => r.attempts === 1)).toBe(true);
  });

  it('two runs at once send each new reminder once between them', async () => {
    const fresh = await openBill(t.db, { principal: 750_000, dueDate: '2025-01-31' });
    await withPhone(fresh.taxpayerId, '081377778888'); // its taxpayer has a phone and no email
    const [a, b] = await Promise.all([run(), run()]);
    expect((a?.sent ?? 0) + (b?.sent ?? 0)).toBe(1);
    expect(await remindersOf(fresh.id)).toHaveLength(1);
  });
});

describe('a failed send is not lost', () => {
  const failing: MessageGateway = {
    name: 'failing',
    send: async () => {
      throw new Error('gateway unreachable (test)');
    },
  };

  it('is recorded as failed with the error, tried again by the next run, and then sent once', async () => {
    const bill = await openBill(t.db, { principal: 300_000, dueDate: '2025-01-15' });
    await withPhone(bill.taxpayerId, '081299990000');
    await t.db.query(
      `UPDATE taxpayer SET email = 'laundry@example.id' WHERE region_id = '35.73' AND id = $1`,
      [bill.taxpayerId],
    );
    await run(TODAY, failing);
    const [failed] = await t.db.query<{ status: string; error: string; attempts: number }>(
      `SELECT status, error, attempts FROM reminder WHERE region_id = '35.73' AND bill_id = $1 AND channel = 'whatsapp'`,
      [bill.id],
    );
    expect(failed).toEqual({ status: 'failed', error: 'gateway unreachable (test)', attempts: 1 });
    // The email went regardless.
    expect((await remindersOf(bill.id)).find((r) => r.channel === 'email')?.status).toBe('sent');

    const retry = await run('2025-03-12');
    expect(retry.sent).toBe(1);
    const [sent] = await t.db.query<{ status: string; error: string | null; attempts: number }>(
      `SELECT status, error, attempts FROM reminder WHERE region_id = '35.73' AND bill_id = $1 AND channel = 'whatsapp'`,
      [bill.id],
    );
    expect(sent).toEqual({ status: 'sent', error: null, attempts: 2 });
    expect(await run('2025-03-13')).toMatchObject({ sent: 0, failed: 0 });
  });
});

describe('the taxpayer’s opt-out', () => {
  it('silences courtesy reminders on the channels switched off, but not the overdue notice the law requires', async () => {
    const res = await wp.put(`${R}/reminders/preferences`, { email: false, whatsapp: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ email: false, whatsapp: true, optional: ['filing_due', 'bill_due'] });

    const soon = await openBill(t.db, {
      principal: 400_000,
      dueDate: '2025-03-14',
      ownerEmail: 'wp@malang.demo',
    });
    const late = await openBill(t.db, {
      principal: 600_000,
      dueDate: '2025-02-01',
      ownerEmail: 'wp@malang.demo',
    });
    await withPhone(soon.taxpayerId, '081311112222');
    await withPhone(late.taxpayerId, '081311112223');
    const result = await run();
    expect(result.optedOut).toBeGreaterThanOrEqual(1);
    // The courtesy reminder: WhatsApp only, since email is switched off.
    expect((await remindersOf(soon.id)).map((r) => r.channel)).toEqual(['whatsapp']);
    // The overdue notice: by email too.
    expect((await remindersOf(late.id)).map((r) => `${r.kind}/${r.channel}`)).toEqual([
      'bill_overdue/email',
      'bill_overdue/whatsapp',
    ]);
  });

  it('is the taxpayer’s own, audited, and switched back on as easily', async () => {
    expect((await wp.get(`${R}/reminders/preferences`)).json()).toMatchObject({
      email: false,
      whatsapp: true,
    });
    const [entry] = await t.db.query<{ action: string; after: unknown }>(
      `SELECT action, after FROM audit_entry WHERE region_id = '35.73' AND action = 'reminder_preference.change'
       ORDER BY seq DESC LIMIT 1`,
    );
    expect(entry?.after).toEqual({ emailReminders: false, whatsappReminders: true });
    const back = await wp.put(`${R}/reminders/preferences`, { email: true, whatsapp: true });
    expect(back.json()).toMatchObject({ email: true, whatsapp: true });
  });
});

describe('masa not yet filed', () => {
  it('is reminded of N days before its filing deadline, once per object and masa', async () => {
    const [{ due } = { due: '' }] = await t.db.query<{ due: string }>(
      `SELECT CASE WHEN policy->'returnDue'->>'kind' = 'end-of-next-month' THEN '2025-03-31'
               ELSE '2025-03-' || lpad(policy->'returnDue'->>'day', 2, '0') END AS due
       FROM tax_policy WHERE region_id = '35.73' ORDER BY valid_from DESC, revision DESC LIMIT 1`,
    );
    const threeBefore = new Date(Date.parse(`${due}T00:00:00Z`) - 3 * 86_400_000).toISOString().slice(0, 10);
    const first = await run(threeBefore);
    const filing = await t.db.query<{ subject: string; period: string; dueDate: string }>(
      `SELECT subject, period, due_date AS "dueDate" FROM reminder WHERE region_id = '35.73' AND kind = 'filing_due'`,
    );
    expect(first.sent).toBeGreaterThan(0);
    expect(filing.length).toBeGreaterThan(0);
    expect(filing.every((r) => r.period === '2025-02' && r.dueDate === due)).toBe(true);
    const again = await run(due);
    expect(
      (
        await t.db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM reminder WHERE region_id = '35.73' AND kind = 'filing_due'`,
        )
      )[0]?.n,
    ).toBe(filing.length);
    expect(again.failed).toBe(0);
  });
});
