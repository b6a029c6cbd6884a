import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { localDate } from '../../platform/clock';
import type { Actor } from '../../platform/users';
import { ACCOUNT, type JournalLine, postJournal } from '../../tax/ledger/journal';
import { nextNumbers } from '../../tax/registry/next-number';
import { partnerOfRegion } from '../reconciliation/statement-formats';
import { findRkud } from '../rkud/rkud';
import { type DepositedDay, planDeposit } from './plan-deposit';

/**
 * STS (Surat Tanda Setoran): the receipts treasurer (bendahara penerimaan) deposits a bank's reconciled receipts of
 * one day into the region's treasury account, the RKUD (domain notes §2.1; §4.6 rule 5: SSPD → STS → RKUD). The
 * duty to deposit receipts to the RKUD with an STS is set by the regional financial-management rules, Permendagri
 * 77/2020 tentang Pedoman Teknis Pengelolaan Keuangan Daerah; the domain notes do not quote its articles or its
 * deadline, so none is enforced here beyond "once a day is reconciled".
 *
 * In one transaction: the plan is read with the day's statement locked (so no mismatch is decided meanwhile), a
 * number is taken from the region's STS counter, a balanced journal moves the sum from each channel's cash account
 * `kas:<channel>` to `kas_daerah`, and the payments it carries are listed, each in one deposit only. A day is
 * deposited once: a second attempt finds the first and is refused.
 *
 * The deposit records the region's RKUD account as it stands now, which its STS prints. A region that has not set
 * one still deposits (the money is in the treasury whether or not Balai knows the number); its STS says the account
 * is not set.
 */
export async function depositDay(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  request: { partnerId: string; day: string },
): Promise<DepositedDay> {
  const partner = await partnerOfRegion(db, regionId, request.partnerId);
  const today = localDate(at, partner.timeZone);
  return db.transaction(async (tx) => {
    const plan = await planDeposit(tx, regionId, partner.partnerId, request.day, today, { lock: true });
    if (plan.blocker) throw plan.blocker;
    const statement = plan.statement as NonNullable<typeof plan.statement>;

    const year = today.slice(0, 4);
    const serial = await nextNumbers(tx, regionId, `sts:${year}`);
    const rkud = await findRkud(tx, regionId);
    const number = `STS/${String(serial).padStart(6, '0')}/${regionId}/${year}`;

    const byChannel = new Map<string, number>();
    for (const p of plan.payments) byChannel.set(p.channel, (byChannel.get(p.channel) ?? 0) + p.amount);
    const lines: JournalLine[] = [{ account: ACCOUNT.treasury, debit: plan.amount }];
    for (const [channel, amount] of byChannel) lines.push({ account: ACCOUNT.cash(channel), credit: amount });
    const journalId = await postJournal(tx, {
      regionId,
      kind: 'deposit',
      at,
      memo: `Penyetoran ${number}: penerimaan ${partner.name} tanggal ${request.day}`,
      actorId: actor.userId,
      lines,
    });

    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO deposit (region_id, number, partner_id, day, statement_id, amount, payment_count, deposited_at,
         deposited_by, journal_id, rkud_bank_name, rkud_account_number, rkud_account_name, rkud_example_only)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        regionId,
        number,
        partner.partnerId,
        request.day,
        statement.id,
        plan.amount,
        plan.payments.length,
        at,
        actor.userId,
        journalId,
        rkud?.bankName ?? null,
        rkud?.accountNumber ?? null,
        rkud?.accountName ?? null,
        rkud?.exampleOnly ?? null,
      ],
    );
    const id = (row as { id: number }).id;
    await tx.query(
      `INSERT INTO deposit_payment (region_id, payment_id, deposit_id)
       SELECT $1, p, $2 FROM unnest($3::bigint[]) AS p`,
      [regionId, id, plan.payments.map((p) => p.id)],
    );
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'sts.deposit',
      entity: 'deposit',
      entityId: String(id),
      after: {
        number,
        partnerId: partner.partnerId,
        day: request.day,
        statementId: statement.id,
        amount: plan.amount,
        paymentCount: plan.payments.length,
        journalId,
        rkud: rkud && {
          bankName: rkud.bankName,
          accountNumber: rkud.accountNumber,
          accountName: rkud.accountName,
          exampleOnly: rkud.exampleOnly,
        },
      },
    });
    return { id, number, amount: plan.amount, paymentCount: plan.payments.length, depositedAt: at };
  });
}
