import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/platform/audit';
import { TEST_CLOCK } from './support/constants';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The region's treasury account (RKUD) through the API: the demo's example accounts, who reads and who sets it,
 * the refusal of a bad account number, the audit of each change, and that no region sees another's. The STS that
 * prints it is tested with the deposits (reconciliation.test.ts).
 */

const MALANG = '/api/v1/regions/35.73';
const BANGKA = '/api/v1/regions/19.01';

let t: TestApp;
let admin: Agent;
const read = async () => (await admin.get(`${MALANG}/payments/rkud`)).json();
const auditEntries = async (regionId: string) =>
  t.db.query<{ actor: string; entityId: string; before: unknown; after: Record<string, unknown> }>(
    `SELECT actor, entity_id AS "entityId", before, after FROM audit_entry
     WHERE region_id = $1 AND action = 'rkud.configure' ORDER BY seq`,
    [regionId],
  );

beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t.app, 'admin@malang.demo');
});
afterAll(() => t.close());

describe('the demo’s RKUD accounts', () => {
  it('Kota Malang’s is at Bank Jatim, marked as an example', async () => {
    const res = await admin.get(`${MALANG}/payments/rkud`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      bankName: 'Bank Jatim',
      accountNumber: '1234567890',
      accountName: 'RKUD Pemerintah Kota Malang',
      exampleOnly: true,
    });
  });

  it('Kabupaten Bangka’s is at Bank Sumsel Babel, marked as an example', async () => {
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    expect((await bangka.get(`${BANGKA}/payments/rkud`)).json()).toMatchObject({
      bankName: 'Bank Sumsel Babel',
      accountName: 'RKUD Pemerintah Kabupaten Bangka',
      exampleOnly: true,
    });
  });
});

describe('who reads and who sets it', () => {
  it('administrators, supervisors, the treasurer and auditors read it; an officer or a taxpayer may not', async () => {
    for (const email of ['supervisor@malang.demo', 'bendahara@malang.demo', 'auditor@malang.demo']) {
      const reader = await signedIn(t.app, email);
      expect((await reader.get(`${MALANG}/payments/rkud`)).statusCode, email).toBe(200);
    }
    for (const email of ['petugas@malang.demo', 'wp@malang.demo', 'bank@malang.demo']) {
      const other = await signedIn(t.app, email);
      const res = await other.get(`${MALANG}/payments/rkud`);
      expect(res.statusCode, email).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN_ROLE');
    }
  });

  it('only the administrator sets it: the treasurer and a supervisor are refused and nothing changes', async () => {
    const before = await read();
    for (const email of ['bendahara@malang.demo', 'supervisor@malang.demo']) {
      const other = await signedIn(t.app, email);
      const res = await other.put(`${MALANG}/payments/rkud`, {
        bankName: 'Bank Lain',
        accountNumber: '5555555555',
        accountName: 'Rekening Lain',
      });
      expect(res.statusCode, email).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN_ROLE');
    }
    expect(await read()).toEqual(before);
  });

  it('a change needs the session’s CSRF token', async () => {
    const res = await admin.put(
      `${MALANG}/payments/rkud`,
      { bankName: 'Bank Jatim', accountNumber: '5555555555', accountName: 'RKUD Pemerintah Kota Malang' },
      { noCsrf: true },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_TOKEN_INVALID');
  });
});

describe('setting the account', () => {
  it('the administrator sets the region’s own account: separators dropped, names tidied, no longer an example, audited', async () => {
    const before = await read();
    const res = await admin.put(`${MALANG}/payments/rkud`, {
      bankName: ' Bank Jatim ',
      accountNumber: '001-122.334 455',
      accountName: 'RKUD  Pemerintah\nKota Malang',
    });
    expect(res.statusCode).toBe(200);
    const saved = {
      bankName: 'Bank Jatim',
      accountNumber: '001122334455',
      accountName: 'RKUD Pemerintah Kota Malang',
      exampleOnly: false,
      updatedAt: new Date(TEST_CLOCK).toISOString(),
    };
    expect(res.json()).toEqual(saved);
    expect(await read()).toEqual(saved);

    const entries = await auditEntries('35.73');
    const last = entries.at(-1);
    expect(last).toMatchObject({
      actor: 'admin@malang.demo',
      entityId: '35.73',
      before: { accountNumber: before.accountNumber, exampleOnly: true },
      after: { accountNumber: '001122334455', exampleOnly: false, bankName: 'Bank Jatim' },
    });
    // The seed's entry came first, by the system, with nothing before it.
    expect(entries[0]).toMatchObject({
      actor: 'system',
      before: null,
      after: { accountNumber: '1234567890' },
    });
    expect((await verifyAuditChain(t.db, '35.73')).ok).toBe(true);
    // The administrator's audit browser shows the change too.
    const browsed = (await admin.get(`${MALANG}/audit?action=rkud.configure&limit=1`)).json().entries;
    expect(browsed[0]).toMatchObject({ entity: 'rkud_account', after: { accountNumber: '001122334455' } });
  });

  it.each([
    ['letters', '00112233AB', 'not_digits'],
    ['a slash', '0011/223344', 'not_digits'],
    ['nine digits', '123456789', 'too_short'],
    ['21 digits', '1'.repeat(21), 'too_long'],
  ])(
    'refuses an account number with %s: 422 in both languages, nothing stored or audited',
    async (_, accountNumber, reason) => {
      const before = await read();
      const audited = (await auditEntries('35.73')).length;
      const body = { bankName: 'Bank Jatim', accountNumber, accountName: 'RKUD Pemerintah Kota Malang' };
      const res = await admin.put(`${MALANG}/payments/rkud`, body);
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        code: 'RKUD_ACCOUNT_NUMBER_INVALID',
        title: 'Nomor rekening RKUD tidak sah',
        errors: [{ field: 'accountNumber', message: reason }],
      });
      expect(res.json().detail).toContain('10 sampai 20 angka');
      expect(res.json().detail).toContain(accountNumber);
      const english = await admin.put(`${MALANG}/payments/rkud`, body, {
        headers: { 'accept-language': 'en' },
      });
      expect(english.json().detail).toContain('10 to 20 digits');
      expect(await read()).toEqual(before);
      expect((await auditEntries('35.73')).length).toBe(audited);
    },
  );

  it('refuses a missing, blank or over-long name and unknown fields as a validation error', async () => {
    const good = { bankName: 'Bank Jatim', accountNumber: '1234567890', accountName: 'RKUD Kota Malang' };
    const bad: [string, unknown][] = [
      ['bankName', { ...good, bankName: ' ' }],
      ['accountName', { ...good, accountName: 'x'.repeat(101) }],
      ['accountNumber', { bankName: good.bankName, accountName: good.accountName }],
      ['', { ...good, exampleOnly: true }],
    ];
    const before = await read();
    for (const [field, body] of bad) {
      const res = await admin.put(`${MALANG}/payments/rkud`, body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      if (field) expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await read()).toEqual(before);
  });
});

