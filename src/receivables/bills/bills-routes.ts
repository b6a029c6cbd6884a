import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import { BILL_DEBTORS, BILL_READERS, WRITE_OFF_DECIDERS } from '../roles';
import { formatBillingCode } from '../rules/billing-code';
import { arrears } from './arrears';
import { type BillWithBalance, loadBill } from './bill';
import { billHistory } from './bill-history';
import { billSettlements } from './bill-settlement';
import { findBills, priceBills } from './find-bills';
import { writeOffBill } from './write-off-bill';

export const billSchema = z.object({
  id: z.number(),
  billingCode: z.string(),
  billingCodeDisplay: z.string(),
  taxpayerId: z.number(),
  objectId: z.number().nullable(),
  taxCode: z.string(),
  period: z.string().nullable(),
  returnId: z.number().nullable(),
  assessmentId: z.number().nullable(),
  principal: z.number(),
  dueDate: z.string(),
  status: z.enum(['open', 'paid', 'written_off', 'cancelled']),
  issuedAt: z.date(),
  settledAt: z.date().nullable(),
  /** What the kode bayar collects: the tax, sanctions and, for MBLB, the province's opsen; they add up to `principal`. */
  lines: z.array(
    z.object({
      kind: z.enum(['tax', 'sanction', 'opsen', 'opsen_sanction']),
      amount: z.number(),
      account: z.string(),
    }),
  ),
  outstanding: z.number(),
  asOf: z.string(),
  amountDue: z
    .object({
      principal: z.number(),
      months: z.number(),
      chargedMonths: z.number(),
      ratePerMonthPpm: z.number(),
      penalty: z.number(),
      total: z.number(),
      regime: z.string(),
      validUntil: z.string(),
    })
    .nullable(),
  /**
   * What has been received on it, from the ledger: the principal paid and the late-payment interest (bunga) paid with
   * it, as the SSPD of each payment splits them; null when nothing was received.
   */
  paid: z
    .object({
      principal: z.number(),
      interest: z.number(),
      total: z.number(),
      lastPaidAt: z.date().nullable(),
    })
    .nullable(),
});

/** A write-off as recorded. */
export const writeOffSchema = z.object({
  billId: z.number(),
  billingCode: z.string(),
  amount: z.number(),
  decreeNumber: z.string(),
  reason: z.string(),
  journalId: z.number(),
});

/** A bill's movements on the ledger, oldest first, with what it owed after each. */
export const billHistorySchema = z.object({
  items: z.array(
    z.object({
      journalId: z.number(),
      kind: z.enum([
        'assessment',
        'interest',
        'payment',
        'reversal',
        'correction',
        'credit',
        'write_off',
        'offset',
        'refund',
        'deposit',
      ]),
      at: z.date(),
      memo: z.string(),
      debit: z.number().describe("what it added to the bill's receivable"),
      credit: z.number().describe("what it took from the bill's receivable"),
      balance: z.number().describe('what the bill owed after it'),
      actor: z.string().nullable(),
    }),
  ),
});

/** Overdue bills with interest as of a day, and their sums. */
export const arrearsSchema = z.object({
  asOf: z.string(),
  count: z.number(),
  principal: z.number(),
  penalty: z.number(),
  total: z.number(),
  items: z.array(
    z.object({
      billId: z.number(),
      billingCode: z.string(),
      taxpayerId: z.number(),
      taxpayerName: z.string(),
      taxCode: z.string(),
      period: z.string().nullable(),
      dueDate: z.string(),
      principal: z.number(),
      months: z.number(),
      penalty: z.number(),
      total: z.number(),
    }),
  ),
});

