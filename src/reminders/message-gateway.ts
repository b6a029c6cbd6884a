import { randomUUID } from 'node:crypto';
import type { Config } from '../config';
import type { Sql } from '../db/database';

/** A WhatsApp or SMS message to one phone number. `reference` is Balai's own (the reminder), for the provider's log. */
export interface GatewayMessage {
  regionId: string;
  to: string;
  text: string;
  reference: string;
  at: Date;
}

/**
 * A WhatsApp/SMS provider as the reminders see it, as the banks' APIs are seen through their adapters: one call that
 * either hands the message over and answers the provider's message id, or throws (the reminder is recorded as
 * failed, with the error, and retried by the next run). Which one a process uses is configuration
 * (`BALAI_MESSAGE_GATEWAY`, `gatewayFor`).
 */
export interface MessageGateway {
  readonly name: string;
  send(db: Sql, message: GatewayMessage): Promise<{ messageId: string }>;
}

/**
 * The demo's and the tests' gateway: sends nothing and logs what it would have sent (gateway_sandbox_message), which
 * staff read as a provider's dashboard would show it.
 */
export const sandboxGateway: MessageGateway = {
  name: 'sandbox',
  async send(db, m) {
    const messageId = `SBX-${randomUUID()}`;
    await db.query(
      `INSERT INTO gateway_sandbox_message (region_id, message_id, recipient, body, reference, accepted_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [m.regionId, messageId, m.to, m.text, m.reference, m.at],
    );
    return { messageId };
  },
};

/**
 * A provider reached through a small webhook of its own (most Indonesian WhatsApp Business and SMS providers are
 * fronted so): `POST { to, text, reference }` as JSON, answered by `{ messageId }`. Anything else is an error.
 */
export function webhookGateway(url: string, token: string | undefined): MessageGateway {
  return {
    name: 'webhook',
    async send(_db, m) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ to: m.to, text: m.text, reference: m.reference }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!res.ok) throw new Error(`gateway answered ${res.status}`);
      const body = (await res.json().catch(() => null)) as { messageId?: unknown } | null;
      if (typeof body?.messageId !== 'string') throw new Error('gateway answered no messageId');
      return { messageId: body.messageId };
    },
  };
}

/** The gateway this configuration names, or null when WhatsApp/SMS reminders are off. */
export function gatewayFor(config: Config): MessageGateway | null {
  if (config.messageGateway === 'sandbox') return sandboxGateway;
  if (config.messageGateway === 'webhook' && config.messageGatewayUrl)
    return webhookGateway(config.messageGatewayUrl, config.messageGatewayToken);
  return null;
}

/** A phone number as gateways take it (62…): Indonesian numbers are written 08…, +62 8… or 62 8…. */
export function internationalPhone(phone: string | null): string | null {
  if (!phone) return null;
  const digits = phone.replace(/[^\d+]/g, '').replace(/^\+/, '');
  const normal = digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
  return /^62\d{8,13}$/.test(normal) ? normal : null;
}
