import type { Database, Sql } from '../../db/database';
import { addDays } from '../../platform/calendar';
import { localDate } from '../../platform/clock';
import { writeCsv } from '../../platform/csv';
import { formatRupiah } from '../../platform/human-format';
import { type Actor, SYSTEM_ACTOR } from '../../platform/users';
import { findBills } from '../../receivables';
import { taxpayersWithAccount } from '../../tax';
import { demoBankOf } from '../demo-partners';
import { payDemoBill } from '../pay-demo-bill';
import { importStatement } from './import-statement';
import type { StatementFormat } from './statement-format';
import { saveStatementFormat } from './statement-formats';

/**
 * The demo's bank statements. Bank Jatim's layout here is an example of the semicolon-separated "mutasi rekening"
 * exports Indonesian banks give (a region sets its own bank's columns); Bank Sumsel Babel's is a plain comma file.
 */
const JATIM_STATEMENT_FORMAT: StatementFormat = {
  delimiter: ';',
  dateColumn: 'Tanggal',
  dateFormat: 'DD/MM/YYYY',
  timeColumn: 'Jam',
  amountColumn: 'Mutasi',
  amountFormat: 'dot_thousands',
  referenceColumn: 'No. Referensi',
  descriptionColumn: 'Keterangan',
  typeColumn: 'D/K',
  creditValue: 'K',
};

const DEMO_FORMATS: { regionId: string; partnerId: string; format: StatementFormat }[] = [
  { regionId: '35.73', partnerId: 'BANKJATIM', format: JATIM_STATEMENT_FORMAT },
  {
    regionId: '19.01',
    partnerId: 'BANKSUMSELBABEL',
    format: {
      delimiter: ',',
      dateColumn: 'posting_date',
      dateFormat: 'YYYY-MM-DD',
      timeColumn: null,
      amountColumn: 'credit',
      amountFormat: 'plain',
      referenceColumn: 'reference',
      descriptionColumn: 'remark',
      typeColumn: null,
      creditValue: null,
    },
  },
];

/** Set up with the demo's banks, by the system like the rest of the platform's demo configuration. */
export async function seedDemoStatementFormats(db: Database, at: Date): Promise<void> {
  for (const f of DEMO_FORMATS) {
    await db.transaction((tx) =>
      saveStatementFormat(tx, at, SYSTEM_ACTOR, f.regionId, f.partnerId, f.format),
    );
  }
}

/** The demo's taxpayers' history is the seed's, as in tax/demo-data.ts. */
const SEED_ACTOR: Actor = { userId: null, label: 'demo-seed' };

export interface JatimStatementLine {
  /** `YYYY-MM-DD` */
  day: string;
  /** `HH:MM:SS` */
  time: string;
  reference: string;
  amount: number;
  description: string;
  debit?: boolean;
}

/** A statement file in the Bank Jatim demo layout, with a running balance as the bank prints it. */
export function jatimStatementCsv(
  lines: readonly JatimStatementLine[],
  openingBalance = 2_500_000_000,
): string {
  const rupiah = (n: number) => `${formatRupiah(n).replace('Rp ', '')},00`;
  let balance = openingBalance;
  const rows = lines.map((l) => {
    balance += l.debit ? -l.amount : l.amount;
    const [y, m, d] = l.day.split('-');
    return [
      `${d}/${m}/${y}`,
      l.time,
      l.description,
      l.reference,
      rupiah(l.amount),
      l.debit ? 'D' : 'K',
      rupiah(balance),
    ];
  });
  return writeCsv(
    [['Tanggal', 'Jam', 'Keterangan', 'No. Referensi', 'Mutasi', 'D/K', 'Saldo'], ...rows],
    ';',
  );
}

/** How many of yesterday's bills the demo pays at Bank Jatim's counter. */
const COUNTER_PAYMENTS = 3;

/**
 * Yesterday at Kota Malang's bank, ready for the receipts treasurer: a few bills not yet due (of taxpayers without a
 * demo account, whose bills the other demos show) are paid at the counter, and the bank's statement of the day is
 * imported with one planted mismatch: the teller keyed the last payment Rp 10.000 short. The treasurer resolves it
 * and deposits the rest (issue 4, "Done when").
 */
export async function seedDemoReceiptsDay(db: Database, now: Date, regionId = '35.73'): Promise<void> {
  const bank = await demoBankOf(db, regionId);
  const yesterday = addDays(localDate(now, bank.timeZone), -1);
  const bills = await counterBills(db, regionId, yesterday);
  for (const b of bills) await payDemoBill(db, regionId, b.id, yesterday);
  const payments = await counterPayments(db, regionId, bank.partnerId, yesterday);
  if (payments.length === 0) return;
  const lines: JatimStatementLine[] = payments.map((p, i) => ({
    day: yesterday,
    time: localTime(p.paidAt, i),
    reference: p.bankReference,
    amount: i === payments.length - 1 ? p.amount - 10_000 : p.amount,
    description: `PAJAK DAERAH ${p.billingCode}`,
  }));
  lines.push({
    day: yesterday,
    time: '23:59:59',
    reference: `ADM${yesterday.replace(/-/g, '')}`,
    amount: 6_500,
    description: 'BIAYA ADMINISTRASI REKENING',
    debit: true,
  });
  await importStatement(db, now, SEED_ACTOR, regionId, {
    partnerId: bank.partnerId,
    day: yesterday,
    fileName: `mutasi-${bank.partnerId.toLowerCase()}-${yesterday}.csv`,
    content: jatimStatementCsv(lines),
  });
}

/** The first open bills not yet due of taxpayers without an account (the demo accounts' bills stay for their demos). */
async function counterBills(db: Sql, regionId: string, day: string): Promise<{ id: number }[]> {
  const chosen: { id: number }[] = [];
  let afterId = 0;
  while (chosen.length < COUNTER_PAYMENTS) {
    const open = await findBills(db, regionId, {
      status: 'open',
      dueOnOrAfter: day,
      afterId,
      order: 'id',
      limit: 50,
    });
    if (open.length === 0) break;
    const withAccount = await taxpayersWithAccount(
      db,
      regionId,
      open.map((b) => b.taxpayerId),
    );
    for (const b of open)
      if (!withAccount.has(b.taxpayerId) && chosen.length < COUNTER_PAYMENTS) chosen.push(b);
    afterId = (open.at(-1) as { id: number }).id;
  }
  return chosen;
}

async function counterPayments(db: Sql, regionId: string, partnerId: string, day: string) {
  return db.query<{ bankReference: string; amount: number; paidAt: Date; billingCode: string }>(
    `SELECT p.bank_reference AS "bankReference", p.amount, p.paid_at AS "paidAt", p.billing_code AS "billingCode"
     FROM payment p
     WHERE p.region_id = $1 AND p.partner_id = $2 AND p.day = $3
       AND NOT EXISTS (SELECT 1 FROM payment_reversal r WHERE r.region_id = $1 AND r.payment_id = p.id)
     ORDER BY p.paid_at, p.id`,
    [regionId, partnerId, day],
  );
}

/** The bank's booking time in WIB, a few minutes apart so that the lines read like a teller's day. */
function localTime(paidAt: Date, index: number): string {
  const wib = new Date(paidAt.getTime() + 7 * 3600_000 + index * 7 * 60_000);
  return wib.toISOString().slice(11, 19);
}
