import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { pageQuery, sortQuery } from '../../platform/list-page';
import { languageOf, Problem } from '../../platform/problem';
import {
  LIST_DOWNLOAD_LIMIT,
  listFileName,
  sendSpreadsheet,
  spreadsheetQuerySchema,
  spreadsheetResponseSchema,
} from '../../platform/spreadsheet';
import { TREASURERS, TREASURY_READERS } from '../roles';
import { depositDay } from './deposit-day';
import { DEPOSITS_SHEET, depositsColumns } from './deposits-sheet';
import { DEPOSIT_SORT_COLUMNS, findDeposits, type ListedDeposit, listDeposits } from './find-deposits';
import { loadSts, stsFileName } from './sts';
import { renderStsPdf } from './sts-pdf';

export const depositSchema = z.object({
  id: z.number(),
  number: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  day: z.string(),
  amount: z.number(),
  paymentCount: z.number(),
  depositedAt: z.date(),
  depositedBy: z.string().nullable(),
  follows: z
    .object({ id: z.number(), number: z.string() })
    .nullable()
    .describe('for a follow-up STS (STS susulan): the day’s first STS'),
});
/** A page of deposits and how many match in all. */
export const depositListSchema = z.object({ total: z.number(), items: z.array(depositSchema) });

/** The filters and order of the deposits, shared by the list and its download. */
const depositFilterQuery = {
  partnerId: z.string().max(36).optional(),
  day: z.iso.date().optional().describe('The receipts day deposited'),
  from: z.iso.date().optional().describe('Receipts days from this one on'),
  to: z.iso.date().optional().describe('Receipts days up to and including this one'),
  q: z.string().trim().min(1).max(60).optional().describe('An STS number, whole or its beginning'),
  sort: sortQuery(DEPOSIT_SORT_COLUMNS, '-deposited'),
};

const dayBody = z.strictObject({ partnerId: z.string().max(36), day: z.iso.date() });
/**
 * STS: the treasurer deposits a reconciled day to the treasury account, then what that first STS did not carry
 * with follow-ups (STS susulan); the deposits and their PDF.
 */
export function depositRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const deposit = async (request: FastifyRequest, body: z.infer<typeof dayBody>, followUp: boolean) => {
    const { regionId } = accessFor(request, TREASURERS);
    const session = await requireSession(ctx, request);
    const made = await depositDay(ctx.db, ctx.clock.now(), actorOf(session, request.ip), regionId, body, {
      followUp,
    });
    const [listed] = await findDeposits(ctx.db, regionId, { depositId: made.id, limit: 1 });
    return listed as ListedDeposit;
  };

  r.post(
    '/deposits',
    {
      schema: {
        tags: ['reconciliation'],
        summary: 'Deposit a bank’s reconciled day to the treasury account (RKUD) with an STS; once per day',
        body: dayBody,
        response: { 201: depositSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await deposit(request, request.body, false)),
  );

  r.post(
    '/deposits/follow-ups',
    {
      schema: {
        tags: ['reconciliation'],
        summary:
          'Deposit what a deposited day’s first STS did not carry (a payment posted late, a mismatch decided afterwards) with a follow-up STS (STS susulan); each payment once',
        body: dayBody,
        response: { 201: depositSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await deposit(request, request.body, true)),
  );

  r.get(
    '/deposits',
    {
      schema: {
        tags: ['reconciliation'],
        summary: 'Deposits (STS), newest first unless sorted otherwise',
        description:
          'A page of `limit` deposits from `offset`, with `total`, the number that match, in the order `sort` asks.',
        querystring: z.strictObject({ ...depositFilterQuery, ...pageQuery(100, 500) }),
        response: { 200: depositListSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, TREASURY_READERS);
      return listDeposits(ctx.db, regionId, request.query);
    },
  );

  r.get(
    '/deposits/download',
    {
      schema: {
        tags: ['reconciliation'],
        summary:
          'The deposits (STS) matching the filters as a spreadsheet (CSV or XLSX), in the same order, headers in the language asked for',
        description: `Every deposit that matches, at most ${LIST_DOWNLOAD_LIMIT}.`,
        querystring: z.strictObject({ ...depositFilterQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      const { regionId, timeZone, name } = accessFor(request, TREASURY_READERS);
      const { format, lang: asked, ...q } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const found = await listDeposits(ctx.db, regionId, { ...q, limit: LIST_DOWNLOAD_LIMIT });
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: listFileName(DEPOSITS_SHEET.file, name, localDate(ctx.clock.now(), timeZone), lang),
        sheetName: DEPOSITS_SHEET.sheet[lang],
        rows: found.items,
        columns: depositsColumns(timeZone),
        lang,
      });
    },
  );

  r.get(
    '/deposits/:depositId/sts.pdf',
    {
      schema: {
        tags: ['reconciliation'],
        summary: 'The STS (Surat Tanda Setoran) of a deposit, as a PDF',
        params: z.object({ regionId: z.string(), depositId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      const { regionId, timeZone } = accessFor(request, TREASURY_READERS);
      const { depositId } = request.params;
      const [found] = await findDeposits(ctx.db, regionId, { depositId, limit: 1 });
      if (!found) throw new Problem(404, 'DEPOSIT_NOT_FOUND', { depositId });
      const sts = await loadSts(
        ctx.db,
        regionId,
        depositId,
        localDate(ctx.clock.now(), timeZone),
        `${request.protocol}://${request.host}`,
        ctx.secrets.document,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${stsFileName(sts)}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(await renderStsPdf(sts)));
    },
  );
}
