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
  ) {
    this.#partners = new PartnerCache(db);
  }

  partner(partnerId: string): Promise<Partner | null> {
    return this.#partners.get(partnerId, Date.now());
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
