import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchStatement, type PaymentToMatch } from './match-statement';

const payment = (id: number, bankReference: string, amount: number, reversed = false): PaymentToMatch => ({
  id,
  bankReference,
  amount,
  reversed,
});

describe('matching a statement to the day’s payments', () => {
  it('sorts each side into matched, amount differs, in the bank only and in Balai only', () => {
    const findings = matchStatement(
      [
        { lineNo: 2, bankReference: 'R1', amount: 100 },
        { lineNo: 3, bankReference: 'r2 ', amount: 190 },
        { lineNo: 4, bankReference: 'R9', amount: 50 },
      ],
      [payment(1, 'R1', 100), payment(2, 'R2', 200), payment(3, 'R3', 300)],
    );
    expect(findings).toEqual([
      { kind: 'matched', lineNo: 2, paymentId: 1, amount: 100 },
      { kind: 'amount_differs', lineNo: 3, paymentId: 2, bankAmount: 190, balaiAmount: 200 },
      { kind: 'in_bank_only', lineNo: 4, bankAmount: 50, reversedPaymentId: null },
      { kind: 'in_balai_only', paymentId: 3, balaiAmount: 300 },
    ]);
  });

  it('a reversed payment is never matched: its line is in the bank only, naming it, and it is not missing', () => {
    expect(
      matchStatement([{ lineNo: 2, bankReference: 'R1', amount: 100 }], [payment(1, 'R1', 100, true)]),
    ).toEqual([{ kind: 'in_bank_only', lineNo: 2, bankAmount: 100, reversedPaymentId: 1 }]);
    expect(matchStatement([], [payment(1, 'R1', 100, true)])).toEqual([]);
  });

  it('a reference printed twice matches once; the second line is a credit Balai does not have', () => {
    expect(
      matchStatement(
        [
          { lineNo: 3, bankReference: 'R1', amount: 100 },
          { lineNo: 2, bankReference: 'R1', amount: 100 },
        ],
        [payment(1, 'R1', 100)],
      ),
    ).toEqual([
      { kind: 'matched', lineNo: 2, paymentId: 1, amount: 100 },
      { kind: 'in_bank_only', lineNo: 3, bankAmount: 100, reversedPaymentId: null },
    ]);
  });

  it('every line and every live payment is accounted for exactly once', () => {
    const reference = fc.constantFrom('A', 'B', 'C', 'D', 'E');
    fc.assert(
      fc.property(
        fc.array(fc.record({ bankReference: reference, amount: fc.integer({ min: 1, max: 3 }) }), {
          maxLength: 8,
        }),
        fc.uniqueArray(
          fc.record({
            bankReference: reference,
            amount: fc.integer({ min: 1, max: 3 }),
            reversed: fc.boolean(),
          }),
          {
            selector: (p) => p.bankReference,
            maxLength: 5,
          },
        ),
        (lines, payments) => {
          const findings = matchStatement(
            lines.map((l, i) => ({ ...l, lineNo: i + 2 })),
            payments.map((p, i) => ({ ...p, id: i + 1 })),
          );
          const linesSeen = findings.flatMap((f) => ('lineNo' in f ? [f.lineNo] : []));
          const paymentsSeen = findings.flatMap((f) => (f.kind === 'in_bank_only' ? [] : [f.paymentId]));
          expect(linesSeen.sort((a, b) => a - b)).toEqual(lines.map((_, i) => i + 2));
          expect(paymentsSeen.sort((a, b) => a - b)).toEqual(
            payments.flatMap((p, i) => (p.reversed ? [] : [i + 1])),
          );
        },
      ),
    );
  });
});
