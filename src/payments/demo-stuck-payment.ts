import type { Database } from '../db/database';
import { addDays } from '../platform/calendar';
import { localDate } from '../platform/clock';
import { demoBankOf } from './demo-partners';

/** Kota Malang's QRIS acquirer in the demo (demo-partners.ts). */
const QRIS_ACQUIRER = 'QRIS-BANKJATIM';

/**
 * One payment stuck between an acquirer and Balai, for the administrator to settle by hand on "Kanal pembayaran" (as
 * the receipts treasurer finds one planted statement mismatch): a taxpayer was shown a bill's QRIS, then paid the
 * bill at Bank Jatim's counter, and the QRIS payment went through too. The sweeper's status check heard the acquirer
 * took the money, could not post it on a paid bill and flagged it (sweeper.ts, `already_paid`): a refund is needed.
 * It is the last counter payment before yesterday's (whose statement the treasurer reconciles), an hour after it.
 */
export async function seedDemoStuckPayment(db: Database, now: Date, regionId = '35.73'): Promise<void> {
  const bank = await demoBankOf(db, regionId);
  const yesterday = addDays(localDate(now, bank.timeZone), -1);
  const [paid] = await db.query<{ billId: number; billingCode: string; amount: number; paidAt: Date }>(
    `SELECT p.bill_id AS "billId", p.billing_code AS "billingCode", p.amount, p.paid_at AS "paidAt"
     FROM payment p
     WHERE p.region_id = $1 AND p.partner_id = $2 AND p.day < $3
     ORDER BY p.paid_at DESC, p.id DESC LIMIT 1`,
    [regionId, bank.partnerId, yesterday],
  );
  if (!paid) return;
  const shown = new Date(paid.paidAt.getTime() - 20 * 60_000);
  const checked = new Date(paid.paidAt.getTime() + 60 * 60_000);
  await db.query(
    `INSERT INTO payment_intent (region_id, bill_id, billing_code, partner_id, amount, reference, created_at,
                                 expires_at, state, checked_at, check_count, note)
     VALUES ($1, $2, $3, $7, $4, $3, $5, $6, 'stuck', $6, 1,
             'the acquirer took the money but the bill was paid elsewhere: refund needed')`,
    [regionId, paid.billId, paid.billingCode, paid.amount, shown, checked, QRIS_ACQUIRER],
  );
}
