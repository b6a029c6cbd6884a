import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseBankBody } from './bank-body';
import { paidAtWithinWindow } from './paid-at-window';

/** The plumbing every bank channel (H2H, SNAP, QRIS's notification) shares. */
describe('the paid-at window', () => {
  const now = new Date('2025-03-11T03:00:00Z');
  const at = (ms: number) => new Date(now.getTime() + ms);
  it('takes a payment of the last 24 hours or up to 5 minutes ahead of the clock, and nothing beyond', () => {
    expect(paidAtWithinWindow(now, now)).toBe(true);
    expect(paidAtWithinWindow(now, at(-24 * 3600_000))).toBe(true);
    expect(paidAtWithinWindow(now, at(-24 * 3600_000 - 1))).toBe(false);
    expect(paidAtWithinWindow(now, at(5 * 60_000))).toBe(true);
    expect(paidAtWithinWindow(now, at(5 * 60_000 + 1))).toBe(false);
  });
});

describe("a bank's request body", () => {
  const schema = z.object({ billingCode: z.string(), amount: z.number().int().positive() });
  it('is read as JSON and checked by its schema', () => {
    expect(parseBankBody('{"billingCode":"1","amount":5}', schema)).toEqual({
      ok: true,
      data: { billingCode: '1', amount: 5 },
    });
  });
  it('refused: not JSON, a field missing, a field wrong, each named by its path', () => {
    expect(parseBankBody('{"billingCode":', schema)).toEqual({ ok: false, refusal: { reason: 'not_json' } });
    const missing = parseBankBody('{"billingCode":"1"}', schema);
    expect(missing.ok === false && missing.refusal).toMatchObject({
      reason: 'invalid',
      path: 'amount',
      missing: true,
    });
    const wrong = parseBankBody('{"billingCode":"1","amount":-5}', schema);
    expect(wrong.ok === false && wrong.refusal).toMatchObject({
      reason: 'invalid',
      path: 'amount',
      missing: false,
    });
  });
});
