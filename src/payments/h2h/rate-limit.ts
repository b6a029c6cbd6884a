/**
 * A token bucket per partner: each may make `perSecond` requests a second on average, in bursts of up to one
 * second's worth. In memory, per process: a limit against a runaway client, not an accounting record.
 */
export class PartnerRateLimit {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  take(partnerId: string, perSecond: number, nowMs: number): boolean {
    const bucket = this.#buckets.get(partnerId) ?? { tokens: perSecond, at: nowMs };
    bucket.tokens = Math.min(perSecond, bucket.tokens + ((nowMs - bucket.at) / 1000) * perSecond);
    bucket.at = nowMs;
    this.#buckets.set(partnerId, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
