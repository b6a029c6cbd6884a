/**
 * Payments' public face: what other areas may use of it (scripts/check-boundaries.ts refuses an import of any other
 * file of this folder from outside it). Payments depends on receivables and tax, and gives most of what others need
 * through its area description (its documents, the demo's teller) and receivables' registrations (a bill's payment QR).
 */

// The demo's bank counter for many bills at once (the revenue demo's earlier months).
export { payDemoBills } from './pay-demo-bill';
