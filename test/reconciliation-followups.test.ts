import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode } from '../src/documents/verification';
import { jatimStatementCsv } from '../src/payments/reconciliation/demo-statements';
import { Bank } from './support/bank';
import { DOCUMENTS } from './support/documents';
import { jatimDays, REGION } from './support/jatim-day';
import { pdfText } from './support/pdf';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The treasurer's follow-ups to a day's reconciliation at Bank Jatim: replacing a wrongly uploaded statement before
 * the day is deposited, and the follow-up deposit (STS susulan) of what a day's first STS did not carry. The clock
 * is moved to each scene's moment and back to 11 March 2025, 10:00 WIB; the region's reversal window is 0 days, so
 * a day can be deposited from the next one.
 */

const TODAY = '2025-03-11T10:00:00+07:00';

let t: TestApp;
let jatim: Bank;
let treasurer: Agent;
let colleague: Agent;

const {
  pay,
  line,
  file,
  upload,
  replace,
  dayView,
  deposit,
  followUp,
  resolve,
  depositsPerPayment,
  booksHold,
} = jatimDays(() => ({ t, jatim, treasurer }), TODAY);

async function balance(account: string): Promise<number> {
  const [row] = await t.db.query<{ balance: number }>(
    `SELECT coalesce(sum(debit - credit), 0)::int8 AS balance FROM journal_line WHERE region_id = '35.73' AND account = $1`,
    [account],
  );
  return Number(row?.balance ?? 0);
}

beforeAll(async () => {
  t = await startTestApp();
  jatim = new Bank(t.app, t.clock, 'BANKJATIM', 'bankjatim-demo-secret');
  t.clock.set(new Date(TODAY));
  treasurer = await signedIn(t.app, 'bendahara@malang.demo');
  colleague = await signedIn(t.app, 'bendahara@malang.demo');
});
afterAll(() => t.close());

