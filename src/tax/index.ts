/**
 * Tax's public face: what other areas may use of it (scripts/check-boundaries.ts refuses an import of any other file
 * of this folder from outside it). The bills tax issues are receivables'; what payments shows of a taxpayer on a
 * receipt, who may see a taxpayer's records, and, until documents become an area of their own, the document layout
 * the receipts of payments are printed with.
 */

// The printed documents' layout, wording and verification, which the SSPD and the STS share with tax's documents.
export { documentBase } from './documents/document-base';
export {
  capitalise,
  formatMasaPajak,
  formatRupiah,
  formatTanggal,
  formatWaktu,
} from './documents/indonesian-format';
export {
  AGENCY,
  type AmountRow,
  type DocumentBase,
  drawQr,
  type Field,
  governmentOf,
  renderPdf,
} from './documents/layout';
export { terbilangRupiah } from './documents/terbilang';
// Who a taxpayer is, as a receipt or a portal page shows it, and who may see it.
export { type ReceiptParticulars, receiptParticulars } from './receipt-particulars';
export { ownerFilter, taxpayersWithAccount, type Viewer } from './registry/taxpayer';
export { TAX_OFFICERS, TAX_STAFF, TAX_SUPERVISORS } from './roles';
export { viewerOf } from './viewer';
