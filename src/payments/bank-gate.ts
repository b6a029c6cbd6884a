import type { Sql } from '../db/database';
import { PartnerRateLimit } from './h2h/rate-limit';
import { type Partner, PartnerCache } from './partner';

/**
 * What the bank-facing APIs of one server share: the partner lookup (cached briefly) and each partner's request
 * budget. One per server, so that a bank calling both the H2H and the SNAP API has one rate limit, not one per API.
 */
export class BankGate {
  readonly #partners: PartnerCache;
  readonly #limiter = new PartnerRateLimit();

  constructor(
    db: Sql,
    /** The limit of a partner that has none of its own. */
    private readonly defaultRequestsPerSecond: number,
    /** Demo mode: only then do the demo's banks, whose secrets are public, exist for the bank APIs. */
    private readonly demo: boolean,
  ) {
    this.#partners = new PartnerCache(db);
  }

  /** The partner a request names, if it may call: outside demo mode a demo bank is as unknown as a made-up id. */
  async partner(partnerId: string): Promise<Partner | null> {
    const partner = await this.#partners.get(partnerId, Date.now());
    return partner?.demo && !this.demo ? null : partner;
  }

  /** Takes one request from the partner's budget; false when it is spent. */
  withinRate(partner: Partner): boolean {
    return this.#limiter.take(
      partner.partnerId,
      partner.requestsPerSecond ?? this.defaultRequestsPerSecond,
      Date.now(),
    );
  }
}
