/**
 * When a bank may say its customer paid: within the last 24 hours, and at most 5 minutes ahead of Balai's clock (the
 * drift a request's own timestamp is allowed). A payment reported outside that window is a malformed request, not a
 * payment, on every channel: H2H and QRIS's notification answer 30, SNAP 4002501 (trxDateTime). Interest is counted
 * to the day it was paid, or to today when reported a little ahead (post-payment.ts, `paymentDay`).
 */
export const PAID_AT_PAST_MS = 24 * 60 * 60 * 1000;
export const PAID_AT_FUTURE_MS = 5 * 60 * 1000;

/** Whether a payment reported as made at `paidAt`, received at `receivedAt`, lies within the window. */
export function paidAtWithinWindow(receivedAt: Date, paidAt: Date): boolean {
  const age = receivedAt.getTime() - paidAt.getTime();
  return age <= PAID_AT_PAST_MS && age >= -PAID_AT_FUTURE_MS;
}