describe('replacing a wrongly uploaded statement', () => {
  const DAY = '2025-03-08';
  const paid = {} as Record<'a' | 'b', Awaited<ReturnType<typeof pay>>>;
  const wrong = file(DAY, [['GIRO-0308-77', 750_000]]);
  const right = () =>
    file(DAY, [
      [paid.a.reference, paid.a.amount],
      [paid.b.reference, paid.b.amount],
    ]);
  let wrongId = 0;

  beforeAll(async () => {
    paid.a = await pay('JTM-0308-1', 1_000_000, '2025-03-08T09:00:00+07:00');
    paid.b = await pay('JTM-0308-2', 2_000_000, '2025-03-08T10:00:00+07:00');
  });

  it('the wrong file is imported and one of its mismatches decided', async () => {
    // Another account's export: its one credit is no payment, and neither of the day's payments is on it.
    const res = await upload(DAY, wrong, 'mutasi-giro.csv');
    expect(res.statusCode).toBe(201);
    const view = res.json();
    wrongId = view.statement.id;
    expect(view.mismatches.map((m: { kind: string }) => m.kind)).toEqual([
      'in_bank_only',
      'in_balai_only',
      'in_balai_only',
    ]);
    const bankOnly = view.mismatches[0];
    expect((await resolve(bankOnly.id, 'not_tax_receipt', 'Bukan setoran pajak')).statusCode).toBe(200);
    // Another file by the ordinary import is still refused, and the refusal says how to replace it.
    const conflict = await upload(DAY, right(), 'benar.csv');
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().code).toBe('STATEMENT_CONFLICT');
    expect(conflict.json().detail).toContain('gantilah');
  });

  it('a replacement needs a reason, a different file, a valid file and the treasurer', async () => {
    expect((await replace(wrongId, right(), '  ')).statusCode).toBe(400);
    const same = await replace(wrongId, wrong, 'Salah unggah');
    expect(same.statusCode).toBe(422);
    expect(same.json().code).toBe('STATEMENT_REPLACEMENT_SAME_FILE');
    const invalid = await replace(wrongId, file('2025-03-07', [['X', 1]]), 'Salah tanggal');
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json().code).toBe('STATEMENT_INVALID');
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    expect((await replace(wrongId, right(), 'Salah unggah', officer)).statusCode).toBe(403);
    const unknown = await replace(999_999, right(), 'Salah unggah');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().code).toBe('STATEMENT_NOT_FOUND');
    expect((await dayView(DAY)).statement.id).toBe(wrongId);
  });

  it('replaces the statement before the deposit: the old file is kept as superseded with who, when and why, and the new one is matched afresh', async () => {
    const reason = 'Salah unggah: mutasi rekening giro, bukan rekening penerimaan pajak';
    const res = await replace(wrongId, right(), reason);
    expect(res.statusCode).toBe(201);
    const view = res.json();
    expect(view).toMatchObject({
      statement: { fileName: 'benar.csv', lineCount: 2, total: 3_000_000 },
      matched: { count: 2, amount: 3_000_000 },
      mismatches: [],
      supersededStatements: [
        {
          id: wrongId,
          fileName: 'mutasi-giro.csv',
          lineCount: 1,
          total: 750_000,
          importedBy: 'bendahara@malang.demo',
          replacedBy: { id: view.statement.id, fileName: 'benar.csv' },
          supersededBy: 'bendahara@malang.demo',
          reason,
          withdrawnMismatches: 2,
        },
      ],
      depositable: { amount: 3_000_000, paymentCount: 2, followUp: false },
      blocker: null,
    });
    // The wrong file is evidence: kept as received, with its lines.
    const [kept] = await t.db.query<{ content: string; lines: number }>(
      `SELECT content,
         (SELECT count(*) FROM bank_statement_line l WHERE l.region_id = $1 AND l.statement_id = s.id)::int AS lines
       FROM bank_statement s WHERE s.region_id = $1 AND s.id = $2`,
      ['35.73', wrongId],
    );
    expect(kept).toEqual({ content: wrong, lines: 1 });
  });

  it('the superseded file’s open mismatches are withdrawn (kept, marked, audited); its decided one keeps its decision', async () => {
    const withdrawn = (
      await treasurer.get(`${REGION}/reconciliation/mismatches?state=withdrawn&day=${DAY}`)
    ).json().items;
    expect(withdrawn.map((m: { kind: string; statementId: number }) => [m.kind, m.statementId])).toEqual([
      ['in_balai_only', wrongId],
      ['in_balai_only', wrongId],
    ]);
    expect(withdrawn[0]).toMatchObject({
      resolution: null,
      withdrawal: { withdrawnBy: 'bendahara@malang.demo', reason: expect.stringContaining('Salah unggah') },
    });
    const open = (await treasurer.get(`${REGION}/reconciliation/mismatches?day=${DAY}`)).json().items;
    expect(open).toEqual([]);
    const decided = (
      await treasurer.get(`${REGION}/reconciliation/mismatches?state=resolved&day=${DAY}`)
    ).json().items;
    expect(decided).toMatchObject([{ kind: 'in_bank_only', resolution: { resolution: 'not_tax_receipt' } }]);

    const late = await resolve(withdrawn[0].id, 'confirmed_by_bank', 'Terlambat');
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('MISMATCH_WITHDRAWN');

    const audits = await t.db.query<{
      action: string;
      entityId: string;
      actor: string;
      after: Record<string, unknown>;
    }>(
      `SELECT action, entity_id AS "entityId", actor, after FROM audit_entry
       WHERE region_id = '35.73' AND action IN ('statement.replace', 'reconciliation.withdraw') ORDER BY seq`,
    );
    expect(audits.map((a) => [a.action, a.entityId, a.actor])).toEqual([
      ['statement.replace', String(wrongId), 'bendahara@malang.demo'],
      ['reconciliation.withdraw', String(withdrawn[0].id), 'bendahara@malang.demo'],
      ['reconciliation.withdraw', String(withdrawn[1].id), 'bendahara@malang.demo'],
    ]);
    expect(audits[0]?.after).toMatchObject({
      fileName: 'mutasi-giro.csv',
      supersededBy: { fileName: 'benar.csv', total: 3_000_000 },
      reason: expect.stringContaining('rekening giro'),
      withdrawnMismatches: withdrawn.map((m: { id: number }) => m.id),
    });
  });

  it('only the current statement counts: the superseded one cannot be replaced or matched again, and the day lists one statement', async () => {
    const again = await replace(wrongId, file(DAY, [[paid.a.reference, paid.a.amount]]), 'Salah lagi');
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'STATEMENT_SUPERSEDED' });
    expect(again.json().detail).toContain('benar.csv');
    expect((await treasurer.post(`${REGION}/bank-statements/${wrongId}/rematch`)).json().code).toBe(
      'STATEMENT_SUPERSEDED',
    );
    // The same (right) file again is the current statement: matched afresh, nothing new.
    expect((await upload(DAY, right(), 'copy.csv')).statusCode).toBe(200);
    const days = (await treasurer.get(`${REGION}/reconciliation/days?partnerId=BANKJATIM`)).json().items;
    expect(days.find((d: { day: string }) => d.day === DAY)).toMatchObject({
      payments: 2,
      statementImported: true,
      openMismatches: 0,
      depositNumber: null,
    });
    await booksHold();
  });

  it('after the day is deposited its statement is not replaced: 409 with the STS, in Indonesian and English', async () => {
    const made = await deposit(DAY);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ amount: 3_000_000, paymentCount: 2, follows: null });
    const current = (await dayView(DAY)).statement.id;
    const refused = await replace(
      current,
      file(DAY, [[paid.a.reference, paid.a.amount]]),
      'Bank kirim koreksi',
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({
      code: 'STATEMENT_DAY_DEPOSITED',
      title: 'Rekening koran tidak dapat diganti',
    });
    expect(refused.json().detail).toContain(made.json().number);
    const english = await treasurer.post(
      `${REGION}/bank-statements/${current}/replacement`,
      {
        fileName: 'x.csv',
        content: file(DAY, [[paid.a.reference, paid.a.amount]]),
        reason: 'Bank correction',
      },
      { headers: { 'accept-language': 'en' } },
    );
    expect(english.json()).toMatchObject({
      code: 'STATEMENT_DAY_DEPOSITED',
      title: 'Statement cannot be replaced',
    });
    expect(english.json().detail).toContain('can no longer be replaced');
    // The database refuses it as well, whoever writes.
    await expect(
      t.db.query(
        `INSERT INTO bank_statement (region_id, partner_id, day, file_name, file_hash, content, imported_at,
           replaces_statement_id, replacement_reason)
         VALUES ('35.73', 'BANKJATIM', $1, 'x.csv', repeat('a', 64), 'x', now(), $2, 'langsung ke basis data')`,
        [DAY, current],
      ),
    ).rejects.toThrow(/deposited and cannot be replaced/);
    expect((await dayView(DAY)).statement.id).toBe(current);
    await booksHold();
  });
});

