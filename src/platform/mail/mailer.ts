import nodemailer from 'nodemailer';
import type { Config } from '../../config';
import type { Sql } from '../../db/database';

/** A mail to one person, in their language, sent for one region. */
export interface Mail {
  regionId: string;
  /** What the mail is for (`verify_email`, `reset_password`, `sign_up_existing`), shown in the outbox. */
  kind: string;
  to: string;
  subject: string;
  text: string;
}

/** Hands a mail to the SMTP server; throws when the server does not accept it. */
export type SmtpSend = (mail: {
  from: string;
  to: string;
  subject: string;
  text: string;
}) => Promise<unknown>;

const transports = new WeakMap<Config, SmtpSend>();

/** The SMTP sender of this configuration (one pooled transport per configuration), or undefined without SMTP. */
export function smtpOf(config: Config): SmtpSend | undefined {
  if (!config.smtpUrl) return undefined;
  let send = transports.get(config);
  if (!send) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    send = (mail) => transport.sendMail(mail);
    transports.set(config, send);
  }
  return send;
}

/**
 * Records a mail in its region's `mail_message`, inside the caller's transaction, so that the mail exists exactly when
 * the change it tells of commits. Without SMTP the row is the delivery (the local outbox, body kept); with SMTP the
 * row waits as 'sending' without its body (the link stays only in the recipient's mailbox) and `deliver` sends it
 * after the commit. Returns what `deliver` needs.
 */
export async function recordMail(tx: Sql, config: Config, at: Date, mail: Mail): Promise<Queued> {
  const smtp = smtpOf(config) !== undefined;
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO mail_message (region_id, kind, recipient, subject, body, status, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      mail.regionId,
      mail.kind,
      mail.to,
      mail.subject,
      smtp ? null : mail.text,
      smtp ? 'sending' : 'outbox',
      at,
    ],
  );
  return { ...mail, id: (row as { id: number }).id, viaSmtp: smtp };
}

export interface Queued extends Mail {
  id: number;
  viaSmtp: boolean;
}

/**
 * Sends recorded mail through SMTP after its transaction committed, and records the outcome: 'sent', or 'failed'
 * with the server's reason, which the region's administrator sees in the outbox. Never throws: a failure is recorded,
 * not lost, and the person's answer stays the same.
 */
export async function deliver(
  db: Sql,
  config: Config,
  at: () => Date,
  queued: readonly Queued[],
  log?: { error(o: object, msg: string): void },
): Promise<void> {
  const send = smtpOf(config);
  for (const mail of queued) {
    if (!mail.viaSmtp || !send) continue;
    try {
      await send({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
      await db.query(
        `UPDATE mail_message SET status = 'sent', sent_at = $3 WHERE region_id = $1 AND id = $2`,
        [mail.regionId, mail.id, at()],
      );
    } catch (err) {
      log?.error({ err, mailId: mail.id }, 'mail not accepted by the SMTP server');
      await db
        .query(`UPDATE mail_message SET status = 'failed', error = $3 WHERE region_id = $1 AND id = $2`, [
          mail.regionId,
          mail.id,
          String((err as Error).message ?? err).slice(0, 500),
        ])
        .catch(() => undefined);
    }
  }
}

export interface OutboxMessage {
  id: number;
  kind: string;
  recipient: string;
  subject: string;
  body: string | null;
  status: 'outbox' | 'sending' | 'sent' | 'failed';
  createdAt: Date;
  sentAt: Date | null;
  error: string | null;
}

/** The region's mail, newest first. */
export async function listOutbox(db: Sql, regionId: string, limit: number): Promise<OutboxMessage[]> {
  return db.query<OutboxMessage>(
    `SELECT id, kind, recipient, subject, body, status, created_at AS "createdAt", sent_at AS "sentAt", error
     FROM mail_message WHERE region_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
    [regionId, limit],
  );
}
