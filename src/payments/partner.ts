import type { Sql } from '../db/database';
import type { TimeZone } from '../platform/clock';

/** A bank or QRIS acquirer allowed to pay one region's bills through the host-to-host API. */
export interface Partner {
  partnerId: string;
  regionId: string;
  name: string;
  /** Its money lands in the ledger's `kas:<channel>`. */
  channel: string;
  secret: string;
  snapPublicKey: string | null;
  vaPrefix: string | null;
  requestsPerSecond: number | null;
  active: boolean;
  /** A demo bank, whose secret is public (README): it may call only a server in demo mode. */
  demo: boolean;
  /** The region's time zone: its calendar day decides interest, the reversal window and X-EXTERNAL-ID's day. */
  timeZone: TimeZone;
}

const PARTNER_SELECT = `SELECT p.partner_id AS "partnerId", p.region_id AS "regionId", p.name, p.channel, p.secret,
  p.snap_public_key AS "snapPublicKey", p.va_prefix AS "vaPrefix", p.requests_per_second AS "requestsPerSecond",
  p.active, p.demo, r.time_zone AS "timeZone"
  FROM payment_partner p JOIN region r ON r.region_id = p.region_id`;

export async function findPartner(db: Sql, partnerId: string): Promise<Partner | null> {
  const [row] = await db.query<Partner>(`${PARTNER_SELECT} WHERE p.partner_id = $1`, [partnerId]);
  return row ?? null;
}

export async function partnersOf(db: Sql, regionId: string): Promise<Partner[]> {
  return db.query<Partner>(`${PARTNER_SELECT} WHERE p.region_id = $1 ORDER BY p.partner_id`, [regionId]);
}

export interface NewPartner {
  partnerId: string;
  regionId: string;
  name: string;
  channel: string;
  secret: string;
  snapPublicKey?: string | null;
  vaPrefix?: string | null;
  requestsPerSecond?: number | null;
}

export async function addPartner(db: Sql, at: Date, p: NewPartner): Promise<void> {
  await db.query(
    `INSERT INTO payment_partner (partner_id, region_id, name, channel, secret, snap_public_key, va_prefix,
       requests_per_second, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      p.partnerId,
      p.regionId,
      p.name,
      p.channel,
      p.secret,
      p.snapPublicKey ?? null,
      p.vaPrefix ?? null,
      p.requestsPerSecond ?? null,
      at,
    ],
  );
}

/**
 * Partners are read on every bank request; a short-lived cache keeps that off the database at a bank's peak.
 * A changed secret or a deactivation takes effect within `ttlMs`.
 */
export class PartnerCache {
  readonly #entries = new Map<string, { partner: Partner | null; until: number }>();
  constructor(
    private readonly db: Sql,
    private readonly ttlMs = 10_000,
  ) {}

  async get(partnerId: string, nowMs: number): Promise<Partner | null> {
    const hit = this.#entries.get(partnerId);
    if (hit && hit.until > nowMs) return hit.partner;
    const partner = await findPartner(this.db, partnerId);
    // Unknown ids are cached too, so a flood of made-up ids cannot hammer the database; but keep the map bounded.
    if (this.#entries.size > 10_000) this.#entries.clear();
    this.#entries.set(partnerId, { partner, until: nowMs + this.ttlMs });
    return partner;
  }
}

/** The region's QRIS acquirer: the active partner whose money lands in `kas:qris`, if the region has one. */
export async function qrisAcquirerOf(db: Sql, regionId: string): Promise<Partner | null> {
  const [row] = await db.query<Partner>(
    `${PARTNER_SELECT} WHERE p.region_id = $1 AND p.channel = 'qris' AND p.active ORDER BY p.partner_id LIMIT 1`,
    [regionId],
  );
  return row ?? null;
}
