import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rounding } from '../../platform/rounding';
import {
  type Amnesty,
  HKPD_INTEREST,
  type InterestPolicy,
  lateInterest,
  monthsLate,
  PDRD_INTEREST,
  regimeFor,
} from './penalty';

const exact: Rounding = { mode: 'down', unit: 1 };

/** The calendar day `n` days after `date`, by UTC arithmetic: an independent reference for these tests. */
function daysAfter(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

const anyDate = fc.integer({ min: 0, max: 40_000 }).map((n) => daysAfter('2000-01-01', n)); // 2000-01-01 … 2109-07-06

describe('monthsLate: a started month counts as a full month (PP 35/2023 Pasal 59(7))', () => {
  // Domain file §1.10, worked examples of the month count, with the interest at 1% on Rp2,000,000.
  it.each([
    ['2025-04-10', '2025-04-10', 0, 0],
    ['2025-04-10', '2025-04-11', 1, 20_000],
    ['2025-04-10', '2025-05-10', 1, 20_000],
    ['2025-04-10', '2025-05-11', 2, 40_000],
    ['2025-01-31', '2025-02-28', 1, 20_000],
    ['2025-01-31', '2025-03-01', 2, 40_000],
    ['2024-03-15', '2026-05-05', 26, 480_000],
  ])('due %s, paid %s: %i months started, interest Rp%i', (due, paid, months, interest) => {
    expect(monthsLate(due, paid)).toBe(months);
    const r = lateInterest({
      principal: 2_000_000,
      dueDate: due,
      paymentDate: paid,
      regime: HKPD_INTEREST,
      rounding: exact,
    });
    expect(r.months).toBe(months);
    expect(r.penalty).toBe(interest);
    expect(r.total).toBe(2_000_000 + interest);
  });

  it('with a due date of 31 January, month 2 ends on 31 March, not 28 March', () => {
    expect(monthsLate('2025-01-31', '2025-03-29')).toBe(2);
    expect(monthsLate('2025-01-31', '2025-03-31')).toBe(2);
    expect(monthsLate('2025-01-31', '2025-04-01')).toBe(3);
  });

  it('a payment before the due date is not late', () => {
    expect(monthsLate('2025-04-10', '2025-03-01')).toBe(0);
  });

  it('is the smallest N ≥ 1 with payment ≤ due + N months, checked against a plain search', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 1200 }), (due, lateBy) => {
        const paid = daysAfter(due, lateBy);
        let n = 1;
        while (!(paid <= addMonthsForReference(due, n))) n++;
        expect(monthsLate(due, paid)).toBe(n);
      }),
    );
  });

  it('increases by at most one month from one day to the next', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -40, max: 1200 }), (due, offset) => {
        const day = daysAfter(due, offset);
        const step = monthsLate(due, daysAfter(day, 1)) - monthsLate(due, day);
        expect(step === 0 || step === 1).toBe(true);
      }),
    );
  });
});

/** Same day n months on, clamped, computed with UTC dates (independent of calendar.ts). */
function addMonthsForReference(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m - 1 + n + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + n, Math.min(d, last))).toISOString().slice(0, 10);
}

