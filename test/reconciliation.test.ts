import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode } from '../src/documents/verification';
import { type JatimStatementLine, jatimStatementCsv } from '../src/payments/reconciliation/demo-statements';
import { verifyAuditChain } from '../src/platform/audit';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { Bank, openBill } from './support/bank';
import { DOCUMENTS } from './support/documents';
import { pdfText } from './support/pdf';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The receipts treasurer's day: Bank Jatim's statement of 10 March 2025 against the payments Balai posted through
 * it that day, a planted mismatch of each kind, their resolution, and the STS deposit of the rest. The clock is
 * moved to the payment days to post through the bank, then back to 11 March 2025, 10:00 WIB.
 */

const DAY = '2025-03-10';
const TODAY = '2025-03-11T10:00:00+07:00';
const REGION = '/api/v1/regions/35.73';

let t: TestApp;
let jatim: Bank;
let treasurer: Agent;

/** Pays a new bill through Bank Jatim at `at` (the clock is moved there) and returns the payment row. */
async function payAt(at: string, reference: string, amount: number) {
  t.clock.set(new Date(at));
  const bill = await openBill(t.db, { principal: amount, dueDate: '2025-03-31' });
  const res = await jatim.post('payment', {
    billingCode: bill.billingCode,
    amount,
    bankReference: reference,
    paidAt: at,
  });
  expect(res.json().responseCode).toBe('00');
  t.clock.set(new Date(TODAY));
  const [row] = await t.db.query<{ id: number }>(
    `SELECT id FROM payment WHERE partner_id = 'BANKJATIM' AND bank_reference = $1`,
    [reference],
  );
  return { id: (row as { id: number }).id, billingCode: bill.billingCode, reference, amount };
}

const line = (reference: string, amount: number, day = DAY): JatimStatementLine => ({
  day,
  time: '12:00:00',
  reference,
  amount,
  description: `PAJAK DAERAH ${reference}`,
});

const upload = (day: string, content: string, fileName = `mutasi-${day}.csv`) =>
  treasurer.post(`${REGION}/bank-statements`, { partnerId: 'BANKJATIM', day, fileName, content });

const dayView = async (day = DAY) =>
  (await treasurer.get(`${REGION}/reconciliation?partnerId=BANKJATIM&day=${day}`)).json();

async function ledgerBalance(account: string): Promise<number> {
  const [row] = await t.db.query<{ balance: number }>(
    `SELECT coalesce(sum(debit - credit), 0)::int8 AS balance FROM journal_line WHERE region_id = '35.73' AND account = $1`,
    [account],
  );
  return row?.balance ?? 0;
}

const paid = {} as Record<'matched' | 'differs' | 'missing' | 'reversed', Awaited<ReturnType<typeof payAt>>>;
let statementFile = '';

beforeAll(async () => {
  t = await startTestApp();
  jatim = new Bank(t.app, t.clock, 'BANKJATIM', 'bankjatim-demo-secret');
  paid.matched = await payAt('2025-03-10T09:00:00+07:00', 'JTM-0310-1', 1_000_000);
  paid.differs = await payAt('2025-03-10T10:00:00+07:00', 'JTM-0310-2', 2_000_000);
  paid.missing = await payAt('2025-03-10T11:00:00+07:00', 'JTM-0310-3', 3_000_000);
  paid.reversed = await payAt('2025-03-10T12:00:00+07:00', 'JTM-0310-4', 4_000_000);
  t.clock.set(new Date('2025-03-10T13:00:00+07:00'));
  const reversal = await jatim.post('reversal', {
    billingCode: paid.reversed.billingCode,
    bankReference: paid.reversed.reference,
  });
  expect(reversal.json().responseCode).toBe('00');
  t.clock.set(new Date(TODAY));
  // The bank's view: the first payment as Balai has it, the second Rp 10.000 short, the third missing, the
  // reversed one absent, a credit Balai never heard of, and the account's fee (a debit, not a receipt).
  statementFile = jatimStatementCsv([
    line('JTM-0310-1', 1_000_000),
    line('JTM-0310-2', 1_990_000),
    line('TRF-UNKNOWN-9', 500_000),
    { ...line('ADM-0310', 6_500), debit: true },
  ]);
  treasurer = await signedIn(t.app, 'bendahara@malang.demo');
});
afterAll(() => t.close());

