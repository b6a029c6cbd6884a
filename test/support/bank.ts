import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../src/db/database';
import { signRequest } from '../../src/payments/bank-api/signature';
import type { PinnedClock } from '../../src/platform/clock';
import { billLines } from '../../src/receivables/bills/bill-lines';
import { issueTaxBill } from '../../src/tax/tax-bills';
import { restaurantFixture } from './tax-fixtures';

/** X-TIMESTAMP as a bank in WIB writes it: local time with its +07:00 offset. */
export function wibTimestamp(at: Date): string {
  return `${new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

export interface BankCall {
  body?: unknown;
  raw?: string;
  externalId?: string;
  timestamp?: string;
  secret?: string;
  headers?: Record<string, string>;
  /** The client's address as the server sees it (refusals are throttled per address). */
  remoteAddress?: string;
}

/** A bank's system calling the H2H API: signs each request the way the README tells integrators to. */
export class Bank {
  constructor(
    private readonly app: FastifyInstance,
    private readonly clock: PinnedClock,
    readonly partnerId: string,
    private readonly secret: string,
  ) {}

  call(method: 'GET' | 'POST', op: string, c: BankCall = {}): Promise<LightMyRequestResponse> {
    const path = `/api/h2h/v1/${op}`;
    const raw = c.raw ?? (c.body === undefined ? '' : JSON.stringify(c.body));
    const timestamp = c.timestamp ?? wibTimestamp(this.clock.now());
    return this.app.inject({
      method,
      url: path,
      headers: {
        ...(raw ? { 'content-type': 'application/json' } : {}),
        'x-partner-id': this.partnerId,
        'x-timestamp': timestamp,
        'x-external-id': c.externalId ?? randomUUID().replace(/-/g, '').slice(0, 30),
        'x-signature': signRequest(c.secret ?? this.secret, method, path, raw, timestamp),
        ...(c.headers ?? {}),
      },
      ...(raw ? { payload: raw } : {}),
      ...(c.remoteAddress ? { remoteAddress: c.remoteAddress } : {}),
    });
  }

  post(op: string, body: unknown, c: Omit<BankCall, 'body'> = {}) {
    return this.call('POST', op, { ...c, body });
  }
}

/** An open bill of a restaurant: principal as given, due on `dueDate`, its taxpayer linked to `ownerEmail`'s account. */
export async function openBill(
  db: Database,
  o: { regionId?: string; principal?: number; dueDate?: string; period?: string; ownerEmail?: string } = {},
): Promise<{ id: number; billingCode: string; taxpayerId: number }> {
  const regionId = o.regionId ?? '35.73';
  const { taxpayerId, objectId } = await restaurantFixture(db, { regionId, ownerEmail: o.ownerEmail });
  const principal = o.principal ?? 1_250_000;
  const period = o.period ?? '2025-01';
  const dueDate = o.dueDate ?? '2025-03-15';
  const bill = await db.transaction(async (tx) => {
    // The SPTPD the bill is for, written straight to its table (returns have their own tests).
    const [filed] = await tx.query<{ id: number }>(
      `INSERT INTO tax_return (region_id, object_id, taxpayer_id, tax_code, period, gross, rate_ppm, tax, status,
         due_date, created_at, submitted_at)
       VALUES ($1, $2, $3, 'pbjt_makanan_minuman', $4, $5, 100000, $6, 'submitted', $7, now(), now()) RETURNING id`,
      [regionId, objectId, taxpayerId, period, principal * 10, principal, dueDate],
    );
    return issueTaxBill(tx, new Date('2025-02-10T03:00:00Z'), {
      regionId,
      taxpayerId,
      objectId,
      taxCode: 'pbjt_makanan_minuman',
      period,
      returnId: filed?.id,
      lines: billLines(
        { regionId, taxCode: 'pbjt_makanan_minuman', opsenInterestTo: 'province' },
        { tax: principal },
      ),
      dueDate,
      accruesInterest: true,
      issueDay: '2025-02-10',
      memo: 'test bill',
      actorId: null,
    });
  });
  return { ...bill, taxpayerId };
}
