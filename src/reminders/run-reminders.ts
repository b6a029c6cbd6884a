import type { Config } from '../config';
import type { Database } from '../db/database';
import { addDays } from '../platform/calendar';
import { localDate, type TimeZone } from '../platform/clock';
import type { Lang } from '../platform/human-format';
import { deliver, recordMail } from '../platform/mail/mailer';
import { Problem } from '../platform/problem';
import { findBills, formatBillingCode, priceBills } from '../receivables';
import { missingReturns } from '../tax';
import { internationalPhone, type MessageGateway } from './message-gateway';
import { optedOutChannels } from './opt-out';
import {
  masaToRemind,
  mayOptOut,
  type ReminderChannel,
  type ReminderKind,
  subjectKey,
} from './reminder-rules';
import { reminderSettingsOn } from './reminder-settings';
import { type ReminderFacts, reminderText } from './reminder-text';

/** What a run needs: the database, the settings (mail) and the WhatsApp/SMS gateway (null: that channel is off). */
export interface ReminderDeps {
  db: Database;
  config: Config;
  gateway: MessageGateway | null;
  log?: { error(o: object, msg: string): void };
}

/** What one region's run did. */
export interface ReminderRun {
  regionId: string;
  day: string;
  sent: number;
  failed: number;
  /** Courtesy reminders not sent because the taxpayer switched that channel off. */
  optedOut: number;
}

/** One thing to remind a taxpayer of today, before it is sent on each channel. */
interface Due {
  kind: ReminderKind;
  subject: string;
  taxpayerId: number;
  objectId: number | null;
  billId: number | null;
  period: string | null;
  dueDate: string;
  amount: number | null;
  billingCode: string | null;
  about: string;
}

interface Contact {
  id: number;
  name: string;
  phone: string | null;
  email: string | null;
  userId: number | null;
  locale: Lang;
}

/**
 * Sends a region's reminders due on `day` (its own calendar day), each once per (subject, kind, channel). Safe to run
 * twice, or twice at once: a reminder is claimed by inserting its row under that unique key before anything is sent,
 * so only the run whose insert succeeded sends it. One that failed is claimed again (and counted) by the next run; one
 * left 'sending' by a process that died is claimed again after an hour.
 */
export async function runReminders(
  deps: ReminderDeps,
  regionId: string,
  day: string,
  at: Date,
): Promise<ReminderRun> {
  const { db } = deps;
  const run: ReminderRun = { regionId, day, sent: 0, failed: 0, optedOut: 0 };
  const [region] = await db.query<{ name: string }>('SELECT name FROM region WHERE region_id = $1', [
    regionId,
  ]);
  if (!region) return run;
  const settings = await reminderSettingsOn(db, regionId, day);
  const due = [
    ...(await masaDue(db, regionId, day, settings.daysBeforeFiling)),
    ...(await billsDue(db, regionId, day, settings.daysBeforeDue, settings.daysAfterDue)),
  ];
  if (due.length === 0) return run;
  const contacts = await contactsOf(db, regionId, [...new Set(due.map((d) => d.taxpayerId))]);
  const optOuts = new Map<number, Set<ReminderChannel>>();
  for (const item of due) {
    const who = contacts.get(item.taxpayerId);
    if (!who) continue;
    if (who.userId !== null && !optOuts.has(who.userId))
      optOuts.set(who.userId, new Set(await optedOutChannels(db, regionId, who.userId)));
    const off = who.userId === null ? new Set<ReminderChannel>() : (optOuts.get(who.userId) ?? new Set());
    const facts: ReminderFacts = {
      region: region.name,
      taxpayerName: who.name,
      about: item.about,
      period: item.period,
      dueDate: item.dueDate,
      amount: item.amount,
      billingCode: item.billingCode,
      asOf: day,
    };
    const text = reminderText(item.kind, who.locale, facts);
    const routes: [ReminderChannel, string | null][] = [
      ['email', who.email],
      ['whatsapp', deps.gateway ? internationalPhone(who.phone) : null],
    ];
    for (const [channel, recipient] of routes) {
      if (!recipient) continue;
      if (mayOptOut(item.kind) && off.has(channel)) {
        run.optedOut++;
        continue;
      }
      const id = await claim(db, regionId, item, channel, recipient, text, day, at);
      if (id === null) continue;
      const outcome = await send(deps, regionId, id, channel, recipient, text, at);
      if (outcome.ok) run.sent++;
      else run.failed++;
    }
  }
  return run;
}