describe('lateInterest', () => {
  it('charges at most 24 months under HKPD: 26 months started are billed as 24 (24% in all)', () => {
    const r = lateInterest({
      principal: 2_000_000,
      dueDate: '2024-03-15',
      paymentDate: '2026-05-05',
      regime: HKPD_INTEREST,
      rounding: exact,
    });
    expect(r).toEqual({
      months: 26,
      chargedMonths: 24,
      ratePerMonthPpm: 10_000,
      penalty: 480_000,
      total: 2_480_000,
      regime: 'HKPD',
      waivedByAmnesty: 0,
    });
  });

  it('PDRD arrears run at 2% per month up to 48%', () => {
    const r = lateInterest({
      principal: 1_000_000,
      dueDate: '2022-07-31',
      paymentDate: '2025-01-01',
      regime: PDRD_INTEREST,
      rounding: exact,
    });
    expect(r.chargedMonths).toBe(24);
    expect(r.penalty).toBe(480_000);
    expect(r.regime).toBe('PDRD');
  });

  it('rounds the interest once by the region rule: 3 months × 1% of Rp1,234,567 = 37,037.01', () => {
    const base = {
      principal: 1_234_567,
      dueDate: '2025-04-10',
      paymentDate: '2025-07-01',
      regime: HKPD_INTEREST,
    } as const;
    expect(lateInterest({ ...base, rounding: exact }).penalty).toBe(37_037);
    expect(lateInterest({ ...base, rounding: { mode: 'down', unit: 100 } }).penalty).toBe(37_000);
    expect(lateInterest({ ...base, rounding: { mode: 'up', unit: 100 } }).penalty).toBe(37_100);
  });

  it('is exact for a principal whose interest product passes 2^53', () => {
    const r = lateInterest({
      principal: 8_000_000_000_000_001,
      dueDate: '2025-01-10',
      paymentDate: '2025-01-11',
      regime: HKPD_INTEREST,
      rounding: { mode: 'up', unit: 1 },
    });
    expect(r.penalty).toBe(80_000_000_000_001); // 80,000,000,000,000.01 rounded up
    expect(r.total).toBe(8_080_000_000_000_002);
  });

  it('refuses a negative or fractional principal', () => {
    const base = { dueDate: '2025-01-10', paymentDate: '2025-03-01', regime: HKPD_INTEREST, rounding: exact };
    expect(() => lateInterest({ ...base, principal: -1 })).toThrow(RangeError);
    expect(() => lateInterest({ ...base, principal: 100.5 })).toThrow(RangeError);
  });
});

describe('amnesty (pemutihan) windows from region config', () => {
  const dki2022: Amnesty = { from: '2022-09-15', to: '2022-12-15', waivePpm: 1_000_000 };
  const base = {
    principal: 2_000_000,
    dueDate: '2022-01-31',
    regime: PDRD_INTEREST,
    rounding: exact,
    amnesties: [dki2022],
  };

  it('a payment inside the window has its interest waived in full', () => {
    const r = lateInterest({ ...base, paymentDate: '2022-10-01' });
    expect(r.months).toBe(9);
    expect(r.penalty).toBe(0);
    expect(r.waivedByAmnesty).toBe(360_000);
    expect(r.total).toBe(2_000_000);
  });

  it('the window includes both its first and last day', () => {
    expect(lateInterest({ ...base, paymentDate: '2022-09-15' }).penalty).toBe(0);
    expect(lateInterest({ ...base, paymentDate: '2022-12-15' }).penalty).toBe(0);
  });

  it('a payment the day after the window pays full interest', () => {
    const r = lateInterest({ ...base, paymentDate: '2022-12-16' });
    expect(r.penalty).toBe(440_000); // 11 months started × 2% × Rp2,000,000
    expect(r.waivedByAmnesty).toBe(0);
  });

  it('a 50% waiver halves the interest; penalty plus waived equals the interest before amnesty', () => {
    const r = lateInterest({
      ...base,
      rounding: { mode: 'up', unit: 1000 },
      principal: 1_234_567,
      amnesties: [{ ...dki2022, waivePpm: 500_000 }],
      paymentDate: '2022-10-01',
    });
    // 9 months × 2% × 1,234,567 = 222,222.06 → 223,000 before; half = 111,111.03 → 112,000.
    expect(r.penalty).toBe(112_000);
    expect(r.waivedByAmnesty).toBe(111_000);
  });

  it('overlapping windows give the most generous waiver, not the sum', () => {
    const r = lateInterest({
      ...base,
      amnesties: [
        { from: '2022-10-01', to: '2022-10-31', waivePpm: 500_000 },
        { from: '2022-09-01', to: '2022-12-31', waivePpm: 750_000 },
      ],
      paymentDate: '2022-10-10',
    });
    expect(r.penalty).toBe(90_000);
  });

  it('refuses a waiver above 100% and a window that ends before it starts', () => {
    expect(() =>
      lateInterest({ ...base, paymentDate: '2022-10-01', amnesties: [{ ...dki2022, waivePpm: 1_000_001 }] }),
    ).toThrow(RangeError);
    expect(() =>
      lateInterest({
        ...base,
        paymentDate: '2022-10-01',
        amnesties: [{ from: '2022-12-15', to: '2022-09-15', waivePpm: 1 }],
      }),
    ).toThrow(RangeError);
  });
});

