/**
 * Receivables' public face: what other areas may use of it (scripts/check-boundaries.ts refuses an import of any other
 * file of this folder from outside it). Bills every area issues, what they cost on a day, how they are settled,
 * reopened, offset, corrected or written off, and the ledger they are booked on. Receivables imports no business area:
 * an area that issues bills registers a `BillIssuer` for its origin kinds, the area that takes QR payments its
 * `BillPaymentQrSource`.
 */

export type { AmountDue, BillTerms, DueTerms } from './bills/amount-due';
export { amountDueOn, dueTermsOn } from './bills/amount-due';
export type { ArrearsItem, PricedArrear } from './bills/arrears';
export { arrears } from './bills/arrears';
// Reading bills, and what they cost on a day.
export type { Bill, BillWithBalance, OpenBillFilter } from './bills/bill';
export { countOpenBills, loadBill, lockOpenBills, outstandingSql } from './bills/bill';
export type { Alongside, CollectionQuote, CollectionRead } from './bills/bill-for-collection';
export { billForCollection } from './bills/bill-for-collection';
// Issuing, and what receivables asks of the issuing area.
export type { BillIssuer, CollectionPolicy } from './bills/bill-issuers';
export { registerBillIssuer } from './bills/bill-issuers';
export type { BillLine, BillLineKind, LineContext } from './bills/bill-lines';
export { billLines, billTotal, interestParts } from './bills/bill-lines';
// What a list of bills (or of their payments) shows of each, as its issuer names it.
export { debtorNameOf, debtorNumberOf, kecamatanNameOf, placeOf, subjectOf } from './bills/bill-listing';
// How a bill is paid by QR code: the area that takes QR payments registers, a bill's slip asks.
export type { BillPaymentQr, BillPaymentQrSource } from './bills/bill-payment-qr';
export { billPaymentQr, registerBillPaymentQr } from './bills/bill-payment-qr';
// What has been received on a bill, from the ledger: principal and interest paid.
// `paidSql`/`paidSplitSql` give the same sums to a list that needs them in its one statement.
export type { BillSet, BillSetSql, BillSettlement, PaidSplit } from './bills/bill-settlement';
export { billSettlements, paidOnBills, paidSplitSql, paidSql } from './bills/bill-settlement';
export { markInterestBilled } from './bills/bill-status';
export type { BillFilter, BillSummary, FoundBill } from './bills/find-bills';
export { billIdsOf, billSummaries, findBills, priceBills } from './bills/find-bills';
export type { BillOrigin, NewBill } from './bills/issue-bill';
export { issueBill, issueBills } from './bills/issue-bill';
export type { Offset } from './bills/offset-bill';
export { offsetBill } from './bills/offset-bill';
// Changing a bill: each of these books its journal and moves the bill's status (bills/bill-status.ts) with it.
export type { FullPayment, Payment } from './bills/pay-bill';
export { payBill, settleBill, settleBillsInFull } from './bills/pay-bill';
export type { BillQuote } from './bills/quote-bill';
export { quoteBill } from './bills/quote-bill';
export type { Reduction } from './bills/reduce-bill';
export { reduceBill } from './bills/reduce-bill';
export type { Reopening } from './bills/reopen-bill';
export { reopenBill } from './bills/reopen-bill';
export type { SettlementAtOnce } from './bills/settle-at-once';
export { settlementAtOnce } from './bills/settle-at-once';
export type { WriteOff } from './bills/write-off-bill';
export { writeOffBill } from './bills/write-off-bill';

// The ledger.
export type { JournalKind, JournalLine, NewJournal } from './ledger/journal';
export { ACCOUNT, postJournal, postJournals, receivableOfBill } from './ledger/journal';
export type { LedgerFinding, LedgerVerdict } from './ledger/verify-ledger';
export { verifyLedger } from './ledger/verify-ledger';
export type { BillingCodeParts } from './rules/billing-code';
export { formatBillingCode, makeBillingCode, parseBillingCode } from './rules/billing-code';
// The rules about money owed that every kind of bill shares.
export type {
  Amnesty,
  InterestPolicy,
  InterestRegime,
  InterestTerms,
  LateInterest,
} from './rules/penalty';
export {
  amnestyProblem,
  HKPD_INTEREST,
  interestOn,
  interestTerms,
  lateInterest,
  monthsLate,
  PDRD_INTEREST,
  regimeFor,
} from './rules/penalty';
