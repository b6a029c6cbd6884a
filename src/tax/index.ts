/**
 * Tax's public face: what other areas may use of it (scripts/check-boundaries.ts refuses an import of any other file
 * of this folder from outside it). The bills tax issues are receivables'; what payments shows of a taxpayer on a
 * receipt (and its verify page), and who may see a taxpayer's records.
 */

// The demo's earlier months in bulk (the revenue demo asks for them, paid at payments' bulk teller).
export { type DemoBulkTeller, seedDemoEarlierMasa } from './demo-earlier-masa';
// The demo's old debts of closed businesses (the collection demo asks for them: arrears by age, write-off candidates).
export { type OldDebt, seedDemoOldArrears } from './demo-old-arrears';
// What a payment's SSPD verify answer and page say of the taxpayer, as tax's own documents say it.
export { TAXPAYER_ABOUT, type TaxpayerAbout, taxpayerAbout, taxpayerRows } from './documents/taxpayer-answer';
// Who a taxpayer is, as a receipt or a portal page shows it, and who may see it.
export { type ReceiptParticulars, receiptParticulars } from './receipt-particulars';
export { ownerFilter, taxpayersWithAccount, type Viewer } from './registry/taxpayer';
// The masa an object has not filed, and their deadline (the reminders area reminds of them).
export { missingReturns } from './returns/missing-returns';
export { TAX_OFFICERS, TAX_STAFF, TAX_SUPERVISORS } from './roles';
export { viewerOf } from './viewer';
