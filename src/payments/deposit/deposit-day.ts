import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { localDate } from '../../platform/clock';
import { nextNumbers } from '../../platform/next-number';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { ACCOUNT, type JournalLine, postJournal } from '../../receivables';
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
 * In one transaction: the plan is read with the day locked and its statement row locked (so no statement is
 * replaced or mismatch decided meanwhile), a number is taken from the region's STS counter, a balanced journal
 * moves the sum from each channel's cash account `kas:<channel>` to `kas_daerah`, and the payments it carries are
 * listed, each in one deposit only (deposit_payment's key).
 *
 * A day has one first STS: a second attempt finds it and is refused. What the first did not carry (a payment
 * posted late onto the day, one whose mismatch was decided afterwards) goes with a follow-up STS (STS susulan,
 * `followUp`), planned by the same rules, numbered from the same counter and naming the first. Two treasurers
 * depositing at once queue on the day's lock: the second plans after the first committed and finds nothing left,
 * and the day's deposit sequence number is a unique key besides.
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
  options: { followUp?: boolean } = {},
): Promise<DepositedDay> {
  const partner = await partnerOfRegion(db, regionId, request.partnerId);
  const today = localDate(at, partner.timeZone);
  const followUp = options.followUp === true;
  return db.transaction(async (tx) => {
    const plan = await planDeposit(tx, regionId, partner.partnerId, request.day, today, { lock: true });
    const first = plan.deposited;
    if (!followUp && first) {
      throw new Problem(409, 'DAY_ALREADY_DEPOSITED', {
        partnerId: partner.partnerId,
        day: request.day,
        number: first.number,
      });
    }
    if (followUp && !first) {
      throw new Problem(422, 'FIRST_DEPOSIT_MISSING', { partnerId: partner.partnerId, day: request.day });
    }
    if (plan.blocker) throw plan.blocker;
    const statement = plan.statement as NonNullable<typeof plan.statement>;
    const sequence = first ? plan.followUps.length + 1 : 0;

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
      memo: first
        ? `Penyetoran susulan ${number} atas ${first.number}: penerimaan ${partner.name} tanggal ${request.day}`
        : `Penyetoran ${number}: penerimaan ${partner.name} tanggal ${request.day}`,
      actorId: actor.userId,
      lines,
    });

    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO deposit (region_id, number, partner_id, day, statement_id, amount, payment_count, deposited_at,
         deposited_by, journal_id, sequence, follows_deposit_id, rkud_bank_name, rkud_account_number,
         rkud_account_name, rkud_example_only)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
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
        sequence,
        first?.id ?? null,
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
      action: first ? 'sts.deposit_follow_up' : 'sts.deposit',
      entity: 'deposit',
      entityId: String(id),
      after: {
        number,
        ...(first && { follows: first.number, sequence, paymentIds: plan.payments.map((p) => p.id) }),
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
