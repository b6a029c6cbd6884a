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

/** What the throttle says of one refused request. */
export interface RefusalSample {
  /** Whether this refusal is written to the request log. */
  write: boolean;
  /** When written: how many refusals of the same address since its previous written one were not. */
  unwritten: number;
  /** Refusals never written of idle addresses the throttle forgot to keep its memory bounded (for the server log). */
  forgotten: number;
}

const MINUTE_MS = 60_000;
/** Addresses remembered at most; past that the idle ones are forgotten, or all of them if none is idle. */
const MAX_ADDRESSES = 10_000;

/**
 * Requests refused before their partner is known (unknown partner, bad signature, stale timestamp, malformed
 * headers or body), per client address. Nobody answers for them, so their cost is bounded twice: an address may
 * fail `perMinute` times in a burst, refilled at that rate, and past that its requests are refused unchecked (no
 * signature, no database); and at most one of its refusals a minute is written to the request log, carrying how many
 * were not written since the previous one. In memory, per process, like the partners' limit.
 */
export class RefusalThrottle {
  readonly #addresses = new Map<
    string,
    { tokens: number; at: number; writtenAt: number; unwritten: number }
  >();

  constructor(private readonly perMinute: number) {}

  /** False once the address has used up its failures: refuse it without checking anything. */
  admits(address: string, nowMs: number): boolean {
    const entry = this.#addresses.get(refusalKey(address));
    return !entry || this.#refill(entry, nowMs) >= 1;
  }

  /** Counts a refusal of the address against its budget, and samples it for the log. */
  refused(address: string, nowMs: number): RefusalSample {
    const key = refusalKey(address);
    let entry = this.#addresses.get(key);
    let forgotten = 0;
    if (!entry) {
      if (this.#addresses.size >= MAX_ADDRESSES) forgotten = this.#forgetIdle(nowMs);
      entry = { tokens: this.perMinute, at: nowMs, writtenAt: Number.NEGATIVE_INFINITY, unwritten: 0 };
      this.#addresses.set(key, entry);
    }
    // One refused unchecked (its budget spent) takes nothing: the address gets a check again as the budget refills.
    if (this.#refill(entry, nowMs) >= 1) entry.tokens -= 1;
    if (nowMs - entry.writtenAt < MINUTE_MS) {
      entry.unwritten++;
      return { write: false, unwritten: 0, forgotten };
    }
    const unwritten = entry.unwritten;
    entry.writtenAt = nowMs;
    entry.unwritten = 0;
    return { write: true, unwritten, forgotten };
  }

  #refill(entry: { tokens: number; at: number }, nowMs: number): number {
    entry.tokens = Math.min(this.perMinute, entry.tokens + ((nowMs - entry.at) / MINUTE_MS) * this.perMinute);
    entry.at = nowMs;
    return entry.tokens;
  }

  /** Forgets the addresses refused nothing for a minute (all, if every one is active); answers their unwritten count. */
  #forgetIdle(nowMs: number): number {
    let forgotten = 0;
    for (const [key, entry] of this.#addresses) {
      if (nowMs - entry.at < MINUTE_MS) continue;
      forgotten += entry.unwritten;
      this.#addresses.delete(key);
    }
    if (this.#addresses.size < MAX_ADDRESSES) return forgotten;
    for (const entry of this.#addresses.values()) forgotten += entry.unwritten;
    this.#addresses.clear();
    return forgotten;
  }
}

/**
 * Whose budget a refusal takes: an IPv4 address, or an IPv6 /64, the block a single subscriber is given (walking
 * through the addresses of one's own /64 costs nothing).
 */
export function refusalKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