describe('importing a bank statement', () => {
  it('matches it to the day’s payments and queues one mismatch of each kind', async () => {
    const res = await upload(DAY, statementFile);
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view).toMatchObject({
      partner: { partnerId: 'BANKJATIM', name: 'Bank Jatim' },
      day: DAY,
      statement: { fileName: `mutasi-${DAY}.csv`, lineCount: 3, total: 3_490_000 },
      payments: { count: 3, amount: 6_000_000, reversed: 1 },
      matched: { count: 1, amount: 1_000_000 },
      deposit: null,
      depositable: null,
      blocker: { code: 'MISMATCHES_OPEN' },
    });
    const mismatches = view.mismatches.map((m: Record<string, unknown>) => ({
      kind: m.kind,
      paymentId: m.paymentId,
      bankAmount: m.bankAmount,
      balaiAmount: m.balaiAmount,
      reference: (m.line as { bankReference: string } | null)?.bankReference ?? null,
      resolution: m.resolution,
    }));
    expect(mismatches).toEqual([
      {
        kind: 'amount_differs',
        paymentId: paid.differs.id,
        bankAmount: 1_990_000,
        balaiAmount: 2_000_000,
        reference: 'JTM-0310-2',
        resolution: null,
      },
      {
        kind: 'in_bank_only',
        paymentId: null,
        bankAmount: 500_000,
        balaiAmount: null,
        reference: 'TRF-UNKNOWN-9',
        resolution: null,
      },
      {
        kind: 'in_balai_only',
        paymentId: paid.missing.id,
        bankAmount: null,
        balaiAmount: 3_000_000,
        reference: null,
        resolution: null,
      },
    ]);
    const queue = (await treasurer.get(`${REGION}/reconciliation/mismatches`)).json().items;
    expect(queue).toHaveLength(3);
  });

  it('the same file again is the same statement: 200, no second statement, line or mismatch', async () => {
    const res = await upload(DAY, statementFile, 'renamed-copy.csv');
    expect(res.statusCode).toBe(200);
    expect(res.json().statement.fileName).toBe(`mutasi-${DAY}.csv`);
    const [counts] = await t.db.query<{ statements: number; lines: number; mismatches: number }>(
      `SELECT (SELECT count(*) FROM bank_statement)::int AS statements,
              (SELECT count(*) FROM bank_statement_line)::int AS lines,
              (SELECT count(*) FROM reconciliation_mismatch)::int AS mismatches`,
    );
    expect(counts).toEqual({ statements: 1, lines: 3, mismatches: 3 });
  });

  it('another file for a day already imported is refused, naming the first', async () => {
    const res = await upload(DAY, jatimStatementCsv([line('JTM-0310-1', 1_000_000)]), 'other.csv');
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'STATEMENT_CONFLICT' });
    expect(res.json().detail).toContain(`mutasi-${DAY}.csv`);
  });

  it('a file with bad lines is refused whole with each line named, and nothing is stored', async () => {
    const bad = jatimStatementCsv([
      line('JTM-0309-1', 1_000_000, '2025-03-09'),
      line('JTM-0309-2', 2_000_000),
    ]);
    const res = await upload('2025-03-09', bad);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'STATEMENT_INVALID',
      errors: [
        { field: 'line 3', message: 'tanggal 10 Maret 2025 bukan tanggal rekening koran (9 Maret 2025)' },
      ],
    });
    const rows = await t.db.query(`SELECT 1 FROM bank_statement WHERE day = '2025-03-09'`);
    expect(rows).toEqual([]);
  });

  it('a day not over, a bank without a statement format and a bank of another region are refused', async () => {
    const today = await upload('2025-03-11', jatimStatementCsv([line('X', 1, '2025-03-11')]));
    expect(today.json().code).toBe('STATEMENT_DAY_NOT_OVER');
    const sandbox = await treasurer.post(`${REGION}/bank-statements`, {
      partnerId: 'BANK-SANDBOX',
      day: DAY,
      fileName: 'sandbox.csv',
      content: 'a,b\r\n',
    });
    expect(sandbox.json().code).toBe('STATEMENT_FORMAT_MISSING');
    const bangkaBank = await treasurer.post(`${REGION}/bank-statements`, {
      partnerId: 'BANKSUMSELBABEL',
      day: DAY,
      fileName: 'x.csv',
      content: 'a\r\n',
    });
    expect(bangkaBank.statusCode).toBe(404);
    expect(bangkaBank.json().code).toBe('PARTNER_NOT_FOUND');
  });

  it('only the treasurer imports; an officer is refused', async () => {
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    const res = await officer.post(`${REGION}/bank-statements`, {
      partnerId: 'BANKJATIM',
      day: DAY,
      fileName: 'x.csv',
      content: statementFile,
    });
    expect(res.statusCode).toBe(403);
    expect((await officer.get(`${REGION}/reconciliation?partnerId=BANKJATIM&day=${DAY}`)).statusCode).toBe(
      403,
    );
  });

  it('the treasurer sets a bank’s statement format, and the change is audited', async () => {
    const format = {
      delimiter: ',',
      dateColumn: 'date',
      dateFormat: 'YYYY-MM-DD',
      amountColumn: 'amount',
      amountFormat: 'plain',
      referenceColumn: 'ref',
    };
    const res = await treasurer.put(`${REGION}/payment-partners/BANK-SANDBOX/statement-format`, format);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ...format, timeColumn: null, typeColumn: null });
    const partners = (await treasurer.get(`${REGION}/payment-partners`)).json().items;
    expect(
      partners.find((p: { partnerId: string }) => p.partnerId === 'BANK-SANDBOX').statementFormat,
    ).toMatchObject(format);
    expect(JSON.stringify(partners)).not.toContain('secret');
    const [audit] = await t.db.query<{ actor: string }>(
      `SELECT actor FROM audit_entry WHERE region_id = '35.73' AND action = 'statement_format.save' AND entity_id = 'BANK-SANDBOX'`,
    );
    expect(audit?.actor).toBe('bendahara@malang.demo');
  });
});

