import { expect } from 'vitest';
import {
  type JatimStatementLine,
  jatimStatementCsv,
} from '../../src/payments/reconciliation/demo-statements';
import { verifyAuditChain } from '../../src/platform/audit';
import { verifyLedger } from '../../src/receivables/ledger/verify-ledger';
import { type Bank, openBill } from './bank';
import type { Agent, TestApp } from './test-app';

export const REGION = '/api/v1/regions/35.73';

/**
 * A treasurer's days at Bank Jatim in Kota Malang, for the reconciliation tests: payments through the bank, the day's
 * statement file, its import or replacement, the day's view, the decisions and the deposits. The clock goes back to
 * `today` after each payment. The scene is read when a helper runs (a test file makes it in `beforeAll`).
 */
export function jatimDays(scene: () => { t: TestApp; jatim: Bank; treasurer: Agent }, today: string) {
  /** Pays a new bill through Bank Jatim, reported at `postedAt` (the clock) as paid at `paidAt`. */
  async function pay(reference: string, amount: number, paidAt: string, postedAt = paidAt) {
    const { t, jatim } = scene();
    t.clock.set(new Date(postedAt));
    const bill = await openBill(t.db, { principal: amount, dueDate: '2025-03-31' });
    const res = await jatim.post('payment', {
      billingCode: bill.billingCode,
      amount,
      bankReference: reference,
      paidAt,
    });
    expect(res.json().responseCode).toBe('00');
    t.clock.set(new Date(today));
    const [row] = await t.db.query<{ id: number; day: string }>(
      `SELECT id, day FROM payment WHERE partner_id = 'BANKJATIM' AND bank_reference = $1`,
      [reference],
    );
    return { id: Number(row?.id), day: row?.day, reference, amount, billingCode: bill.billingCode };
  }

  const line = (day: string, reference: string, amount: number): JatimStatementLine => ({
    day,
    time: '12:00:00',
    reference,
    amount,
    description: `PAJAK DAERAH ${reference}`,
  });

  return {
    pay,
    line,
    /** A statement file of the day listing these credits. */
    file: (day: string, lines: [string, number][]) =>
      jatimStatementCsv(lines.map(([reference, amount]) => line(day, reference, amount))),
    upload: (day: string, content: string, fileName = `mutasi-${day}.csv`) =>
      scene().treasurer.post(`${REGION}/bank-statements`, { partnerId: 'BANKJATIM', day, fileName, content }),
    replace: (
      statementId: number,
      content: string,
      reason: string,
      who = scene().treasurer,
      fileName = 'benar.csv',
    ) => who.post(`${REGION}/bank-statements/${statementId}/replacement`, { fileName, content, reason }),
    dayView: async (day: string) =>
      (await scene().treasurer.get(`${REGION}/reconciliation?partnerId=BANKJATIM&day=${day}`)).json(),
    deposit: (day: string, who = scene().treasurer) =>
      who.post(`${REGION}/deposits`, { partnerId: 'BANKJATIM', day }),
    followUp: (day: string, who = scene().treasurer) =>
      who.post(`${REGION}/deposits/follow-ups`, { partnerId: 'BANKJATIM', day }),
    resolve: (mismatchId: number, resolution: string, note: string, who = scene().treasurer) =>
      who.post(`${REGION}/reconciliation/mismatches/${mismatchId}/resolution`, { resolution, note }),
    release: (mismatchId: number, note: string, who = scene().treasurer) =>
      who.post(`${REGION}/reconciliation/mismatches/${mismatchId}/release`, { note }),
    /** How many deposits carry each of these payments (each must be 1 once deposited). */
    async depositsPerPayment(ids: number[]) {
      const rows = await scene().t.db.query<{ id: number; n: number }>(
        `SELECT payment_id AS id, count(*)::int AS n FROM deposit_payment WHERE region_id = '35.73'
         AND payment_id = ANY($1::bigint[]) GROUP BY payment_id ORDER BY payment_id`,
        [ids],
      );
      return rows.map((r) => [Number(r.id), r.n]);
    },
    /** The ledger proves itself and the audit chain holds: asserted after every flow. */
    async booksHold() {
      const { t } = scene();
      expect((await verifyLedger(t.db, '35.73')).findings).toEqual([]);
      expect((await verifyAuditChain(t.db, '35.73')).ok).toBe(true);
    },
  };
}
