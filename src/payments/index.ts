/**
 * Payments' public face: what other areas may use of it (scripts/check-boundaries.ts refuses an import of any other
 * file of this folder from outside it). Until documents become an area of their own, tax's document registry loads and
 * prints the receipts (SSPD) and deposits (STS) of payments, and a bill's PDF carries its dynamic QRIS; the demo's tax
 * history pays its bills at the demo bank's counter.
 */
export { loadSts, type StsDocument, stsFileName } from './deposit/sts';
export { renderStsPdf } from './deposit/sts-pdf';
export { payDemoBill } from './pay-demo-bill';
export { dynamicQrisForBill } from './qris/qris';
export { findQris } from './qris/qris-merchant';
export { loadSspd, type SspdDocument, sspdFileName } from './receipts/sspd';
export { renderSspdPdf } from './receipts/sspd-pdf';