describe('follow-up deposit (STS susulan)', () => {
  const DAY = '2025-03-10';
  let first = { id: 0, number: '' };
  let early: Awaited<ReturnType<typeof pay>>;
  let withheld: Awaited<ReturnType<typeof pay>>;
  let late: Awaited<ReturnType<typeof pay>>;

  it('is refused for a day without its first STS', async () => {
    early = await pay('JTM-0310-1', 1_000_000, '2025-03-10T09:00:00+07:00');
    withheld = await pay('JTM-0310-2', 2_000_000, '2025-03-10T10:00:00+07:00');
    const res = await followUp(DAY);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('FIRST_DEPOSIT_MISSING');
    expect(res.json().detail).toContain('STS susulan');
  });

  it('the day’s first STS carries what is reconciled and leaves a withheld payment at the bank', async () => {
    const imported = await upload(
      DAY,
      file(DAY, [
        [early.reference, early.amount],
        [withheld.reference, withheld.amount - 10_000],
      ]),
    );
    const differs = imported.json().mismatches[0];
    expect(differs).toMatchObject({ kind: 'amount_differs', paymentId: withheld.id });
    await resolve(differs.id, 'withheld', 'Bank menyetor kurang Rp10.000');
    const res = await deposit(DAY);
    expect(res.statusCode).toBe(201);
    first = res.json();
    expect(res.json()).toMatchObject({ amount: 1_000_000, paymentCount: 1, follows: null });
    expect(await depositsPerPayment([early.id, withheld.id])).toEqual([[early.id, 1]]);
  });

  it('a payment posted late onto the deposited day shows as not deposited and needs the statement matched again', async () => {
    // The bank's delayed notice, the next morning, of a payment taken the evening before.
    late = await pay('JTM-0310-3', 3_000_000, '2025-03-10T20:00:00+07:00', '2025-03-11T07:30:00+07:00');
    expect(late.day).toBe(DAY);
    const view = await dayView(DAY);
    expect(view).toMatchObject({
      deposit: { number: first.number },
      followUps: [],
      depositable: null,
      blocker: { code: 'RECONCILIATION_OUTDATED' },
    });
    expect(
      view.undeposited.map((u: { paymentId: number; standing: string }) => [u.paymentId, u.standing]),
    ).toEqual([
      [withheld.id, 'withheld'],
      [late.id, 'unmatched'],
    ]);
    expect(view.undeposited[1]).toMatchObject({ bankReference: 'JTM-0310-3', amount: 3_000_000 });
    const days = (await treasurer.get(`${REGION}/reconciliation/days?partnerId=BANKJATIM`)).json().items;
    expect(days.find((d: { day: string }) => d.day === DAY)).toMatchObject({
      depositNumber: first.number,
      followUpNumbers: [],
      undeposited: { count: 2, amount: 5_000_000 },
    });

    const again = await deposit(DAY);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('DAY_ALREADY_DEPOSITED');
    const outdated = await followUp(DAY);
    expect(outdated.statusCode).toBe(409);
    expect(outdated.json().code).toBe('RECONCILIATION_OUTDATED');
  });

  it('matched again, the late payment waits for the treasurer’s decision like any mismatch', async () => {
    const rematched = await treasurer.post(
      `${REGION}/bank-statements/${(await dayView(DAY)).statement.id}/rematch`,
    );
    expect(rematched.statusCode).toBe(200);
    const open = rematched.json().mismatches.filter((m: { resolution: unknown }) => m.resolution === null);
    expect(open).toMatchObject([{ kind: 'in_balai_only', paymentId: late.id }]);
    expect(rematched.json().undeposited.map((u: { standing: string }) => u.standing)).toEqual([
      'withheld',
      'undecided',
    ]);
    expect((await followUp(DAY)).json().code).toBe('MISMATCHES_OPEN');
    await resolve(open[0].id, 'confirmed_by_bank', 'Masuk rekening koran hari berikutnya');
    expect((await dayView(DAY)).depositable).toEqual({ amount: 3_000_000, paymentCount: 1, followUp: true });
  });

  it('deposits exactly what the first STS did not carry, with its own number naming the first', async () => {
    const bank = await balance('kas:bank_jatim');
    const treasury = await balance('kas_daerah');
    const res = await followUp(DAY);
    expect(res.statusCode).toBe(201);
    const made = res.json();
    expect(made).toMatchObject({
      partnerId: 'BANKJATIM',
      day: DAY,
      amount: 3_000_000,
      paymentCount: 1,
      depositedBy: 'bendahara@malang.demo',
      follows: { id: first.id, number: first.number },
    });
    expect(made.number).not.toBe(first.number);
    expect(made.number).toMatch(/^STS\/\d{6}\/35\.73\/2025$/);
    expect(await depositsPerPayment([early.id, withheld.id, late.id])).toEqual([
      [early.id, 1],
      [late.id, 1],
    ]);
    expect(await balance('kas_daerah')).toBe(treasury + 3_000_000);
    expect(await balance('kas:bank_jatim')).toBe(bank - 3_000_000);
    const [journal] = await t.db.query<{ kind: string; memo: string }>(
      `SELECT j.kind, j.memo FROM deposit d JOIN journal j ON j.region_id = d.region_id AND j.id = d.journal_id
       WHERE d.id = $1`,
      [made.id],
    );
    expect(journal).toEqual({
      kind: 'deposit',
      memo: expect.stringContaining(`susulan ${made.number} atas ${first.number}`),
    });
    const [audit] = await t.db.query<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_entry WHERE region_id = '35.73' AND action = 'sts.deposit_follow_up' AND entity_id = $1`,
      [String(made.id)],
    );
    expect(audit?.after).toMatchObject({ number: made.number, follows: first.number, paymentIds: [late.id] });

    const view = await dayView(DAY);
    expect(view).toMatchObject({
      deposit: { number: first.number },
      followUps: [{ id: made.id, number: made.number, amount: 3_000_000, paymentCount: 1 }],
      depositable: null,
      blocker: { code: 'DAY_ALREADY_DEPOSITED' },
    });
    // The withheld payment stays at the bank: the treasurer's decision stands.
    expect(
      view.undeposited.map((u: { paymentId: number; standing: string }) => [u.paymentId, u.standing]),
    ).toEqual([[withheld.id, 'withheld']]);
    const payments = (await treasurer.get(`${REGION}/payments?day=${DAY}&partnerId=BANKJATIM`)).json().items;
    expect(
      Object.fromEntries(
        payments.map((p: { bankReference: string; depositNumber: string | null }) => [
          p.bankReference,
          p.depositNumber,
        ]),
      ),
    ).toEqual({
      'JTM-0310-1': first.number,
      'JTM-0310-2': null,
      'JTM-0310-3': made.number,
    });
    const days = (await treasurer.get(`${REGION}/reconciliation/days?partnerId=BANKJATIM`)).json().items;
    expect(days.find((d: { day: string }) => d.day === DAY)).toMatchObject({
      depositNumber: first.number,
      followUpNumbers: [made.number],
      undeposited: { count: 1, amount: 2_000_000 },
    });
    const nothing = await followUp(DAY);
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json().code).toBe('DAY_ALREADY_DEPOSITED');
    await booksHold();
  });

  it('the follow-up STS prints as STS susulan of the first, and verifies as genuine', async () => {
    const [made] = (await treasurer.get(`${REGION}/deposits?partnerId=BANKJATIM&day=${DAY}`)).json().items;
    expect(made.follows).toMatchObject({ number: first.number });
    const res = await treasurer.get(`${REGION}/deposits/${made.id}/sts.pdf`);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload).replace(/\s+/g, ' ');
    for (const expected of [
      'SURAT TANDA SETORAN',
      '(STS SUSULAN)',
      `Nomor: ${made.number}`,
      `setoran susulan atas STS ${first.number}`,
      `Susulan atas STS : ${first.number}`,
      '1 pembayaran',
      'Jumlah disetor Rp 3.000.000',
    ]) {
      expect(text).toContain(expected);
    }
    const firstPdf = pdfText((await treasurer.get(`${REGION}/deposits/${first.id}/sts.pdf`)).rawPayload);
    expect(firstPdf).not.toContain('SUSULAN');
    const code = verificationCode(t.secrets.document, DOCUMENTS.kind('deposit'), '35.73', made.id);
    const verified = await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${code}` });
    expect(verified.json()).toMatchObject({
      kind: 'deposit',
      genuine: true,
      title: 'SURAT TANDA SETORAN (STS SUSULAN)',
      reference: made.number,
      deposit: { day: DAY, amount: 3_000_000, paymentCount: 1, followsNumber: first.number },
    });
    const page = await t.app.inject({ method: 'GET', url: `/verify/${code}` });
    expect(page.body).toContain(first.number);
  });
});

