/**
 * Tax's public face: what other areas may use of it (scripts/check-boundaries.ts refuses an import of any other file
 * of this folder from outside it). The bills tax issues are receivables'; what payments shows of a taxpayer on a
 * receipt, and who may see a taxpayer's records.
 */

// Who a taxpayer is, as a receipt or a portal page shows it, and who may see it.
export { type ReceiptParticulars, receiptParticulars } from './receipt-particulars';
// CSV as Indonesian banks and legacy systems write it (a bank statement is read with it).
export { type CsvDelimiter, CsvSyntaxError, parseCsv, writeCsv } from './registry/csv';
export { ownerFilter, taxpayersWithAccount, type Viewer } from './registry/taxpayer';
export { TAX_OFFICERS, TAX_STAFF, TAX_SUPERVISORS } from './roles';
export { viewerOf } from './viewer';