describe('tenancy', () => {
  it('another region’s administrator can neither read nor change it, and learns nothing', async () => {
    const before = await read();
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    const get = await bangka.get(`${MALANG}/payments/rkud`);
    expect(get.statusCode).toBe(404);
    expect(get.json().code).toBe('REGION_NOT_FOUND');
    const put = await bangka.put(`${MALANG}/payments/rkud`, {
      bankName: 'Bank Sumsel Babel',
      accountNumber: '9999999999',
      accountName: 'Rekening Penyusup',
    });
    expect(put.statusCode).toBe(404);
    expect(put.json().code).toBe('REGION_NOT_FOUND');
    expect(await read()).toEqual(before);
    expect(JSON.stringify(await auditEntries('35.73'))).not.toContain('9999999999');
  });

  it('each administrator changes only their own region’s account', async () => {
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    const malangBefore = await read();
    const res = await bangka.put(`${BANGKA}/payments/rkud`, {
      bankName: 'Bank Sumsel Babel',
      accountNumber: '1900000000001',
      accountName: 'RKUD Pemerintah Kabupaten Bangka',
    });
    expect(res.statusCode).toBe(200);
    expect(await read()).toEqual(malangBefore);
    const [entry] = (await auditEntries('19.01')).slice(-1);
    expect(entry).toMatchObject({ actor: 'admin@bangka.demo', after: { accountNumber: '1900000000001' } });
    expect((await admin.get(`${BANGKA}/payments/rkud`)).json().code).toBe('REGION_NOT_FOUND');
  });

  it('a region whose administrator has not set one answers 404 RKUD_NOT_CONFIGURED', async () => {
    await t.db.query(`DELETE FROM rkud_account WHERE region_id = '19.01'`);
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    const res = await bangka.get(`${BANGKA}/payments/rkud`);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'RKUD_NOT_CONFIGURED', title: 'Rekening RKUD belum diatur' });
  });
});
