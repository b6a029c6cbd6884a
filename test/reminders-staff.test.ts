import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminders, sandboxGateway } from '../src/reminders';
import { openBill } from './support/bank';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 15, reminders as staff see them: the log with its filters and downloads, the sandbox gateway's log, the
 * region's timing (effective-dated, audited), and tenancy: a region's reminders are its own, a taxpayer reads none of
 * the log and chooses only their own reminders. The clock stands at 11 March 2025, 10:00 WIB.
 */

let t: TestApp;
let officer: Agent;
let admin: Agent;
let wp: Agent;
let bangkaAdmin: Agent;
const R = '/api/v1/regions/35.73';

beforeAll(async () => {
  t = await startTestApp();
  [officer, admin, wp, bangkaAdmin] = await Promise.all([
    signedIn(t.app, 'petugas@malang.demo'),
    signedIn(t.app, 'admin@malang.demo'),
    signedIn(t.app, 'wp@malang.demo'),
    signedIn(t.app, 'admin@bangka.demo'),
  ]);
  const overdue = await openBill(t.db, {
    principal: 2_000_000,
    dueDate: '2024-12-31',
    ownerEmail: 'wp@malang.demo',
  });
  const soon = await openBill(t.db, {
    principal: 500_000,
    dueDate: '2025-03-13',
    ownerEmail: 'wp@malang.demo',
  });
  await t.db.query(`UPDATE taxpayer SET phone = '081233450917' WHERE region_id = '35.73' AND id = ANY($1)`, [
    [overdue.taxpayerId, soon.taxpayerId],
  ]);
  await runReminders(
    { db: t.db, config: t.config, gateway: sandboxGateway },
    '35.73',
    '2025-03-11',
    t.clock.now(),
  );
});
afterAll(() => t.close());

describe('the reminders log', () => {
  it('lists what was sent, newest first, with its channel, recipient, outcome and the gateway’s message id', async () => {
    const res = await officer.get(`${R}/reminders`);
    expect(res.statusCode).toBe(200);
    const { total, items } = res.json();
    expect(total).toBe(4);
    expect(items.map((r: { kind: string; channel: string }) => `${r.kind}/${r.channel}`).sort()).toEqual([
      'bill_due/email',
      'bill_due/whatsapp',
      'bill_overdue/email',
      'bill_overdue/whatsapp',
    ]);
    expect(
      items.every((r: { status: string; messageId: string }) => r.status === 'sent' && r.messageId),
    ).toBe(true);
  });

  it('filters by kind, channel and status, and pages', async () => {
    const overdue = (await officer.get(`${R}/reminders?kind=bill_overdue&channel=whatsapp`)).json();
    expect(overdue.total).toBe(1);
    expect(overdue.items[0].amount).toBeGreaterThan(2_000_000);
    expect(overdue.items[0].recipient).toBe('6281233450917');
    expect((await officer.get(`${R}/reminders?status=failed`)).json().total).toBe(0);
    const page = (await officer.get(`${R}/reminders?limit=1&offset=1&sort=amount`)).json();
    expect(page).toMatchObject({ total: 4 });
    expect(page.items).toHaveLength(1);
  });

  it('downloads as CSV and XLSX with the same filters, headers in the reader’s language', async () => {
    const csv = await officer.get(`${R}/reminders/download?format=csv&lang=id&kind=bill_overdue`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/pengingat-kota-malang-2025-03-11\.csv/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Dikirim,Jenis,Saluran,Wajib pajak/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('Tunggakan');
    const xlsx = await officer.get(`${R}/reminders/download?format=xlsx&lang=en`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
  });

  it('the sandbox gateway’s log shows what it would have sent', async () => {
    const log = (await officer.get(`${R}/reminders/gateway-log`)).json();
    expect(log.gateway).toBe('sandbox');
    expect(log.messages.map((m: { recipient: string }) => m.recipient)).toContain('6281233450917');
    expect(log.messages[0].reference).toMatch(/^reminder:\d+$/);
  });
});

describe('the region’s reminder timing', () => {
  it('is the default (3 days before, 7 after) until recorded', async () => {
    const res = (await officer.get(`${R}/reminders/settings`)).json();
    expect(res.inForce).toMatchObject({
      daysBeforeFiling: 3,
      daysBeforeDue: 3,
      daysAfterDue: 7,
      effectiveFrom: null,
    });
  });

  it('takes effect from a day to come, audited; today’s stays in force until then', async () => {
    const res = await admin.post(`${R}/reminders/settings`, {
      effectiveFrom: '2025-04-01',
      daysBeforeFiling: 5,
      daysBeforeDue: 4,
      daysAfterDue: 10,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().inForce.effectiveFrom).toBeNull();
    expect(res.json().history).toHaveLength(1);
    const [entry] = await t.db.query<{ entity_id: string }>(
      `SELECT entity_id FROM audit_entry WHERE region_id = '35.73' AND action = 'reminder_setting.record'`,
    );
    expect(entry?.entity_id).toBe('2025-04-01');
  });

  it('refuses a day already past, in both languages', async () => {
    const body = { effectiveFrom: '2025-03-01', daysBeforeFiling: 5, daysBeforeDue: 4, daysAfterDue: 10 };
    const id = await admin.post(`${R}/reminders/settings`, body);
    expect(id.statusCode).toBe(422);
    expect(id.json()).toMatchObject({ code: 'REMINDER_SETTING_IN_THE_PAST' });
    expect(id.json().detail).toContain('1 Maret 2025');
    const en = await admin.post(`${R}/reminders/settings`, body, { headers: { 'accept-language': 'en' } });
    expect(en.json().detail).toContain('1 March 2025');
  });

  it('is set by administrators and supervisors, not by an officer', async () => {
    const res = await officer.post(`${R}/reminders/settings`, {
      effectiveFrom: '2025-04-01',
      daysBeforeFiling: 1,
      daysBeforeDue: 1,
      daysAfterDue: 1,
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('tenancy', () => {
  it('a taxpayer reads none of the log, and staff none of their choices', async () => {
    expect((await wp.get(`${R}/reminders`)).statusCode).toBe(403);
    expect((await wp.get(`${R}/reminders/gateway-log`)).statusCode).toBe(403);
    expect(
      (await officer.put(`${R}/reminders/preferences`, { email: false, whatsapp: false })).statusCode,
    ).toBe(403);
  });

  it('another region’s staff see none of this region’s reminders, and its own log is its own', async () => {
    expect((await bangkaAdmin.get(`${R}/reminders`)).statusCode).toBe(404);
    const own = (await bangkaAdmin.get('/api/v1/regions/19.01/reminders')).json();
    expect(own.total).toBe(0);
    expect((await bangkaAdmin.get('/api/v1/regions/19.01/reminders/gateway-log')).json().messages).toEqual(
      [],
    );
  });

  it('a taxpayer’s choice holds in one region only', async () => {
    expect(
      (await wp.put('/api/v1/regions/19.01/reminders/preferences', { email: false, whatsapp: false }))
        .statusCode,
    ).toBe(404);
  });
});
