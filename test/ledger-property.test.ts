import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payBill } from '../src/receivables/bills/pay-bill';
import { quoteBill } from '../src/receivables/bills/quote-bill';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { issueInterestStpd } from '../src/tax/assessments/issue-stpd';
import { amendReturn } from '../src/tax/returns/amend-return';
import { fileReturn } from '../src/tax/returns/file-return';
import { restaurantFixture } from './support/tax-fixtures';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const actor = { userId: null, label: 'property-test' };
const staff = { kind: 'staff' } as const;

/** One step a taxpayer or officer may take on the month's return and its bills. */
type Step =
  | { kind: 'amend'; gross: number }
  | { kind: 'pay'; daysAfterDue: number }
  | { kind: 'stpd'; daysAfterDue: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('amend' as const), gross: fc.integer({ min: 0, max: 500_000_000 }) }),
  fc.record({ kind: fc.constant('pay' as const), daysAfterDue: fc.integer({ min: -20, max: 900 }) }),
  fc.record({ kind: fc.constant('stpd' as const), daysAfterDue: fc.integer({ min: 1, max: 900 }) }),
);

const plusDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('the ledger under random sequences of filings, amendments, payments and STPDs', () => {
  it('every journal balances, no receivable goes negative and every bill agrees with its balance', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('pbjt_makanan_minuman', 'mblb'),
        fc.integer({ min: 0, max: 300_000_000 }),
        fc.array(step, { maxLength: 6 }),
        async (taxCode, gross, steps) => {
          const { taxpayerId, objectId } = await restaurantFixture(t.db, { taxCode });
          const filed = await fileReturn(t.db, new Date('2025-03-05T03:00:00Z'), '2025-03-05', actor, staff, {
            regionId: '35.73',
            taxpayerId,
            objectId,
            period: '2025-02',
            gross,
            lines: [],
            submit: true,
          });
          let latest = filed.id;
          for (const s of steps) {
            if (s.kind === 'amend') {
              latest = (
                await amendReturn(t.db, new Date(), '2025-03-20', actor, staff, '35.73', {
                  returnId: latest,
                  gross: s.gross,
                  lines: [],
                })
              ).taxReturn.id;
              continue;
            }
            const open = await t.db.query<{ id: number; dueDate: string }>(
              `SELECT id, due_date AS "dueDate" FROM bill WHERE region_id = '35.73' AND object_id = $1 AND status = 'open' ORDER BY id`,
              [objectId],
            );
            for (const b of open) {
              const day = plusDays(b.dueDate, s.daysAfterDue);
              if (s.kind === 'stpd') {
                await issueInterestStpd(t.db, new Date(), day, actor, {
                  regionId: '35.73',
                  billId: b.id,
                }).catch((e: { code?: string }) => {
                  if (e.code !== 'NO_INTEREST_DUE') throw e;
                });
              } else {
                await t.db.transaction(async (tx) => {
                  const amount = (await quoteBill(tx, '35.73', b.id, day)).due.total;
                  await payBill(tx, new Date(), {
                    regionId: '35.73',
                    billId: b.id,
                    amount,
                    day,
                    channel: 'test',
                    actorId: null,
                    memo: 'test',
                  });
                });
              }
            }
          }
          const verdict = await verifyLedger(t.db, '35.73');
          expect(verdict.findings).toEqual([]);
          // What the taxpayer owes plus their credit equals the tax (and the province's opsen) of the latest return
          // plus the sanctions billed, less what they paid: the books tie to the documents.
          const [books] = await t.db.query<{
            receivable: number;
            credit: number;
            revenue: number;
            sanctions: number;
            opsen: number;
            cash: number;
          }>(
            `SELECT coalesce(sum(debit - credit) FILTER (WHERE account = 'piutang'), 0)::int8 AS receivable,
                  coalesce(sum(credit - debit) FILTER (WHERE account = 'lebih_bayar'), 0)::int8 AS credit,
                  coalesce(sum(credit - debit) FILTER (WHERE account LIKE 'pendapatan:%'), 0)::int8 AS revenue,
                  coalesce(sum(credit - debit) FILTER (WHERE account LIKE 'pendapatan_sanksi:%'), 0)::int8 AS sanctions,
                  coalesce(sum(credit - debit) FILTER (WHERE account LIKE 'utang_opsen:%'), 0)::int8 AS opsen,
                  coalesce(sum(debit - credit) FILTER (WHERE account LIKE 'kas:%'), 0)::int8 AS cash
           FROM journal_line l JOIN journal j ON j.region_id = l.region_id AND j.id = l.journal_id
           WHERE l.region_id = '35.73' AND j.id IN (
             SELECT j2.id FROM journal j2 JOIN bill b ON b.region_id = j2.region_id AND b.id = j2.bill_id WHERE b.object_id = $1
             UNION SELECT j3.id FROM journal j3 JOIN journal_line l3 ON l3.region_id = j3.region_id AND l3.journal_id = j3.id
                   WHERE l3.account = 'lebih_bayar' AND l3.taxpayer_id = $2)`,
            [objectId, taxpayerId],
          );
          const [latestReturn] = await t.db.query<{ tax: number; opsen: number }>(
            'SELECT tax, opsen FROM tax_return WHERE region_id = $1 AND id = $2',
            ['35.73', latest],
          );
          expect(books?.revenue).toBe(latestReturn?.tax);
          expect((books?.cash ?? 0) + (books?.receivable ?? 0) - (books?.credit ?? 0)).toBe(
            (books?.revenue ?? 0) + (books?.sanctions ?? 0) + (books?.opsen ?? 0),
          );
          // The province is owed the latest return's opsen, besides its share of any interest.
          const [opsenOfReturns] = await t.db.query<{ opsen: number }>(
            `SELECT coalesce(sum(l.credit - l.debit), 0)::int8 AS opsen
             FROM journal j JOIN journal_line l ON l.region_id = j.region_id AND l.journal_id = j.id
             LEFT JOIN bill b ON b.region_id = j.region_id AND b.id = j.bill_id
             WHERE j.region_id = '35.73' AND l.account LIKE 'utang_opsen:%' AND j.kind IN ('assessment', 'correction', 'credit')
               AND coalesce(j.return_id, b.return_id) IN (SELECT id FROM tax_return WHERE object_id = $1)`,
            [objectId],
          );
          expect(opsenOfReturns?.opsen).toBe(latestReturn?.opsen);
        },
      ),
      { numRuns: 25 },
    );
  }, 240_000);
});
