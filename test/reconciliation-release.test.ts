import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Bank } from './support/bank';
import { jatimDays, REGION } from './support/jatim-day';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Releasing a payment the treasurer withheld at reconciliation, once Bank Jatim confirms its money after all: the
 * day's next deposit carries it (the first STS, or an STS susulan). The clock stands at 11 March 2025, 10:00 WIB
 * between scenes; the region's reversal window is 0 days (so a day is deposited from the next one) except in the
 * last scene, which widens it to let the bank reverse a withheld payment.
 */

const TODAY = '2025-03-11T10:00:00+07:00';

let t: TestApp;
let jatim: Bank;
let treasurer: Agent;

const {
  pay,
  file,
  upload,
  replace,
  dayView,
  deposit,
  followUp,
  resolve,
  release,
  depositsPerPayment,
  booksHold,
} = jatimDays(() => ({ t, jatim, treasurer }), TODAY);

/** Pays `kept` and `missing` on `day`, imports a statement that lists only `kept`, and withholds `missing`. */
async function dayWithWithheld(day: string, tag: string) {
  const kept = await pay(`JTM-${tag}-1`, 1_000_000, `${day}T09:00:00+07:00`);
  const missing = await pay(`JTM-${tag}-2`, 2_000_000, `${day}T10:00:00+07:00`);
  const view = (await upload(day, file(day, [[kept.reference, kept.amount]]))).json();
  const mismatch = view.mismatches.find((m: { paymentId: number }) => m.paymentId === missing.id);
  expect(mismatch).toMatchObject({ kind: 'in_balai_only' });
  expect((await resolve(mismatch.id, 'withheld', 'Tidak ada di rekening koran')).statusCode).toBe(200);
  return { kept, missing, mismatchId: mismatch.id as number, statementId: view.statement.id as number };
}

beforeAll(async () => {
  t = await startTestApp();
  jatim = new Bank(t.app, t.clock, 'BANKJATIM', 'bankjatim-demo-secret');
  t.clock.set(new Date(TODAY));
  treasurer = await signedIn(t.app, 'bendahara@malang.demo');
});
afterAll(() => t.close());

describe('a withheld payment released after the first STS', () => {
  const DAY = '2025-03-07';
  let day: Awaited<ReturnType<typeof dayWithWithheld>>;

  it('the first STS leaves the withheld payment at the bank', async () => {
    day = await dayWithWithheld(DAY, '0307');
    const first = await deposit(DAY);
    expect(first.json()).toMatchObject({ amount: 1_000_000, paymentCount: 1 });
    const view = await dayView(DAY);
    expect(
      view.undeposited.map((u: { paymentId: number; standing: string }) => [u.paymentId, u.standing]),
    ).toEqual([[day.missing.id, 'withheld']]);
    expect(view.depositable).toBeNull();
  });

  it('released with a note naming the bank’s confirmation, it is ready: who, when and why are shown and audited', async () => {
    const res = await release(day.mismatchId, 'Surat Bank Jatim No. 123/2025: dana sudah masuk');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      resolution: { resolution: 'withheld' },
      release: {
        note: 'Surat Bank Jatim No. 123/2025: dana sudah masuk',
        releasedBy: 'bendahara@malang.demo',
      },
    });
    const view = await dayView(DAY);
    expect(view.undeposited.map((u: { standing: string }) => u.standing)).toEqual(['ready']);
    expect(view.depositable).toEqual({ amount: 2_000_000, paymentCount: 1, followUp: true });
    const audit = (
      await signedIn(t.app, 'auditor@malang.demo').then((a) =>
        a.get(`${REGION}/audit?action=reconciliation.release&limit=1`),
      )
    ).json();
    expect(audit.entries[0]).toMatchObject({
      actor: 'bendahara@malang.demo',
      entity: 'reconciliation_mismatch',
      entityId: String(day.mismatchId),
      before: { resolution: 'withheld', released: false },
      after: { released: true, paymentId: day.missing.id, amount: 2_000_000 },
    });
  });

  it('an STS susulan carries it, once', async () => {
    const res = await followUp(DAY);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ amount: 2_000_000, paymentCount: 1 });
    expect(await depositsPerPayment([day.kept.id, day.missing.id])).toEqual([
      [day.kept.id, 1],
      [day.missing.id, 1],
    ]);
    expect((await followUp(DAY)).json().code).toBe('DAY_ALREADY_DEPOSITED');
    await booksHold();
  });

  it('is released once: a second release is 409 and the first note stands', async () => {
    const again = await release(day.mismatchId, 'Rilis kedua');
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('MISMATCH_ALREADY_RELEASED');
    const [row] = await t.db.query<{ note: string }>(
      'SELECT note FROM reconciliation_release WHERE region_id = $1 AND mismatch_id = $2',
      ['35.73', day.mismatchId],
    );
    expect(row?.note).toBe('Surat Bank Jatim No. 123/2025: dana sudah masuk');
  });
});

