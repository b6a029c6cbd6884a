import type { Sql } from '../db/database';
import { containsPattern, listPage, orderSql, type SortOf } from '../platform/list-page';
import type { ReminderChannel, ReminderKind } from './reminder-rules';

export const REMINDER_STATUSES = ['sending', 'sent', 'failed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** A reminder as its log shows it. */
export interface ListedReminder {
  id: number;
  kind: ReminderKind;
  channel: ReminderChannel;
  taxpayerId: number;
  taxpayerName: string;
  npwpd: string | null;
  period: string | null;
  billId: number | null;
  dueDate: string;
  amount: number | null;
  recipient: string;
  title: string;
  body: string;
  runDate: string;
  status: ReminderStatus;
  attempts: number;
  claimedAt: Date;
  sentAt: Date | null;
  messageId: string | null;
  error: string | null;
}

export const REMINDER_SORT_COLUMNS = ['claimed', 'dueDate', 'taxpayer', 'amount', 'status'] as const;
type SortColumn = (typeof REMINDER_SORT_COLUMNS)[number];

const ORDER: Record<SortColumn, string> = {
  claimed: '"claimedAt"',
  dueDate: '"dueDate"',
  taxpayer: '"taxpayerName"',
  amount: 'amount',
  status: 'status',
};

export interface ReminderFilter {
  kind?: ReminderKind;
  channel?: ReminderChannel;
  status?: ReminderStatus;
  /** Runs on or after this day. */
  from?: string;
  /** Runs on or before this day. */
  to?: string;
  /** A fragment of the taxpayer's name, NPWPD or the recipient. */
  q?: string;
  sort: SortOf<SortColumn>;
  limit: number;
  offset: number;
}

/** A page of the region's reminders, filtered and ordered, and how many match. */
export async function listReminders(db: Sql, regionId: string, f: ReminderFilter) {
  const select = `SELECT r.id, r.kind, r.channel, r.taxpayer_id AS "taxpayerId", t.name AS "taxpayerName", t.npwpd,
      r.period, r.bill_id AS "billId", r.due_date AS "dueDate", r.amount, r.recipient, r.title, r.body,
      r.run_date AS "runDate", r.status, r.attempts, r.claimed_at AS "claimedAt", r.sent_at AS "sentAt",
      r.message_id AS "messageId", r.error
    FROM reminder r JOIN taxpayer t ON t.region_id = $1 AND t.id = r.taxpayer_id
    WHERE r.region_id = $1 AND ($2::text IS NULL OR r.kind = $2) AND ($3::text IS NULL OR r.channel = $3)
      AND ($4::text IS NULL OR r.status = $4) AND ($5::date IS NULL OR r.run_date >= $5)
      AND ($6::date IS NULL OR r.run_date <= $6)
      AND ($7::text IS NULL OR t.name ILIKE $7 OR t.npwpd ILIKE $7 OR r.recipient ILIKE $7)`;
  return listPage<ListedReminder>(
    db,
    select,
    [
      regionId,
      f.kind ?? null,
      f.channel ?? null,
      f.status ?? null,
      f.from ?? null,
      f.to ?? null,
      f.q ? containsPattern(f.q) : null,
    ],
    orderSql(f.sort, ORDER, 'id DESC'),
    f,
  );
}

/** What the sandbox WhatsApp/SMS gateway would have sent, newest first. */
export async function sandboxLog(db: Sql, regionId: string, limit: number) {
  return db.query<{
    id: number;
    messageId: string;
    recipient: string;
    body: string;
    reference: string;
    acceptedAt: Date;
  }>(
    `SELECT id, message_id AS "messageId", recipient, body, reference, accepted_at AS "acceptedAt"
     FROM gateway_sandbox_message WHERE region_id = $1 ORDER BY accepted_at DESC, id DESC LIMIT $2`,
    [regionId, limit],
  );
}
