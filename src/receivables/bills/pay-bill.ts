import type { Sql } from '../../db/database';
import { Problem } from '../../platform/problem';
import { ACCOUNT, type NewJournal, postJournals } from '../ledger/journal';
import { formatBillingCode } from '../rules/billing-code';
import { type AmountDue, amountDueOn } from './amount-due';
import { lockOpenBills } from './bill';
import { type CollectionPolicy, issuerOf } from './bill-issuers';
import { interestCredits } from './bill-lines';
import { markManyPaid, markSettled } from './bill-status';
import { type BillQuote, quoteBill } from './quote-bill';

export interface Payment {
  regionId: string;
  billId: number;
  amount: number;
  /** The region's calendar day the money was received: interest is counted to it. */
  day: string;
  /** Where the money is: `kas:<channel>` (a bank, a counter). */
  channel: string;
  actorId: number | null;
  memo: string;
}

/**
 * Settles a bill in full: books the late-payment interest due that day (receivable against sanction revenue),
 * then the payment (cash against receivable), and marks the bill paid, all in the caller's transaction with the
 * bill locked, so two payments of one bill cannot both succeed. The amount must be exactly what is due.
 */
export async function payBill(tx: Sql, at: Date, p: Payment): Promise<AmountDue & { journalId: number }> {
  return settleBill(tx, at, await quoteBill(tx, p.regionId, p.billId, p.day, { lock: true }), p);
}

/** `payBill` for a bill the caller has already quoted for the payment's day with the bill locked. */
export async function settleBill(
  tx: Sql,
  at: Date,
  quote: BillQuote,
  p: Omit<Payment, 'billId'>,
): Promise<AmountDue & { journalId: number }> {
  const ids = await postJournals(tx, settlementJournals(at, quote, p));
  const journalId = ids.at(-1) as number;
  await markSettled(tx, p.regionId, quote.bill.id, 'paid', at);
  return { ...quote.due, journalId };
}

/**
 * The journals that settle a bill in full, the payment's last: the late-payment interest due that day
 * (receivable against sanction revenue, shared by the bill's lines), then the payment (cash against receivable).
 * Refuses a bill that is not open and an amount that is not exactly what is due.
 */
export function settlementJournals(
  at: Date,
  { bill, due }: BillQuote,
  p: Omit<Payment, 'billId'>,
): NewJournal[] {
  if (bill.status !== 'open')
    throw new Problem(409, 'BILL_NOT_OPEN', {
      billingCode: formatBillingCode(bill.billingCode),
      status: bill.status,
    });
  if (p.amount !== due.total) throw new Problem(422, 'AMOUNT_DIFFERS', { amount: p.amount, due: due.total });
  const journals: NewJournal[] = [];
  if (due.penalty > 0) {
    journals.push({
      regionId: p.regionId,
      kind: 'interest',
      at,
      billId: bill.id,
      memo: `Bunga ${due.chargedMonths} bulan (${due.regime}) ${bill.billingCode}`,
      actorId: p.actorId,
      lines: [
        { account: ACCOUNT.receivable, taxpayerId: bill.taxpayerId, billId: bill.id, debit: due.penalty },
        ...interestCredits(due.penalty, bill.lines),
      ],
    });
  }
  journals.push({
    regionId: p.regionId,
    kind: 'payment',
    at,
    billId: bill.id,
    memo: p.memo,
    actorId: p.actorId,
    lines: [
      { account: ACCOUNT.cash(p.channel), debit: due.total },
      { account: ACCOUNT.receivable, taxpayerId: bill.taxpayerId, billId: bill.id, credit: due.total },
    ],
  });
  return journals;
}

/** One bill of a bulk settlement: paid in full on `day` (interest counted to it), booked at `at`. */
export interface FullPayment {
  billId: number;
  day: string;
  at: Date;
  channel: string;
  memo: string;
}

/**
 * Settles many open bills of one region in full, each on its own day, as `settleBill` would one by one (the interest
 * due that day by its issuer's rules, then the payment, and the bill marked paid), in a few statements: the bills
 * locked and read together, every journal posted in one call, the statuses in one update. For a bulk load (the demo's
 * earlier months). Answers, in the order given, what each paid and its payment journal.
 */
export async function settleBillsInFull(
  tx: Sql,
  regionId: string,
  payments: readonly FullPayment[],
): Promise<(AmountDue & { billId: number; billingCode: string; journalId: number })[]> {
  if (payments.length === 0) return [];
  const bills = new Map(
    (await lockOpenBills(tx, regionId, { ids: payments.map((p) => p.billId), order: 'oldest' })).map((b) => [
      b.id,
      b,
    ]),
  );
  const policies = new Map<string, Promise<CollectionPolicy>>();
  const policyOn = (kind: string, day: string) => {
    const key = `${kind}|${day}`;
    if (!policies.has(key)) policies.set(key, issuerOf(kind).collectionPolicyOn(tx, regionId, day));
    return policies.get(key) as Promise<CollectionPolicy>;
  };
  const quotes: BillQuote[] = [];
  for (const p of payments) {
    const bill = bills.get(p.billId);
    if (!bill) throw new Problem(404, 'BILL_NOT_FOUND', { bill: p.billId });
    const policy = await policyOn(bill.originKind, p.day);
    quotes.push({ bill, due: amountDueOn(policy, { ...bill, principal: bill.outstanding }, p.day) });
  }
  const journals = payments.map((p, i) => {
    const quote = quotes[i] as BillQuote;
    return settlementJournals(p.at, quote, {
      regionId,
      amount: quote.due.total,
      day: p.day,
      channel: p.channel,
      actorId: null,
      memo: p.memo,
    });
  });
  const ids = await postJournals(tx, journals.flat());
  let n = 0;
  const journalIds = journals.map((js) => {
    n += js.length;
    return ids[n - 1] as number;
  });
  await markManyPaid(
    tx,
    regionId,
    payments.map((p) => ({ billId: p.billId, at: p.at })),
  );
  return quotes.map((q, i) => ({
    ...q.due,
    billId: q.bill.id,
    billingCode: q.bill.billingCode,
    journalId: journalIds[i] as number,
  }));
}