describe('regimeFor: a Perda transition is not retroactive', () => {
  // Kab. Lebong, Perda 1/2024: 1% from 2024; arrears from earlier years keep 2%.
  const lebong: InterestPolicy = { transitionDate: '2024-01-01', before: PDRD_INTEREST, from: HKPD_INTEREST };

  it('a tax due before the transition keeps the PDRD 2% even when paid after it', () => {
    expect(regimeFor(lebong, '2023-11-29').name).toBe('PDRD');
    expect(regimeFor(lebong, '2023-12-31').ratePerMonthPpm).toBe(20_000);
  });

  it('a tax due on or after the transition date uses HKPD 1%', () => {
    expect(regimeFor(lebong, '2024-01-01').name).toBe('HKPD');
    expect(regimeFor(lebong, '2024-11-29').ratePerMonthPpm).toBe(10_000);
  });
});

describe('properties of late interest', () => {
  const principal = fc.integer({ min: 0, max: 100_000_000_000 });
  const regime = fc.constantFrom(HKPD_INTEREST, PDRD_INTEREST);
  const rounding = fc.record({
    mode: fc.constantFrom('down' as const, 'half-up' as const, 'up' as const),
    unit: fc.constantFrom(1 as const, 10 as const, 100 as const, 1000 as const),
  });

  it('is zero on or before the due date', () => {
    fc.assert(
      fc.property(
        principal,
        anyDate,
        fc.integer({ min: 0, max: 3000 }),
        regime,
        rounding,
        (p, due, early, g, r) => {
          const res = lateInterest({
            principal: p,
            dueDate: due,
            paymentDate: daysAfter(due, -early),
            regime: g,
            rounding: r,
          });
          expect(res.penalty).toBe(0);
          expect(res.months).toBe(0);
        },
      ),
    );
  });

  it('never decreases as the payment date moves later', () => {
    fc.assert(
      fc.property(
        principal,
        anyDate,
        fc.integer({ min: -60, max: 1500 }),
        fc.integer({ min: 1, max: 400 }),
        regime,
        rounding,
        (p, due, offset, later, g, r) => {
          const at = (paymentDate: string) =>
            lateInterest({ principal: p, dueDate: due, paymentDate, regime: g, rounding: r }).penalty;
          const first = daysAfter(due, offset);
          expect(at(daysAfter(first, later))).toBeGreaterThanOrEqual(at(first));
        },
      ),
    );
  });

  it('never exceeds principal × rate × maximum months (rounded by the same rule)', () => {
    fc.assert(
      fc.property(
        principal,
        anyDate,
        fc.integer({ min: 0, max: 5000 }),
        regime,
        rounding,
        (p, due, late, g, r) => {
          const res = lateInterest({
            principal: p,
            dueDate: due,
            paymentDate: daysAfter(due, late),
            regime: g,
            rounding: r,
          });
          const cap = lateInterest({
            principal: p,
            dueDate: '2000-01-01',
            paymentDate: '2099-01-01',
            regime: g,
            rounding: r,
          });
          expect(cap.chargedMonths).toBe(g.maxMonths);
          expect(res.penalty).toBeLessThanOrEqual(cap.penalty);
          expect(BigInt(res.penalty) * 1_000_000n).toBeLessThanOrEqual(
            BigInt(p) * BigInt(g.ratePerMonthPpm) * BigInt(g.maxMonths) + BigInt(r.unit) * 1_000_000n - 1n,
          );
        },
      ),
    );
  });
});

describe('interest already billed by an STPD', () => {
  const regime = { name: 'HKPD' as const, ratePerMonthPpm: 10_000, maxMonths: 24 };
  const rounding = { mode: 'down' as const, unit: 1 as const };

  it('is not charged again: three months billed, five started, two charged', () => {
    const r = lateInterest({
      principal: 2_000_000,
      dueDate: '2025-04-10',
      paymentDate: '2025-09-01',
      regime,
      rounding,
      alreadyBilledMonths: 3,
    });
    expect(r).toMatchObject({ months: 5, chargedMonths: 2, penalty: 40_000 });
  });

  it('never goes below zero, and the 24-month cap counts the billed months too', () => {
    const r = lateInterest({
      principal: 1_000_000,
      dueDate: '2022-01-10',
      paymentDate: '2025-09-01',
      regime,
      rounding,
      alreadyBilledMonths: 24,
    });
    expect(r).toMatchObject({ chargedMonths: 0, penalty: 0 });
  });
});
