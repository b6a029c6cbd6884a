/**
 * Payments' public face: what other areas may use of it (scripts/check-boundaries.ts refuses an import of any other
 * file of this folder from outside it). None does: payments depends on receivables and tax, and gives what others need
 * through its area description (its documents, the demo's teller) and receivables' registrations (a bill's payment QR).
 */
export {};
