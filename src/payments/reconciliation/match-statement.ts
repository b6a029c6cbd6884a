import { normaliseReference } from './statement-format';

/**
 * Daily reconciliation (domain notes §4.6 rule 4): the bank's statement of one partner and day against the
 * payments Balai posted for that partner and day. The bank reference is the key on both sides (the bank sends it
 * with every payment and prints it on its statement); the amount must then agree.
 *
 * - matched: the same reference and amount on both sides;
 * - amount_differs: the same reference, another amount;
 * - in_bank_only: a credit on the statement with no live payment in Balai (none at all, one already matched by an
 *   earlier line with the same reference, or a payment the bank reversed: then `reversedPaymentId` names it);
 * - in_balai_only: a live payment the statement does not show.
 *
 * A reversed payment is not expected on the statement and is never matched.
 */

export interface LineToMatch {
  lineNo: number;
  bankReference: string;
  amount: number;
}

export interface PaymentToMatch {
  id: number;
  bankReference: string;
  amount: number;
  reversed: boolean;
}

export type Finding =
  | { kind: 'matched'; lineNo: number; paymentId: number; amount: number }
  | { kind: 'amount_differs'; lineNo: number; paymentId: number; bankAmount: number; balaiAmount: number }
  | { kind: 'in_bank_only'; lineNo: number; bankAmount: number; reversedPaymentId: number | null }
  | { kind: 'in_balai_only'; paymentId: number; balaiAmount: number };

export type MismatchFinding = Exclude<Finding, { kind: 'matched' }>;

export function matchStatement(
  lines: readonly LineToMatch[],
  payments: readonly PaymentToMatch[],
): Finding[] {
  const live = new Map<string, PaymentToMatch>();
  const reversed = new Map<string, PaymentToMatch>();
  for (const p of payments) (p.reversed ? reversed : live).set(normaliseReference(p.bankReference), p);

  const findings: Finding[] = [];
  const claimed = new Set<number>();
  for (const line of [...lines].sort((a, b) => a.lineNo - b.lineNo)) {
    const key = normaliseReference(line.bankReference);
    const payment = live.get(key);
    if (payment && !claimed.has(payment.id)) {
      claimed.add(payment.id);
      findings.push(
        payment.amount === line.amount
          ? { kind: 'matched', lineNo: line.lineNo, paymentId: payment.id, amount: line.amount }
          : {
              kind: 'amount_differs',
              lineNo: line.lineNo,
              paymentId: payment.id,
              bankAmount: line.amount,
              balaiAmount: payment.amount,
            },
      );
      continue;
    }
    findings.push({
      kind: 'in_bank_only',
      lineNo: line.lineNo,
      bankAmount: line.amount,
      reversedPaymentId: reversed.get(key)?.id ?? null,
    });
  }
  for (const p of payments) {
    if (!p.reversed && !claimed.has(p.id)) {
      findings.push({ kind: 'in_balai_only', paymentId: p.id, balaiAmount: p.amount });
    }
  }
  return findings;
}

/** The key a mismatch is stored under: finding it again on a later import must find the same row. */
export function mismatchKey(f: MismatchFinding): { lineNo: number | null; paymentId: number | null } {
  switch (f.kind) {
    case 'amount_differs':
      return { lineNo: f.lineNo, paymentId: f.paymentId };
    case 'in_bank_only':
      return { lineNo: f.lineNo, paymentId: f.reversedPaymentId };
    case 'in_balai_only':
      return { lineNo: null, paymentId: f.paymentId };
  }
}