/** Every hosted region's (or one region's) reminders for its own calendar day at `at`, or for `day` when given. */
export async function runAllRegions(
  deps: ReminderDeps,
  at: Date,
  day?: string,
  regionId?: string,
): Promise<ReminderRun[]> {
  const regions = await deps.db.query<{ regionId: string; timeZone: TimeZone }>(
    `SELECT region_id AS "regionId", time_zone AS "timeZone" FROM region
     WHERE $1::text IS NULL OR region_id = $1 ORDER BY region_id`,
    [regionId ?? null],
  );
  const runs: ReminderRun[] = [];
  for (const r of regions)
    runs.push(await runReminders(deps, r.regionId, day ?? localDate(at, r.timeZone), at));
  return runs;
}

/** The masa not filed whose deadline is within the courtesy window. */
async function masaDue(db: Database, regionId: string, day: string, daysBefore: number): Promise<Due[]> {
  const lists = new Map<string, Awaited<ReturnType<typeof missingReturns>>>();
  const listOf = async (period: string) => {
    if (!lists.has(period)) lists.set(period, await missingReturns(db, regionId, period, day));
    return lists.get(period) as Awaited<ReturnType<typeof missingReturns>>;
  };
  const periods: string[] = [];
  try {
    // The deadline of each candidate masa comes with its list (the tax policy in force for that masa).
    const current = day.slice(0, 7);
    const last = addDays(`${current}-01`, -1).slice(0, 7);
    const deadlines = new Map<string, string>();
    for (const p of [last, current]) deadlines.set(p, (await listOf(p)).dueDate);
    for (const m of masaToRemind(day, daysBefore, (p) => deadlines.get(p) as string)) periods.push(m.period);
  } catch (err) {
    // A region without a tax policy has no masa to remind of.
    if (err instanceof Problem && err.code === 'TAX_POLICY_MISSING') return [];
    throw err;
  }
  const out: Due[] = [];
  for (const period of periods) {
    const list = await listOf(period);
    for (const item of list.items) {
      out.push({
        kind: 'filing_due',
        subject: subjectKey({ kind: 'masa', objectId: item.objectId, period }),
        taxpayerId: item.taxpayerId,
        objectId: item.objectId,
        billId: null,
        period,
        dueDate: list.dueDate,
        amount: null,
        billingCode: null,
        about: item.objectName,
      });
    }
  }
  return out;
}

/**
 * Open bills falling due within the courtesy window, and open bills past due by the days the notice waits for (left
 * out once every channel has its notice), each priced as of the day by its issuer's rules.
 */
async function billsDue(
  db: Database,
  regionId: string,
  day: string,
  daysBefore: number,
  daysAfter: number,
): Promise<Due[]> {
  const rows = await db.query<{ id: number; kind: ReminderKind }>(
    `SELECT b.id, CASE WHEN b.due_date >= $2 THEN 'bill_due' ELSE 'bill_overdue' END AS kind
     FROM bill b
     WHERE b.region_id = $1 AND b.status = 'open'
       AND ((b.due_date BETWEEN $2 AND $3
             AND (SELECT count(*) FROM reminder r WHERE r.region_id = $1 AND r.subject = 'bill:' || b.id
                  AND r.kind = 'bill_due' AND r.status <> 'failed') < 2)
         OR (b.due_date <= $4
             AND (SELECT count(*) FROM reminder r WHERE r.region_id = $1 AND r.subject = 'bill:' || b.id
                  AND r.kind = 'bill_overdue' AND r.status <> 'failed') < 2))
     ORDER BY b.due_date, b.id`,
    [regionId, day, addDays(day, daysBefore), addDays(day, -daysAfter)],
  );
  if (rows.length === 0) return [];
  const kinds = new Map(rows.map((r) => [r.id, r.kind]));
  const bills = await findBills(db, regionId, {
    ids: rows.map((r) => r.id),
    status: 'open',
    order: 'due',
    limit: rows.length,
    names: true,
  });
  const prices = await priceBills(db, regionId, day, bills);
  return bills.map((b, i) => ({
    kind: kinds.get(b.id) as ReminderKind,
    subject: subjectKey({ kind: 'bill', billId: b.id }),
    taxpayerId: b.taxpayerId,
    objectId: b.objectId,
    billId: b.id,
    period: b.period,
    dueDate: b.dueDate,
    amount: prices[i]?.total ?? b.outstanding,
    billingCode: formatBillingCode(b.billingCode),
    about: b.subject,
  }));
}

