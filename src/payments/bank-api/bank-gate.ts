import type { Sql } from '../../db/database';
import { type Partner, PartnerCache } from '../partner';
import { PartnerRateLimit, type RefusalSample, RefusalThrottle } from './rate-limit';

/**
 * How many requests refused before authentication a client address may make a minute (in a burst, then refilled at
 * that rate) before the rest are refused unchecked. A bank that has its secret or clock wrong fails every request,
 * and gets 65 / 429 past this; a flood of forged requests costs a signature check every two seconds.
 */
const REFUSALS_PER_MINUTE = 30;

/**
 * What the bank-facing APIs of one server share: the partner lookup (cached briefly), each partner's request
 * budget, and the throttle of requests refused before authentication. One per server, so that a bank calling both
 * the H2H and the SNAP API has one rate limit, not one per API, and a flood through either is throttled as one.
 */
export class BankGate {
  readonly #partners: PartnerCache;
  readonly #limiter = new PartnerRateLimit();
  readonly #refusals = new RefusalThrottle(REFUSALS_PER_MINUTE);

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

  /** Before anything is checked: false when the client address has spent its failures (answer 65 / 429 unchecked). */
  admits(clientAddress: string): boolean {
    return this.#refusals.admits(clientAddress, Date.now());
  }

  /** A request refused before its partner was known: counted against its address, and sampled for the log. */
  refused(clientAddress: string): RefusalSample {
    return this.#refusals.refused(clientAddress, Date.now());
  }
}
