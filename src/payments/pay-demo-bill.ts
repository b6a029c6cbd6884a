import type { Database } from '../db/database';
import { localInstant } from '../platform/clock';
import { quoteBill, settleBillsInFull } from '../receivables';
import { demoBankOf } from './demo-partners';
import { formatNtpd } from './ntpd';
import { paymentRequestHash, postPayment } from './post-payment';

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

/**
 * Pays many bills of one region in full at its bank's counter, each on its own day, as `payDemoBill` would one by
 * one (the same NTPD, bank reference and SSPD), in a few statements: receivables settles them together and the
 * payments are written in one insert. The demo's earlier months are paid this way, so that two years of history
 * do not make the first start wait.
 */
export async function payDemoBills(
  db: Database,
  regionId: string,
  bills: readonly { billId: number; day: string }[],
): Promise<void> {
  if (bills.length === 0) return;
  const bank = await demoBankOf(db, regionId);
  await db.transaction(async (tx) => {
    const paid = bills.map((b) => ({ ...b, at: localInstant(b.day, '11:00', bank.timeZone) }));
    const reference = (b: { billId: number; day: string }) => `TLR${b.day.replace(/-/g, '')}${b.billId}`;
    const settled = await settleBillsInFull(
      tx,
      regionId,
      paid.map((b) => ({
        billId: b.billId,
        day: b.day,
        at: b.at,
        channel: bank.channel,
        memo: `Pembayaran ${bank.name} ref ${reference(b)}`,
      })),
    );
    await tx.query(
      `INSERT INTO payment (region_id, ntpd, bill_id, billing_code, partner_id, channel, bank_reference, request_hash,
                            principal, penalty, amount, paid_at, posted_at, day, journal_id)
       SELECT $1, x.ntpd, x.bill_id, x.billing_code, $2, $3, x.bank_reference, x.request_hash, x.principal, x.penalty,
              x.amount, x.paid_at, x.paid_at, x.day, x.journal_id
         FROM jsonb_to_recordset($4::jsonb) AS x(ntpd text, bill_id bigint, billing_code text, bank_reference text,
              request_hash text, principal bigint, penalty bigint, amount bigint, paid_at timestamptz, day date,
              journal_id bigint)`,
      [
        regionId,
        bank.partnerId,
        bank.channel,
        JSON.stringify(
          settled.map((s, i) => {
            const b = paid[i] as (typeof paid)[number];
            return {
              ntpd: formatNtpd(regionId, b.day, s.journalId),
              bill_id: s.billId,
              billing_code: s.billingCode,
              bank_reference: reference(b),
              request_hash: paymentRequestHash({
                billingCode: s.billingCode,
                amount: s.total,
                bankReference: reference(b),
                paidAt: b.at,
              }),
              principal: s.principal,
              penalty: s.penalty,
              amount: s.total,
              paid_at: b.at.toISOString(),
              day: b.day,
              journal_id: s.journalId,
            };
          }),
        ),
      ],
    );
  });
}
