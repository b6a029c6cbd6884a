import { describe, expect, it } from 'vitest';
import { PartnerRateLimit } from './rate-limit';

describe('partner rate limit: a token bucket of one second', () => {
  it('allows a burst of one second of requests, then refuses until tokens refill', () => {
    const limit = new PartnerRateLimit();
    const allowed = Array.from({ length: 12 }, () => limit.take('BANK-A', 10, 1_000)).filter(Boolean).length;
    expect(allowed).toBe(10);
    expect(limit.take('BANK-A', 10, 1_050)).toBe(false);
    expect(limit.take('BANK-A', 10, 1_100)).toBe(true);
  });

  it('keeps partners apart: one bank at its limit does not throttle another', () => {
    const limit = new PartnerRateLimit();
    for (let i = 0; i < 5; i++) limit.take('BANK-A', 5, 0);
    expect(limit.take('BANK-A', 5, 0)).toBe(false);
    expect(limit.take('BANK-B', 5, 0)).toBe(true);
  });

  it('sustains the configured rate over time', () => {
    const limit = new PartnerRateLimit();
    let allowed = 0;
    for (let ms = 0; ms < 10_000; ms++) if (limit.take('BANK-A', 500, ms)) allowed++;
    // 500 of burst at the start, then 500 a second for the remaining ~10 s.
    expect(allowed).toBeGreaterThanOrEqual(5_400);
    expect(allowed).toBeLessThanOrEqual(5_500);
  });
});