describe('two treasurers at once', () => {
  it('two first deposits of one day at once: one STS, the other refused, each payment deposited once', async () => {
    const DAY = '2025-03-07';
    const a = await pay('JTM-0307-1', 400_000, '2025-03-07T09:00:00+07:00');
    const b = await pay('JTM-0307-2', 500_000, '2025-03-07T10:00:00+07:00');
    await upload(
      DAY,
      file(DAY, [
        [a.reference, a.amount],
        [b.reference, b.amount],
      ]),
    );
    const answers = await Promise.all([deposit(DAY), deposit(DAY, colleague)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.statusCode === 409)?.json().code).toBe('DAY_ALREADY_DEPOSITED');
    expect(await depositsPerPayment([a.id, b.id])).toEqual([
      [a.id, 1],
      [b.id, 1],
    ]);
    await booksHold();
  });

  it('two follow-ups of one day at once: one STS susulan, the other finds nothing left, the late payment deposited once', async () => {
    const DAY = '2025-03-07';
    const lateOne = await pay(
      'JTM-0307-3',
      600_000,
      '2025-03-07T21:00:00+07:00',
      '2025-03-08T08:00:00+07:00',
    );
    const statementId = (await dayView(DAY)).statement.id;
    const [queued] = (await treasurer.post(`${REGION}/bank-statements/${statementId}/rematch`)).json()
      .mismatches;
    await resolve(queued.id, 'confirmed_by_bank', 'Konfirmasi bank');
    const treasury = await balance('kas_daerah');
    const answers = await Promise.all([followUp(DAY), followUp(DAY, colleague)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((r) => r.statusCode === 409)?.json().code).toBe('DAY_ALREADY_DEPOSITED');
    expect(await depositsPerPayment([lateOne.id])).toEqual([[lateOne.id, 1]]);
    expect(await balance('kas_daerah')).toBe(treasury + 600_000);
    await booksHold();
  });

  it('a replacement and a deposit of one day at once: the deposit always rests on the current statement', async () => {
    const DAY = '2025-03-06';
    const a = await pay('JTM-0306-1', 700_000, '2025-03-06T09:00:00+07:00');
    const imported = (await upload(DAY, file(DAY, [[a.reference, a.amount]]), 'pertama.csv')).json();
    const other = jatimStatementCsv([{ ...line(DAY, a.reference, a.amount), time: '12:30:00' }]);
    const [replaced, deposited] = await Promise.all([
      replace(imported.statement.id, other, 'Ekspor bank yang lengkap', colleague, 'kedua.csv'),
      deposit(DAY),
    ]);
    expect(deposited.statusCode).toBe(201);
    if (replaced.statusCode === 201) {
      expect(deposited.json().amount).toBe(700_000);
    } else {
      expect(replaced.statusCode).toBe(409);
      expect(replaced.json().code).toBe('STATEMENT_DAY_DEPOSITED');
    }
    const [row] = await t.db.query<{ current: boolean }>(
      `SELECT NOT EXISTS (SELECT 1 FROM bank_statement n WHERE n.region_id = d.region_id
         AND n.replaces_statement_id = d.statement_id) AS current
       FROM deposit d WHERE d.id = $1`,
      [deposited.json().id],
    );
    expect(row?.current).toBe(true);
    await booksHold();
  });
});