describe('a withheld payment released before the day is deposited', () => {
  it('goes with the rest of the day in the first STS', async () => {
    const DAY = '2025-03-06';
    const day = await dayWithWithheld(DAY, '0306');
    expect((await release(day.mismatchId, 'Konfirmasi bank via email')).statusCode).toBe(200);
    const res = await deposit(DAY);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ amount: 3_000_000, paymentCount: 2 });
    expect(await depositsPerPayment([day.kept.id, day.missing.id])).toEqual([
      [day.kept.id, 1],
      [day.missing.id, 1],
    ]);
    await booksHold();
  });
});

describe('what cannot be released', () => {
  it('an open mismatch, one whose payment the bank confirmed, and one with no payment: 409 MISMATCH_NOT_WITHHELD', async () => {
    const DAY = '2025-03-05';
    const a = await pay('JTM-0305-1', 500_000, '2025-03-05T09:00:00+07:00');
    const b = await pay('JTM-0305-2', 600_000, '2025-03-05T10:00:00+07:00');
    const view = (await upload(DAY, file(DAY, [['GIRO-0305-9', 99_000]]))).json();
    const of = (paymentId: number | null) =>
      view.mismatches.find((m: { paymentId: number | null }) => m.paymentId === paymentId).id as number;
    await resolve(of(a.id), 'confirmed_by_bank', 'Bank mengonfirmasi lewat telepon');
    await resolve(of(null), 'not_tax_receipt', 'Transfer antarrekening');
    for (const id of [of(b.id), of(a.id), of(null)]) {
      const res = await release(id, 'Konfirmasi bank');
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('MISMATCH_NOT_WITHHELD');
    }
    const en = await treasurer.post(
      `${REGION}/reconciliation/mismatches/${of(b.id)}/release`,
      { note: 'Bank letter' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(en.json().detail).toContain('only a payment decided "withheld" can be released');
  });

  it('a mismatch that does not exist is 404; a note under 3 characters is 400 naming the field', async () => {
    expect((await release(999_999, 'Konfirmasi bank')).json().code).toBe('MISMATCH_NOT_FOUND');
    const day = await dayWithWithheld('2025-03-04', '0304');
    const short = await release(day.mismatchId, 'ok');
    expect(short.statusCode).toBe(400);
    expect(short.json().errors.map((e: { field: string }) => e.field)).toEqual(['note']);
  });

  it('only the treasurer releases: an officer and an auditor are refused, and nothing is written', async () => {
    const [withheld] = await t.db.query<{ id: number }>(
      `SELECT r.mismatch_id AS id FROM reconciliation_resolution r
       WHERE r.region_id = '35.73' AND r.resolution = 'withheld'
         AND NOT EXISTS (SELECT 1 FROM reconciliation_release x WHERE x.region_id = r.region_id AND x.mismatch_id = r.mismatch_id)
       ORDER BY r.mismatch_id LIMIT 1`,
    );
    for (const email of ['petugas@malang.demo', 'auditor@malang.demo']) {
      const res = await release(Number(withheld?.id), 'Konfirmasi bank', await signedIn(t.app, email));
      expect(res.statusCode).toBe(403);
    }
    const [count] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reconciliation_release WHERE region_id = '35.73' AND mismatch_id = $1`,
      [withheld?.id],
    );
    expect(count?.n).toBe(0);
  });

  it("another region's treasurer cannot reach Kota Malang's mismatch: 404 on Malang's path and on its own", async () => {
    const admin = await signedIn(t.app, 'admin@bangka.demo');
    const created = await admin.post('/api/v1/regions/19.01/users', {
      email: 'bendahara@bangka.test',
      name: 'Bendahara Bangka',
      password: 'bendahara-bangka-1',
      roles: ['treasurer'],
    });
    expect(created.statusCode).toBe(201);
    const bangka = await signedIn(t.app, 'bendahara@bangka.test', 'bendahara-bangka-1');
    const day = await dayWithWithheld('2025-03-03', '0303');
    expect((await release(day.mismatchId, 'Konfirmasi bank', bangka)).statusCode).toBe(404);
    const own = await bangka.post(
      `/api/v1/regions/19.01/reconciliation/mismatches/${day.mismatchId}/release`,
      {
        note: 'Konfirmasi bank',
      },
    );
    expect(own.statusCode).toBe(404);
    expect(own.json().code).toBe('MISMATCH_NOT_FOUND');
    expect((await dayView('2025-03-03')).undeposited).toEqual([]);
  });

  it('a decision on a replaced statement: 409 STATEMENT_SUPERSEDED (the current file is decided afresh)', async () => {
    const DAY = '2025-03-02';
    const day = await dayWithWithheld(DAY, '0302');
    const corrected = file(DAY, [
      [day.kept.reference, day.kept.amount],
      [day.missing.reference, day.missing.amount],
    ]);
    expect((await replace(day.statementId, corrected, 'Ekspor bank yang lengkap')).statusCode).toBe(201);
    const res = await release(day.mismatchId, 'Konfirmasi bank');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('STATEMENT_SUPERSEDED');
  });

  it('the database refuses a release of a mismatch that withheld nothing, and any change to a release', async () => {
    const [confirmed] = await t.db.query<{ id: number }>(
      `SELECT mismatch_id AS id FROM reconciliation_resolution WHERE region_id = '35.73' AND resolution <> 'withheld' LIMIT 1`,
    );
    await expect(
      t.db.query(
        `INSERT INTO reconciliation_release (region_id, mismatch_id, note, released_at) VALUES ('35.73', $1, 'Langsung', now())`,
        [confirmed?.id],
      ),
    ).rejects.toThrow(/did not withhold a payment/);
    await expect(t.db.query(`UPDATE reconciliation_release SET note = 'diubah'`)).rejects.toThrow();
    await expect(t.db.query('DELETE FROM reconciliation_release')).rejects.toThrow();
  });
});

describe('two treasurers at once', () => {
  it('a release and an STS susulan at once: the payment is deposited exactly once, by that STS or the next', async () => {
    const DAY = '2025-03-01';
    const day = await dayWithWithheld(DAY, '0301');
    expect((await deposit(DAY)).statusCode).toBe(201);
    const colleague = await signedIn(t.app, 'bendahara@malang.demo');
    const [released, followed] = await Promise.all([
      release(day.mismatchId, 'Konfirmasi bank'),
      followUp(DAY, colleague),
    ]);
    expect(released.statusCode).toBe(200);
    if (followed.statusCode !== 201) {
      // The follow-up read the day before the release: nothing was ready then. The next one carries it.
      expect(followed.json().code).toBe('DAY_ALREADY_DEPOSITED');
      expect((await followUp(DAY)).statusCode).toBe(201);
    }
    expect(await depositsPerPayment([day.missing.id])).toEqual([[day.missing.id, 1]]);
    await booksHold();
  });
});

describe('a withheld payment the bank reversed', () => {
  it('is not released: 409 naming its NTPD, nothing to deposit', async () => {
    const windowDays = (days: number) =>
      t.db.query(
        `INSERT INTO payment_setting (region_id, reversal_window_days) VALUES ('35.73', $1)
         ON CONFLICT (region_id) DO UPDATE SET reversal_window_days = excluded.reversal_window_days`,
        [days],
      );
    await windowDays(5);
    try {
      const DAY = '2025-03-10';
      const day = await dayWithWithheld(DAY, '0310');
      const reversed = await jatim.post('reversal', {
        billingCode: day.missing.billingCode,
        bankReference: day.missing.reference,
      });
      expect(reversed.json().responseCode).toBe('00');
      const res = await release(day.mismatchId, 'Konfirmasi bank');
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('RELEASE_OF_REVERSED_PAYMENT');
      const [ntpd] = await t.db.query<{ ntpd: string }>('SELECT ntpd FROM payment WHERE id = $1', [
        day.missing.id,
      ]);
      expect(res.json().detail).toContain(ntpd?.ntpd);
    } finally {
      await windowDays(0);
    }
  });
});
