/**
 * Payments' public face: what other areas may use of it (scripts/check-boundaries.ts refuses an import of any other
 * file of this folder from outside it). The demo's tax history pays its bills at the demo bank's counter.
 */
export { payDemoBill } from './pay-demo-bill';
