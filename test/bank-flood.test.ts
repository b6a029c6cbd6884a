import { generateKeyPairSync } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SANDBOX_PARTNER_ID, SANDBOX_SECRET } from '../src/payments/sandbox';
import { Bank } from './support/bank';
import { DEMO_PRIVATE_KEY, SnapBank } from './support/snap-bank';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Requests that fail authentication answer to nobody: the bank APIs throttle them per client address and write only
 * a sample to the request log, so that a flood cannot fill the disk; authenticated requests are all logged. The
 * throttle counts real time (Date), which these tests move; the business clock stays pinned.
 */
let t: TestApp;
let sandbox: Bank;
let jatim: SnapBank;
beforeAll(async () => {
  t = await startTestApp();
  sandbox = new Bank(t.app, t.clock, SANDBOX_PARTNER_ID, SANDBOX_SECRET);
  jatim = await new SnapBank(
    t.app,
    t.clock,
    'BANKJATIM',
    'bankjatim-demo-secret',
    DEMO_PRIVATE_KEY,
    '   13573',
  ).login();
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => t.close());

async function rowCount(): Promise<number> {
  const [row] = await t.db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM bank_request');
  return row?.n ?? 0;
}

function rowsFrom(clientAddress: string) {
  return t.db.query<{
    operation: string;
    responseCode: string;
    unwrittenBefore: number;
    authenticated: boolean;
  }>(
    `SELECT operation, response_code AS "responseCode", unwritten_before AS "unwrittenBefore", authenticated
     FROM bank_request WHERE client_address = $1 ORDER BY id`,
    [clientAddress],
  );
}

function tally(codes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

describe('a flood of requests that fail authentication', () => {
  it('1,000 badly signed H2H requests from one address write one row; past 30 they get 65 (HTTP 429) unchecked', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-11T03:00:00Z'));
    const flood = '198.51.100.7';
    const before = await rowCount();
    const codes: string[] = [];
    for (let i = 0; i < 1_000; i++) {
      const res = await sandbox.post(
        'inquiry',
        { billingCode: '1' },
        { secret: 'forged', remoteAddress: flood },
      );
      codes.push(`${res.statusCode} ${res.json().responseCode}`);
    }
    expect(tally(codes)).toEqual({ '401 40': 30, '429 65': 970 });
    expect((await rowCount()) - before).toBe(1);
    expect(await rowsFrom(flood)).toEqual([
      { operation: 'inquiry', responseCode: '40', unwrittenBefore: 0, authenticated: false },
    ]);

    // While its budget is spent the address is refused without a check, even correctly signed.
    const signed = await sandbox.post('inquiry', { billingCode: '1' }, { remoteAddress: flood });
    expect(signed.json().responseCode).toBe('65');
    // Another address is not throttled, and its authenticated requests are logged in full as ever.
    const elsewhere = await sandbox.post('inquiry', { billingCode: '1' }, { remoteAddress: '198.51.100.8' });
    expect(elsewhere.json().responseCode).toBe('10');
    expect((await rowCount()) - before).toBe(2);

    // A minute later the address is checked again; its next written refusal counts the 1,000 not written.
    vi.setSystemTime(new Date('2025-03-11T03:01:01Z'));
    const later = await sandbox.post(
      'inquiry',
      { billingCode: '1' },
      { secret: 'forged', remoteAddress: flood },
    );
    expect(later.json().responseCode).toBe('40');
    expect((await rowsFrom(flood)).map((r) => r.unwrittenBefore)).toEqual([0, 1_000]);
  });

  it('SNAP’s token and transaction endpoints share the one throttle with H2H: 1,000 forged requests, one row', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-11T03:10:00Z'));
    const flood = '198.51.100.20';
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const before = await rowCount();
    const codes: string[] = [];
    for (let i = 0; i < 500; i++) {
      const token = await jatim.requestToken({ key: stranger, remoteAddress: flood });
      const inquiry = await jatim.post('inquiry', {}, { token: 'x'.repeat(43), remoteAddress: flood });
      codes.push(token.json().responseCode, inquiry.json().responseCode);
    }
    const counts = tally(codes);
    // 30 checks in all (15 of each, alternating), then Too Many Requests from both services.
    expect(counts).toEqual({ '4017300': 15, '4012401': 15, '4297300': 485, '4292400': 485 });
    expect((await rowCount()) - before).toBe(1);
    expect(await rowsFrom(flood)).toEqual([
      { operation: 'snap-access-token', responseCode: '4017300', unwrittenBefore: 0, authenticated: false },
    ]);
    const h2h = await sandbox.post('inquiry', { billingCode: '1' }, { remoteAddress: flood });
    expect(h2h.json().responseCode).toBe('65');
  });

  it('an IPv6 flood walking through one /64 is one client', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-11T03:20:00Z'));
    const codes: string[] = [];
    for (let i = 0; i < 100; i++) {
      const address = `2001:db8:77:1:${i.toString(16)}::1`;
      const res = await sandbox.post(
        'inquiry',
        { billingCode: '1' },
        { secret: 'forged', remoteAddress: address },
      );
      codes.push(res.json().responseCode);
    }
    expect(tally(codes)).toEqual({ '40': 30, '65': 70 });
    const [row] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int8 AS n FROM bank_request WHERE client_address LIKE '2001:db8:77:1:%'`,
    );
    expect(row?.n).toBe(1);
  });
});