/** Name, phone (registry), email (registry, else the account's) and language (the account's) of each taxpayer. */
async function contactsOf(db: Database, regionId: string, ids: number[]): Promise<Map<number, Contact>> {
  const rows = await db.query<Contact>(
    `SELECT t.id, t.name, t.phone, coalesce(nullif(t.email, ''), u.email) AS email, t.user_id AS "userId",
            coalesce(u.locale, 'id') AS locale
     FROM taxpayer t LEFT JOIN app_user u ON u.id = t.user_id
     WHERE t.region_id = $1 AND t.id = ANY($2::bigint[]) AND t.status = 'verified'`,
    [regionId, ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Takes the reminder for this run, or answers null when it was sent, or another run holds it. */
async function claim(
  db: Database,
  regionId: string,
  item: Due,
  channel: ReminderChannel,
  recipient: string,
  text: { title: string; body: string },
  day: string,
  at: Date,
): Promise<number | null> {
  const [inserted] = await db.query<{ id: number }>(
    `INSERT INTO reminder (region_id, subject, kind, channel, taxpayer_id, object_id, bill_id, period, due_date,
       amount, recipient, title, body, run_date, status, claimed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 'sending', $15)
     ON CONFLICT ON CONSTRAINT reminder_once DO NOTHING RETURNING id`,
    [
      regionId,
      item.subject,
      item.kind,
      channel,
      item.taxpayerId,
      item.objectId,
      item.billId,
      item.period,
      item.dueDate,
      item.amount,
      recipient,
      text.title,
      text.body,
      day,
      at,
    ],
  );
  if (inserted) return inserted.id;
  // A failed one is sent again, with today's words (an overdue amount grows); a stale 'sending' after an hour.
  const [again] = await db.query<{ id: number }>(
    `UPDATE reminder SET status = 'sending', attempts = attempts + 1, claimed_at = $5, run_date = $6, recipient = $7,
       title = $8, body = $9, amount = $10, error = NULL
     WHERE region_id = $1 AND subject = $2 AND kind = $3 AND channel = $4
       AND (status = 'failed' OR (status = 'sending' AND claimed_at < $5::timestamptz - interval '1 hour'))
     RETURNING id`,
    [regionId, item.subject, item.kind, channel, at, day, recipient, text.title, text.body, item.amount],
  );
  return again?.id ?? null;
}

/** Sends a claimed reminder and records the outcome: 'sent' with the message id, or 'failed' with the error. */
async function send(
  deps: ReminderDeps,
  regionId: string,
  id: number,
  channel: ReminderChannel,
  recipient: string,
  text: { title: string; body: string },
  at: Date,
): Promise<{ ok: boolean }> {
  const { db } = deps;
  let outcome: { messageId: string } | { error: string };
  try {
    if (channel === 'email') {
      outcome = await sendMail(deps, regionId, recipient, text, at);
    } else {
      const gateway = deps.gateway as MessageGateway;
      outcome = await gateway.send(db, {
        regionId,
        to: recipient,
        text: text.body,
        reference: `reminder:${id}`,
        at,
      });
    }
  } catch (err) {
    deps.log?.error({ err, reminderId: id }, 'reminder not sent');
    outcome = { error: String((err as Error).message ?? err).slice(0, 500) };
  }
  if ('messageId' in outcome) {
    await db.query(
      `UPDATE reminder SET status = 'sent', sent_at = $3, message_id = $4 WHERE region_id = $1 AND id = $2`,
      [regionId, id, at, outcome.messageId],
    );
    return { ok: true };
  }
  await db.query(`UPDATE reminder SET status = 'failed', error = $3 WHERE region_id = $1 AND id = $2`, [
    regionId,
    id,
    outcome.error,
  ]);
  return { ok: false };
}

/**
 * Email goes the way all of Balai's mail goes (platform/mail): a row of the region's mail, which is the delivery
 * without SMTP (the outbox), or sent through SMTP and marked sent or failed. The reminder takes that outcome.
 */
async function sendMail(
  deps: ReminderDeps,
  regionId: string,
  to: string,
  text: { title: string; body: string },
  at: Date,
): Promise<{ messageId: string } | { error: string }> {
  const queued = await deps.db.transaction((tx) =>
    recordMail(tx, deps.config, at, { regionId, kind: 'reminder', to, subject: text.title, text: text.body }),
  );
  await deliver(deps.db, deps.config, () => at, [queued], deps.log);
  const [mail] = await deps.db.query<{ status: string; error: string | null }>(
    'SELECT status, error FROM mail_message WHERE region_id = $1 AND id = $2',
    [regionId, queued.id],
  );
  if (mail?.status === 'failed') return { error: mail.error ?? 'SMTP refused the mail' };
  return { messageId: `mail:${queued.id}` };
}