describe('a statement format that could read no file', () => {
  it('is refused with each field named, in both languages, and the bank keeps its format', async () => {
    const before = (await treasurer.get(`${REGION}/payment-partners`)).json().items;
    const format = {
      delimiter: ',',
      dateColumn: 'date',
      dateFormat: 'YYYY-MM-DD',
      timeColumn: 'DATE',
      amountColumn: 'amount',
      amountFormat: 'plain',
      referenceColumn: 'ref',
      typeColumn: 'dk',
    };
    const res = await treasurer.put(`${REGION}/payment-partners/BANKJATIM/statement-format`, format);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({
      code: 'STATEMENT_FORMAT_INVALID',
      errors: [
        { field: 'creditValue', message: 'credit_value_required' },
        { field: 'timeColumn', message: 'column_used_twice' },
      ],
    });
    expect(res.json().detail).toContain('2 isian');
    const english = await treasurer.put(`${REGION}/payment-partners/BANKJATIM/statement-format`, format, {
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().title).toBe('Statement format cannot be used');
    expect((await treasurer.get(`${REGION}/payment-partners`)).json().items).toEqual(before);
  });
});

describe('resolving the mismatches and depositing the day (STS)', () => {
  const mismatchOf = async (kind: string) =>
    (await dayView()).mismatches.find((m: { kind: string }) => m.kind === kind) as { id: number };
  const resolve = async (kind: string, resolution: string, note = 'Dikonfirmasi dengan bank lewat surat') =>
    treasurer.post(`${REGION}/reconciliation/mismatches/${(await mismatchOf(kind)).id}/resolution`, {
      resolution,
      note,
    });

  it('deposit is refused while mismatches are open', async () => {
    const res = await treasurer.post(`${REGION}/deposits`, { partnerId: 'BANKJATIM', day: DAY });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'MISMATCHES_OPEN' });
    expect(res.json().detail).toContain('3');
  });

  it('a resolution must fit the kind of mismatch and carry a note', async () => {
    const wrong = await resolve('in_bank_only', 'confirmed_by_bank');
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('RESOLUTION_NOT_ALLOWED');
    const noNote = await resolve('in_bank_only', 'not_tax_receipt', ' ');
    expect(noNote.statusCode).toBe(400);
  });

  it('each mismatch is resolved once, and each resolution is audited with the treasurer and the note', async () => {
    const bankOnly = await resolve('in_bank_only', 'not_tax_receipt', 'Transfer dana BOS salah rekening');
    expect(bankOnly.statusCode).toBe(200);
    expect(bankOnly.json().resolution).toMatchObject({
      resolution: 'not_tax_receipt',
      note: 'Transfer dana BOS salah rekening',
      resolvedBy: 'bendahara@malang.demo',
    });
    expect((await resolve('amount_differs', 'withheld', 'Bank menyetor kurang Rp10.000')).statusCode).toBe(
      200,
    );
    expect(
      (await resolve('in_balai_only', 'confirmed_by_bank', 'Bank konfirmasi surat 12/III')).statusCode,
    ).toBe(200);
    const again = await resolve('in_balai_only', 'withheld');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('MISMATCH_ALREADY_RESOLVED');

    const audits = await t.db.query<{ actor: string; after: { resolution: string; note: string } }>(
      `SELECT actor, after FROM audit_entry WHERE region_id = '35.73' AND action = 'reconciliation.resolve' ORDER BY seq`,
    );
    expect(audits.map((a) => [a.actor, a.after.resolution])).toEqual([
      ['bendahara@malang.demo', 'not_tax_receipt'],
      ['bendahara@malang.demo', 'withheld'],
      ['bendahara@malang.demo', 'confirmed_by_bank'],
    ]);
    expect(audits[0]?.after.note).toBe('Transfer dana BOS salah rekening');
    expect((await treasurer.get(`${REGION}/reconciliation/mismatches`)).json().items).toEqual([]);
    expect((await dayView()).depositable).toEqual({ amount: 4_000_000, paymentCount: 2, followUp: false });
  });

  it('the deposit moves the matched and confirmed payments to the treasury account, not the withheld or reversed', async () => {
    const before = await ledgerBalance('kas:bank_jatim');
    const res = await treasurer.post(`${REGION}/deposits`, { partnerId: 'BANKJATIM', day: DAY });
    expect(res.statusCode).toBe(201);
    const deposit = res.json();
    expect(deposit).toMatchObject({
      number: 'STS/000001/35.73/2025',
      partnerId: 'BANKJATIM',
      day: DAY,
      amount: 4_000_000,
      paymentCount: 2,
      depositedBy: 'bendahara@malang.demo',
    });
    const deposited = await t.db.query<{ id: number }>(
      'SELECT payment_id AS id FROM deposit_payment WHERE deposit_id = $1 ORDER BY payment_id',
      [deposit.id],
    );
    expect(deposited.map((d) => d.id)).toEqual([paid.matched.id, paid.missing.id]);
    expect(await ledgerBalance('kas_daerah')).toBe(4_000_000);
    expect(await ledgerBalance('kas:bank_jatim')).toBe(before - 4_000_000);
    // What stays at the bank is the withheld payment: four paid, one reversed, two deposited.
    expect(before - 4_000_000).toBe(paid.differs.amount);
    const [journal] = await t.db.query<{ kind: string; actorId: number | null }>(
      `SELECT j.kind, j.actor_id AS "actorId" FROM deposit d JOIN journal j ON j.region_id = d.region_id AND j.id = d.journal_id
       WHERE d.id = $1`,
      [deposit.id],
    );
    expect(journal?.kind).toBe('deposit');
    expect(journal?.actorId).not.toBeNull();
    expect((await verifyLedger(t.db, '35.73')).findings).toEqual([]);
    expect((await verifyAuditChain(t.db, '35.73')).ok).toBe(true);

    const view = await dayView();
    expect(view).toMatchObject({
      deposit: { number: 'STS/000001/35.73/2025' },
      blocker: { code: 'DAY_ALREADY_DEPOSITED' },
    });
    const payments = (await treasurer.get(`${REGION}/payments?day=${DAY}&partnerId=BANKJATIM`)).json().items;
    expect(
      Object.fromEntries(
        payments.map((p: { bankReference: string; depositNumber: string | null }) => [
          p.bankReference,
          p.depositNumber,
        ]),
      ),
    ).toEqual({
      'JTM-0310-1': 'STS/000001/35.73/2025',
      'JTM-0310-2': null,
      'JTM-0310-3': 'STS/000001/35.73/2025',
      'JTM-0310-4': null,
    });
  });

  it('a day is deposited once', async () => {
    const res = await treasurer.post(`${REGION}/deposits`, { partnerId: 'BANKJATIM', day: DAY });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('DAY_ALREADY_DEPOSITED');
    expect(res.json().detail).toContain('STS/000001/35.73/2025');
    expect(await ledgerBalance('kas_daerah')).toBe(4_000_000);
  });

  it('the STS prints with its number, the day’s source and amounts, and verifies as genuine', async () => {
    const [deposit] = (await treasurer.get(`${REGION}/deposits?partnerId=BANKJATIM`)).json().items;
    const res = await treasurer.get(`${REGION}/deposits/${deposit.id}/sts.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe('inline; filename="sts-000001-35-73-2025.pdf"');
    const text = pdfText(res.rawPayload).replace(/\s+/g, ' ');
    for (const expected of [
      'PEMERINTAH KOTA MALANG',
      'SURAT TANDA SETORAN',
      'Nomor: STS/000001/35.73/2025',
      'Rekening Kas Umum Daerah Kota Malang',
      'Bank Jatim',
      // The region's RKUD as set on the day: the demo's, marked as an example.
      'Bank RKUD : Bank Jatim',
      'Nomor rekening RKUD : 1234567890 (nilai contoh)',
      'Atas nama : RKUD Pemerintah Kota Malang',
      '10 Maret 2025',
      '2 pembayaran',
      'Pokok PBJT Makanan dan/atau Minuman Rp 4.000.000',
      'Jumlah disetor Rp 4.000.000',
      'Terbilang: Empat juta rupiah',
      'Sari Bendahara Penerimaan',
    ]) {
      expect(text).toContain(expected);
    }
    const code = verificationCode(t.secrets.document, DOCUMENTS.kind('deposit'), '35.73', deposit.id);
    const verified = await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${code}` });
    expect(verified.json()).toMatchObject({
      kind: 'deposit',
      genuine: true,
      current: true,
      reference: 'STS/000001/35.73/2025',
      deposit: { day: DAY, bank: 'Bank Jatim', amount: 4_000_000, paymentCount: 2 },
    });
    expect(verified.json()).not.toHaveProperty('taxpayer');
    const page = await t.app.inject({ method: 'GET', url: `/verify/${code}` });
    expect(page.body).toContain('Telah disetor ke kas daerah');
    const sspd = verificationCode(t.secrets.document, DOCUMENTS.kind('payment'), '35.73', paid.matched.id);
    const receipt = await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${sspd}` });
    expect(receipt.json().payment.depositNumber).toBe('STS/000001/35.73/2025');
  });
});

describe('a deposit waits for the day and for a match that still holds', () => {
  it('is too early on the day itself, and needs the day’s statement', async () => {
    await payAt('2025-03-11T08:00:00+07:00', 'JTM-0311-1', 750_000);
    const today = await treasurer.post(`${REGION}/deposits`, { partnerId: 'BANKJATIM', day: '2025-03-11' });
    expect(today.statusCode).toBe(422);
    expect(today.json()).toMatchObject({ code: 'DEPOSIT_TOO_EARLY' });
    await payAt('2025-03-07T08:00:00+07:00', 'JTM-0307-1', 800_000);
    const noStatement = await treasurer.post(`${REGION}/deposits`, {
      partnerId: 'BANKJATIM',
      day: '2025-03-07',
    });
    expect(noStatement.json().code).toBe('STATEMENT_NOT_IMPORTED');
  });

  it('a payment posted to the day after its statement was matched stops the deposit until the file is matched again', async () => {
    const day = '2025-03-06';
    await payAt('2025-03-06T09:00:00+07:00', 'JTM-0306-1', 600_000);
    const file = jatimStatementCsv([line('JTM-0306-1', 600_000, day)]);
    expect((await upload(day, file)).json()).toMatchObject({
      mismatches: [],
      depositable: { amount: 600_000 },
    });
    // The bank's late notice of a payment taken that afternoon lands on the same day.
    await payAt('2025-03-06T15:00:00+07:00', 'JTM-0306-2', 900_000);
    const outdated = await treasurer.post(`${REGION}/deposits`, { partnerId: 'BANKJATIM', day });
    expect(outdated.statusCode).toBe(409);
    expect(outdated.json().code).toBe('RECONCILIATION_OUTDATED');

    const again = await upload(day, file);
    expect(again.statusCode).toBe(200);
    const [late] = again.json().mismatches;
    expect(late).toMatchObject({ kind: 'in_balai_only', balaiAmount: 900_000 });
    await treasurer.post(`${REGION}/reconciliation/mismatches/${late.id}/resolution`, {
      resolution: 'confirmed_by_bank',
      note: 'Masuk mutasi hari berikutnya',
    });
    const res = await treasurer.post(`${REGION}/deposits`, { partnerId: 'BANKJATIM', day });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ number: 'STS/000002/35.73/2025', amount: 1_500_000, paymentCount: 2 });
    const days = (await treasurer.get(`${REGION}/reconciliation/days?partnerId=BANKJATIM`)).json().items;
    expect(days.map((d: { day: string; depositNumber: string | null }) => [d.day, d.depositNumber])).toEqual([
      ['2025-03-10', 'STS/000001/35.73/2025'],
      ['2025-03-07', null],
      ['2025-03-06', 'STS/000002/35.73/2025'],
    ]);
    expect((await verifyLedger(t.db, '35.73')).findings).toEqual([]);
  });
});

describe('the STS names the region’s treasury account (RKUD) as it was on the day of the deposit', () => {
  const stsText = async (number: string) => {
    const deposits = (await treasurer.get(`${REGION}/deposits`)).json().items as {
      id: number;
      number: string;
    }[];
    const deposit = deposits.find((d) => d.number === number) as { id: number };
    const res = await treasurer.get(`${REGION}/deposits/${deposit.id}/sts.pdf`);
    expect(res.statusCode).toBe(200);
    return pdfText(res.rawPayload).replace(/\s+/g, ' ');
  };
  const depositDay = async (day: string, reference: string, amount: number) => {
    await payAt(`${day}T09:00:00+07:00`, reference, amount);
    expect((await upload(day, jatimStatementCsv([line(reference, amount, day)]))).statusCode).toBe(201);
    const res = await treasurer.post(`${REGION}/deposits`, { partnerId: 'BANKJATIM', day });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: number; number: string };
  };

  it('a new account prints on the next STS; an earlier STS keeps the account its money went to', async () => {
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const set = await admin.put(`${REGION}/payments/rkud`, {
      bankName: 'Bank Jatim Cabang Malang',
      accountNumber: '0011 2233 4455',
      accountName: 'RKUD Pemerintah Kota Malang',
    });
    expect(set.statusCode).toBe(200);
    const next = await depositDay('2025-03-05', 'JTM-0305-1', 700_000);
    expect(next.number).toBe('STS/000003/35.73/2025');
    const text = await stsText(next.number);
    expect(text).toContain('Bank RKUD : Bank Jatim Cabang Malang');
    expect(text).toContain('Nomor rekening RKUD : 001122334455 Atas nama');
    expect(text).not.toContain('nilai contoh');
    expect(await stsText('STS/000001/35.73/2025')).toContain(
      'Nomor rekening RKUD : 1234567890 (nilai contoh)',
    );
  });

  it('a region without an account set still deposits, and its STS says the account is not set', async () => {
    await t.db.query(`DELETE FROM rkud_account WHERE region_id = '35.73'`);
    const made = await depositDay('2025-03-04', 'JTM-0304-1', 650_000);
    const text = await stsText(made.number);
    expect(text).toContain('Nomor rekening RKUD : Belum ditetapkan (belum diisi administrator daerah)');
    expect(text).toContain('Jumlah disetor Rp 650.000');
    const [audit] = await t.db.query<{ after: { number: string; rkud: unknown } }>(
      `SELECT after FROM audit_entry WHERE region_id = '35.73' AND action = 'sts.deposit' ORDER BY seq DESC LIMIT 1`,
    );
    expect(audit?.after).toMatchObject({ number: made.number, rkud: null });
    expect((await verifyLedger(t.db, '35.73')).findings).toEqual([]);
  });
});
