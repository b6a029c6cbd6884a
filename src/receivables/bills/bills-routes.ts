import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { kecamatanQuery, pageQuery, sortQuery } from '../../platform/list-page';
import { languageOf, Problem } from '../../platform/problem';
import {
  LIST_DOWNLOAD_LIMIT,
  listFileName,
  sendSpreadsheet,
  spreadsheetQuerySchema,
  spreadsheetResponseSchema,
} from '../../platform/spreadsheet';
import { BILL_DEBTORS, BILL_READERS, WRITE_OFF_DECIDERS } from '../roles';
import { formatBillingCode } from '../rules/billing-code';
import { ARREARS_SORT_COLUMNS, arrears } from './arrears';
import { type BillWithBalance, loadBill } from './bill';
import { billHistory } from './bill-history';
import { billSettlements } from './bill-settlement';
import { ARREARS_SHEET, arrearsColumns, BILLS_SHEET, billsColumns } from './bill-sheets';
import { priceBills } from './find-bills';
import { BILL_SORT_COLUMNS, listBills } from './list-bills';
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
/** What a list shows of a bill beside its own columns: whose, where and what for (in the reader's language). */
const billListingSchema = {
  taxpayerName: z.string(),
  npwpd: z.string().nullable(),
  kecamatan: z
    .string()
    .nullable()
    .describe('The kecamatan of what the bill taxes (its object, else the debtor)'),
  taxName: z.string().describe("What it is for, in the Accept-Language header's language"),
};

/** A page of bills and how many match in all. */
export const billListSchema = z.object({
  total: z.number(),
  items: z.array(billSchema.extend(billListingSchema)),
});

/** Overdue bills with interest as of a day, the sums of those that match, and a page of them. */
export const arrearsSchema = z.object({
  asOf: z.string(),
  count: z.number().describe('How many overdue bills match the filters (the total the pages are cut from)'),
  principal: z.number(),
  penalty: z.number(),
  total: z.number(),
  items: z.array(
    z.object({
      billId: z.number(),
      billingCode: z.string(),
      billingCodeDisplay: z.string(),
      taxpayerId: z.number(),
      ...billListingSchema,
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

const BILL_STATUSES = ['open', 'paid', 'written_off', 'cancelled'] as const;
const masa = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .describe('A masa pajak, `YYYY-MM`');
const searchText = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .describe("A fragment of the taxpayer's name, or the kode bayar (whole or its beginning)");

/** The filters and order of the bills list, shared by the list and its download. */
const billFilterQuery = {
  status: z.enum(BILL_STATUSES).optional(),
  taxpayerId: z.coerce.number().int().positive().optional(),
  taxCode: z.string().min(1).max(50).optional(),
  period: masa.optional(),
  kecamatan: kecamatanQuery.optional(),
  q: searchText.optional(),
  asOf: z.iso
    .date()
    .optional()
    .describe("The day the amounts due are priced on (default: the region's today)"),
  sort: sortQuery(BILL_SORT_COLUMNS, '-issued'),
};

/** The filters and order of the arrears, shared by the list and its download. */
const arrearsFilterQuery = {
  asOf: z.iso.date().optional().describe("The day the arrears are priced on (default: the region's today)"),
  taxCode: z.string().max(40).optional(),
  period: masa.optional(),
  kecamatan: kecamatanQuery.optional(),
  q: searchText.optional(),
  sort: sortQuery(ARREARS_SORT_COLUMNS, '-total'),
};

/** Bills with what they cost today, and the arrears list. */
export function billsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const withAmountDue = async <B extends BillWithBalance>(regionId: string, day: string, bills: B[]) => {
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
        description:
          'A page of `limit` bills from `offset`, with `total`, the number that match; filtered by status, taxpayer, tax, masa, kecamatan and `q` (name or kode bayar), in the order `sort` asks (default `-issued`, the newest first).',
        querystring: z.strictObject({ ...billFilterQuery, ...pageQuery(50, 200) }),
        response: { 200: billListSchema },
      },
    },
    async (request) => {
      const account = await accountFilterOf(request);
      const { regionId, timeZone } = accessFor(request);
      const { asOf, ...q } = request.query;
      const found = await listBills(ctx.db, regionId, {
        ...q,
        ownerUserId: account,
        lang: languageOf(request.headers['accept-language']),
      });
      const items = await withAmountDue(regionId, asOf ?? localDate(ctx.clock.now(), timeZone), found.items);
      return { total: found.total, items };
    },
  );

  r.get(
    '/bills/download',
    {
      schema: {
        tags: ['bills'],
        summary:
          'The bills matching the filters as a spreadsheet (CSV or XLSX), in the same order, headers in the language asked for',
        description: `Every bill that matches, at most ${LIST_DOWNLOAD_LIMIT}; the amounts due as of \`asOf\` (default today).`,
        querystring: z.strictObject({ ...billFilterQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      const { regionId, timeZone, name } = accessFor(request, BILL_READERS);
      const { asOf, format, lang: asked, ...q } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const today = localDate(ctx.clock.now(), timeZone);
      const day = asOf ?? today;
      const found = await listBills(ctx.db, regionId, { ...q, lang, limit: LIST_DOWNLOAD_LIMIT, offset: 0 });
      const prices = await priceBills(ctx.db, regionId, day, found.items);
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: listFileName(BILLS_SHEET.file, name, day, lang),
        sheetName: BILLS_SHEET.sheet[lang],
        rows: found.items.map((b, i) => ({ ...b, amountDue: prices[i] ?? null })),
        columns: billsColumns(timeZone),
        lang,
      });
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
        summary:
          'Overdue bills with interest as of a day (default today), largest total first unless sorted otherwise, and the sums',
        description:
          'The sums (`count`, `principal`, `penalty`, `total`) are of every overdue bill that matches the filters; `items` is a page of `limit` of them from `offset` in the order `sort` asks.',
        querystring: z.strictObject({ ...arrearsFilterQuery, ...pageQuery(100, 500) }),
        response: {
          200: arrearsSchema,
        },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, BILL_READERS);
      const { asOf, ...q } = request.query;
      return arrears(ctx.db, regionId, asOf ?? localDate(ctx.clock.now(), timeZone), {
        ...q,
        lang: languageOf(request.headers['accept-language']),
      });
    },
  );

  r.get(
    '/arrears/download',
    {
      schema: {
        tags: ['bills'],
        summary:
          'The arrears matching the filters as a spreadsheet (CSV or XLSX), in the same order, headers in the language asked for',
        description: `Every overdue bill that matches, at most ${LIST_DOWNLOAD_LIMIT}, priced as of \`asOf\` (default today).`,
        querystring: z.strictObject({ ...arrearsFilterQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      const { regionId, timeZone, name } = accessFor(request, BILL_READERS);
      const { asOf, format, lang: asked, ...q } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const day = asOf ?? localDate(ctx.clock.now(), timeZone);
      const found = await arrears(ctx.db, regionId, day, { ...q, lang, limit: LIST_DOWNLOAD_LIMIT });
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: listFileName(ARREARS_SHEET.file, name, day, lang),
        sheetName: ARREARS_SHEET.sheet[lang],
        rows: found.items,
        columns: arrearsColumns(),
        lang,
      });
    },
  );
}