/** Bills with what they cost today, and the arrears list. */
export function billsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const withAmountDue = async (regionId: string, day: string, bills: BillWithBalance[]) => {
    const prices = await priceBills(ctx.db, regionId, day, bills);
    const settlements = await billSettlements(
      ctx.db,
      regionId,
      bills.map((b) => b.id),
    );
    return bills.map((b, i) => {
      const due = prices[i] ?? null;
      const paid = settlements.get(b.id);
      return {
        ...b,
        paid: paid && paid.total > 0 ? paid : null,
        billingCodeDisplay: formatBillingCode(b.billingCode),
        asOf: day,
        amountDue: due && {
          principal: due.principal,
          months: due.months,
          chargedMonths: due.chargedMonths,
          ratePerMonthPpm: due.ratePerMonthPpm,
          penalty: due.penalty,
          total: due.total,
          regime: due.regime,
          validUntil: due.validUntil,
        },
      };
    });
  };

  /**
   * Staff see every bill of the region; a taxpayer only those of the taxpayers linked to their account (the user id
   * to filter by); anyone else is refused.
   */
  const accountFilterOf = async (request: FastifyRequest): Promise<number | null> => {
    const access = accessFor(request);
    if (access.roles.some((r) => BILL_READERS.includes(r))) return null;
    if (access.roles.some((r) => BILL_DEBTORS.includes(r)))
      return (await requireSession(ctx, request)).userId;
    throw new Problem(403, 'FORBIDDEN_ROLE');
  };

  r.get(
    '/bills',
    {
      schema: {
        tags: ['bills'],
        summary: 'Bills with the amount due as of a day (default today): staff see all, a taxpayer their own',
        querystring: z.strictObject({
          status: z.enum(['open', 'paid', 'written_off', 'cancelled']).optional(),
          taxpayerId: z.coerce.number().int().positive().optional(),
          asOf: z.iso.date().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ items: z.array(billSchema) }) },
      },
    },
    async (request) => {
      const account = await accountFilterOf(request);
      const { regionId, timeZone } = accessFor(request);
      const q = request.query;
      const bills = await findBills(ctx.db, regionId, {
        status: q.status,
        taxpayerId: q.taxpayerId,
        ownerUserId: account,
        order: 'issued',
        limit: q.limit,
        offset: q.offset,
      });
      return { items: await withAmountDue(regionId, q.asOf ?? localDate(ctx.clock.now(), timeZone), bills) };
    },
  );

  r.get(
    '/bills/:billId',
    {
      schema: {
        tags: ['bills'],
        summary: 'A bill with its lines and the amount due as of a day (default: today in the region)',
        params: z.object({ regionId: z.string(), billId: z.coerce.number().int().positive() }),
        querystring: z.strictObject({ asOf: z.iso.date().optional() }),
        response: { 200: billSchema },
      },
    },
    async (request) => {
      const account = await accountFilterOf(request);
      const { regionId, timeZone } = accessFor(request);
      const bill = await loadBill(ctx.db, regionId, { id: request.params.billId }, { ownerUserId: account });
      const [shaped] = await withAmountDue(
        regionId,
        request.query.asOf ?? localDate(ctx.clock.now(), timeZone),
        [bill],
      );
      return shaped as z.infer<typeof billSchema>;
    },
  );

  r.get(
    '/bills/:billId/history',
    {
      schema: {
        tags: ['bills'],
        summary:
          "A bill's history from the ledger: issued, interest, payments, reversals, offsets, corrections, write-off, with the balance after each",
        params: z.object({ regionId: z.string(), billId: z.coerce.number().int().positive() }),
        response: { 200: billHistorySchema },
      },
    },
    async (request) => {
      const account = await accountFilterOf(request);
      const { regionId } = accessFor(request);
      // The bill first: one the caller may not see is 404, as for its page.
      const bill = await loadBill(ctx.db, regionId, { id: request.params.billId }, { ownerUserId: account });
      return { items: await billHistory(ctx.db, regionId, bill.id) };
    },
  );

  r.post(
    '/bills/:billId/write-off',
    {
      schema: {
        tags: ['bills'],
        summary:
          "Penghapusan piutang: a supervisor writes off an uncollectable bill's outstanding principal under the decree of the head of region",
        params: z.object({ regionId: z.string(), billId: z.coerce.number().int().positive() }),
        body: z.strictObject({
          decreeNumber: z.string().trim().min(3).max(120),
          reason: z.string().trim().min(5).max(2000),
        }),
        response: {
          200: writeOffSchema,
        },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, WRITE_OFF_DECIDERS);
      const actor = actorOf(await requireSession(ctx, request), request.ip);
      return writeOffBill(ctx.db, ctx.clock.now(), actor, {
        regionId,
        billId: request.params.billId,
        ...request.body,
      });
    },
  );

  r.get(
    '/arrears',
    {
      schema: {
        tags: ['bills'],
        summary: 'Overdue bills with interest as of a day (default today), largest total first, and the sums',
        querystring: z.strictObject({
          asOf: z.iso.date().optional(),
          taxCode: z.string().max(40).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
        response: {
          200: arrearsSchema,
        },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, BILL_READERS);
      const q = request.query;
      return arrears(ctx.db, regionId, q.asOf ?? localDate(ctx.clock.now(), timeZone), {
        taxCode: q.taxCode,
        limit: q.limit,
      });
    },
  );
}
