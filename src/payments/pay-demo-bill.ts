import type { Database } from '../db/database';
import { localInstant } from '../platform/clock';
import { quoteBill } from '../receivables';
import { demoBankOf } from './demo-partners';
import { postPayment } from './post-payment';

/** Pays a bill in full on a day through the region's bank, as its teller would: the amount due that day. */
export async function payDemoBill(db: Database, regionId: string, billId: number, day: string) {
  const bank = await demoBankOf(db, regionId);
  const { bill, due } = await quoteBill(db, regionId, billId, day);
  const paidAt = localInstant(day, '11:00', bank.timeZone);
  const outcome = await postPayment(db, paidAt, bank, {
    billingCode: bill.billingCode,
    amount: due.total,
    bankReference: `TLR${day.replace(/-/g, '')}${billId}`,
    paidAt,
  });
  if (outcome.kind !== 'posted') throw new Error(`demo payment of bill ${billId}: ${outcome.kind}`);
}
