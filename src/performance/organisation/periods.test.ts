import { describe, expect, it } from 'vitest';
import type { Problem } from '../../platform/problem';
import {
  checkPeriod,
  clashingHolding,
  type Holding,
  type HoldingKind,
  holdingsClash,
  inForceOn,
  periodsOverlap,
} from './periods';

const holding = (kind: HoldingKind, from: string, until: string | null = null): Holding => ({
  kind,
  period: { from, until },
});

describe('a period of an organisation record', () => {
  it('counts from its first day to its last, both included; an open one from its first day on', () => {
    const term = { from: '2021-02-01', until: '2024-01-31' };
    expect(inForceOn(term, '2021-01-31')).toBe(false);
    expect(inForceOn(term, '2021-02-01')).toBe(true);
    expect(inForceOn(term, '2024-01-31')).toBe(true);
    expect(inForceOn(term, '2024-02-01')).toBe(false);
    expect(inForceOn({ from: '2024-02-01', until: null }, '2099-12-31')).toBe(true);
  });

  it('may be a single day, but may not end before it starts', () => {
    expect(() => checkPeriod({ from: '2025-03-11', until: '2025-03-11' })).not.toThrow();
    expect(() => checkPeriod({ from: '2025-03-11', until: null })).not.toThrow();
    try {
      checkPeriod({ from: '2025-03-11', until: '2025-03-10' });
      expect.unreachable();
    } catch (err) {
      expect(err).toMatchObject({
        status: 422,
        code: 'PERIOD_ENDS_BEFORE_START',
        params: { from: '2025-03-11', lastDay: '2025-03-10' },
      } satisfies Partial<Problem>);
    }
  });

  it('overlaps another when they share a day: the last day of one and the first of the next', () => {
    const first = { from: '2021-02-01', until: '2024-01-31' };
    expect(periodsOverlap(first, { from: '2024-01-31', until: null })).toBe(true);
    expect(periodsOverlap(first, { from: '2024-02-01', until: null })).toBe(false);
    expect(periodsOverlap({ from: '2024-02-01', until: null }, first)).toBe(false);
    expect(periodsOverlap({ from: '2020-01-01', until: null }, { from: '2030-01-01', until: null })).toBe(
      true,
    );
    expect(
      periodsOverlap(
        { from: '2020-01-01', until: '2020-12-31' },
        { from: '2019-01-01', until: '2021-01-01' },
      ),
    ).toBe(true);
  });
});

describe('holdings of one position (one holder at a time; a Plh stands in beside an absent holder)', () => {
  it('a definitif head and the next one, handing over the day after, do not clash', () => {
    expect(
      holdingsClash(holding('definitif', '2021-02-01', '2024-01-31'), holding('definitif', '2024-02-01')),
    ).toBe(false);
  });

  it('two definitif holders on one day clash, and so do a definitif holder and a Plt', () => {
    expect(holdingsClash(holding('definitif', '2021-02-01'), holding('definitif', '2025-01-01'))).toBe(true);
    expect(
      holdingsClash(holding('definitif', '2021-02-01', '2024-06-30'), holding('plt', '2024-06-01')),
    ).toBe(true);
  });

  it('a Plt while the position is vacant, then the new definitif head, do not clash', () => {
    const plt = holding('plt', '2024-02-01', '2024-09-30');
    expect(holdingsClash(plt, holding('definitif', '2024-10-01'))).toBe(false);
  });

  it('a Plh during the definitif head’s leave stands beside the head; a second Plh the same days does not', () => {
    const head = holding('definitif', '2024-10-01');
    const leave = holding('plh', '2025-03-03', '2025-03-14');
    expect(holdingsClash(head, leave)).toBe(false);
    expect(holdingsClash(leave, holding('plh', '2025-03-10', '2025-03-12'))).toBe(true);
  });

  it('names the first holding a new one clashes with', () => {
    const others = [
      { id: 1, ...holding('definitif', '2019-01-02', '2023-12-31') },
      { id: 2, ...holding('plh', '2025-03-03', '2025-03-14') },
      { id: 3, ...holding('definitif', '2024-01-01') },
    ];
    expect(clashingHolding(others, holding('plt', '2025-01-01'))?.id).toBe(3);
    expect(clashingHolding(others, holding('plh', '2025-03-14', '2025-03-20'))?.id).toBe(2);
    expect(clashingHolding(others, holding('plh', '2025-04-01', '2025-04-05'))).toBeUndefined();
  });
});
