import { describe, expect, it } from 'vitest';
import { PartnerRateLimit, RefusalThrottle, refusalKey } from './rate-limit';

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

describe('refusals before authentication: throttled and sampled per client address', () => {
  it('an address fails its budget, then is refused unchecked until the budget refills', () => {
    const throttle = new RefusalThrottle(30);
    let checked = 0;
    for (let i = 0; i < 1_000; i++) {
      if (throttle.admits('203.0.113.7', 0)) checked++;
      throttle.refused('203.0.113.7', 0);
    }
    expect(checked).toBe(30);
    expect(throttle.admits('198.51.100.1', 0)).toBe(true);
    // 30 a minute: one more check every two seconds.
    expect(throttle.admits('203.0.113.7', 1_000)).toBe(false);
    expect(throttle.admits('203.0.113.7', 2_000)).toBe(true);
  });

  it('writes the first refusal of an address each minute, carrying how many it did not write since', () => {
    const throttle = new RefusalThrottle(30);
    const written = [];
    for (let i = 0; i < 1_000; i++) {
      const sample = throttle.refused('203.0.113.7', i * 10);
      if (sample.write) written.push(sample.unwritten);
    }
    const next = throttle.refused('203.0.113.7', 61_000);
    expect(written).toEqual([0]);
    expect(next).toEqual({ write: true, unwritten: 999, forgotten: 0 });
    expect(throttle.refused('198.51.100.1', 61_000).write).toBe(true);
  });

  it('keeps its memory bounded: idle addresses are forgotten, their unwritten refusals counted for the server log', () => {
    const throttle = new RefusalThrottle(30);
    throttle.refused('203.0.113.7', 0);
    throttle.refused('203.0.113.7', 1);
    for (let i = 1; i < 10_000; i++) throttle.refused(`10.0.${i >> 8}.${i & 255}`, 0);
    expect(throttle.refused('198.51.100.1', 120_000)).toEqual({ write: true, unwritten: 0, forgotten: 1 });
    expect(throttle.admits('203.0.113.7', 120_000)).toBe(true);
  });

  it('counts an IPv6 client by its /64, however it spells the address; IPv4-mapped ones as IPv4', () => {
    expect(refusalKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(refusalKey('2001:DB8:1:2::9')).toBe('2001:db8:1:2::/64');
    expect(refusalKey('2001:db8::')).toBe('2001:db8:0:0::/64');
    expect(refusalKey('::1')).toBe('0:0:0:0::/64');
    expect(refusalKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(refusalKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(refusalKey('203.0.113.7')).toBe('203.0.113.7');
  });
});
