import { describe, expect, it } from 'vitest';
import type { Rounding } from '../../platform/rounding';
import { HKPD_INTEREST, interestTerms } from '../../receivables';
import { type DebtToOffset, planOffset } from './kompensasi';

const exact: Rounding = { mode: 'down', unit: 1 };
const OFFSET_DAY = '2025-03-11';
const debt = (billId: number, dueDate: string, outstanding: number): DebtToOffset => ({
  billId,
  dueDate,
  outstanding,
  terms: interestTerms({ dueDate, paymentDate: OFFSET_DAY, regime: HKPD_INTEREST }),
});

// On 11 March 2025: January's Rp1,000,000 (due 31 January) is 2 months late, interest Rp20,000; February's
// Rp500,000 (due 28 February) 1 month late, interest Rp5,000 (PP 35/2023 Pasal 59(7), 1% a month started).
const january = debt(1, '2025-01-31', 1_000_000);
const february = debt(2, '2025-02-28', 500_000);

describe('kompensasi: an SKPDLB pays the taxpayer’s debts, oldest first, with their interest to the day', () => {
  it('Rp2,000,000 pays both bills in full (Rp1,525,000) and Rp475,000 is left to refund', () => {
    expect(planOffset(2_000_000, [february, january], exact)).toEqual({
      items: [
        { billId: 1, principal: 1_000_000, interest: 20_000, settles: true },
        { billId: 2, principal: 500_000, interest: 5_000, settles: true },
      ],
      used: 1_525_000,
    });
  });

  it('Rp1,300,000 pays January in full and Rp277,228 of February with its Rp2,772 interest', () => {
    // Left after January: 280,000. The largest p with p + 1% of p (rounded down) ≤ 280,000 is 277,228:
    // 277,228 + 2,772 = 280,000; 277,229 + 2,772 = 280,001 is one rupiah too many.
    expect(planOffset(1_300_000, [january, february], exact)).toEqual({
      items: [
        { billId: 1, principal: 1_000_000, interest: 20_000, settles: true },
        { billId: 2, principal: 277_228, interest: 2_772, settles: false },
      ],
      used: 1_300_000,
    });
  });

  it('a rupiah that cannot carry its own interest goes on to the next bill: Rp1,300,072', () => {
    // Left after January: 280,072. p + 1% of p (rounded down) jumps from 280,071 (p = 277,299) to 280,073
    // (p = 277,300), so February takes 280,071 and the last rupiah pays Rp1 of March, not yet due.
    const march = debt(3, '2025-03-31', 600_000);
    expect(planOffset(1_300_072, [january, february, march], exact)).toEqual({
      items: [
        { billId: 1, principal: 1_000_000, interest: 20_000, settles: true },
        { billId: 2, principal: 277_299, interest: 2_772, settles: false },
        { billId: 3, principal: 1, interest: 0, settles: false },
      ],
      used: 1_300_072,
    });
  });

  it('a bill not yet due costs its principal alone', () => {
    const april = debt(3, '2025-04-30', 750_000);
    expect(planOffset(1_000_000, [april], exact)).toEqual({
      items: [{ billId: 3, principal: 750_000, interest: 0, settles: true }],
      used: 750_000,
    });
  });

  it('no debts, or no credit, offsets nothing', () => {
    expect(planOffset(500_000, [], exact)).toEqual({ items: [], used: 0 });
    expect(planOffset(0, [january], exact)).toEqual({ items: [], used: 0 });
  });

  it('never uses more than the credit, whatever the bills', () => {
    for (let credit = 0; credit < 40_000; credit += 997) {
      const { items, used } = planOffset(credit, [january, february], { mode: 'up', unit: 100 });
      expect(used).toBeLessThanOrEqual(credit);
      expect(items.reduce((s, i) => s + i.principal + i.interest, 0)).toBe(used);
    }
  });
});
