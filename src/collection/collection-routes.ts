import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDocumentPdf } from '../documents/send-document';
import { requireSession } from '../http/authentication';
import { type AppContext, actorOf } from '../http/context';
import { accessFor } from '../http/tenancy';
import { localDate } from '../platform/clock';
import { pageQuery } from '../platform/list-page';
import { languageOf } from '../platform/problem';
import {
  listFileName,
  sendSpreadsheet,
  spreadsheetQuerySchema,
  spreadsheetResponseSchema,
} from '../platform/spreadsheet';
import { AGES } from './ageing/age-buckets';
import {
  AGING_FILES,
  AGING_TABLES,
  BUCKET_COLUMNS,
  DEBTOR_COLUMNS,
  WRITE_OFF_COLUMNS,
} from './ageing/aging-sheets';
import { arrearsAging } from './ageing/arrears-aging';
import { LETTER_DOCUMENT } from './letters/letter-document';
import { STAGES } from './letters/letter-rules';
import { issueLetter, loadLetter } from './letters/letters';
import { collectionWorklist } from './letters/worklist';
import { COLLECTION_READERS, LETTER_ISSUERS } from './roles';

const sums = { principal: z.number(), interest: z.number(), total: z.number() };

export const arrearsAgingSchema = z.object({
  asOf: z.string().describe('The day the arrears are priced on'),
  settings: z.object({ writeOffYears: z.number(), effectiveFrom: z.string().nullable() }),
  buckets: z
    .array(z.object({ age: z.enum(AGES), bills: z.number(), ...sums }))
    .describe(
      '`current`: open bills not past due (due on the day or later; principal only); `m1_12`: 1–12 months late ' +
        '(a started month counts); `y1_2`: 13–24 months; `over_2y`: more than 24',
    ),
  arrears: z
    .object({ bills: z.number(), ...sums })
    .describe('The overdue buckets together: the arrears list’s sums'),
  topDebtors: z.array(
    z.object({
      taxpayerId: z.number(),
      name: z.string(),
      npwpd: z.string().nullable(),
      bills: z.number(),
      oldestDue: z.string(),
      ...sums,
    }),
  ),
  writeOffCandidates: z
    .array(
      z.object({
        billId: z.number(),
        billingCode: z.string(),
        billingCodeDisplay: z.string(),
        taxpayerName: z.string(),
        npwpd: z.string().nullable(),
        taxName: z.string(),
        period: z.string().nullable(),
        dueDate: z.string(),
        lastLetterOn: z.string().nullable(),
        lapsedOn: z.string(),
        ...sums,
      }),
    )
    .describe(
      'Overdue bills past the collection time limit (kedaluwarsa penagihan), oldest first, at most 200',
    ),
  writeOffTotals: z.object({ bills: z.number(), principal: z.number(), interest: z.number() }),
});

const letterRef = z.object({
  id: z.number(),
  number: z.string(),
  issuedOn: z.string(),
  deadline: z.string(),
  total: z.number(),
});

export const worklistItemSchema = z.object({
  billId: z.number(),
  billingCode: z.string(),
  billingCodeDisplay: z.string(),
  taxpayerId: z.number(),
  taxpayerName: z.string(),
  npwpd: z.string().nullable(),
  taxName: z.string(),
  period: z.string().nullable(),
  dueDate: z.string(),
  status: z.enum(['open', 'paid', 'written_off', 'cancelled']),
  principal: z.number().nullable(),
  interest: z.number().nullable(),
  total: z.number().nullable().describe('What the bill costs today; null once closed'),
  teguran: letterRef.nullable(),
  paksa: letterRef.nullable(),
});

export const worklistSchema = z.object({
  day: z.string(),
  settings: z.object({
    teguranAfterDays: z.number(),
    paksaAfterDays: z.number(),
    effectiveFrom: z.string().nullable(),
  }),
  stage: z.enum(STAGES),
  counts: z.record(z.enum(STAGES), z.number()),
  total: z.number(),
  items: z.array(worklistItemSchema),
  broughtIn: z.array(
    z.object({
      kind: z.enum(['teguran', 'paksa']),
      letters: z.number(),
      billsPaid: z.number(),
      amount: z.number(),
    }),
  ),
});

export const collectionLetterSchema = z.object({
  id: z.number(),
  kind: z.enum(['teguran', 'paksa']),
  number: z.string(),
  billId: z.number(),
  taxpayerId: z.number(),
  teguranId: z.number().nullable(),
  issuedOn: z.string(),
  issuedAt: z.date(),
  deadline: z.string(),
  principal: z.number(),
  interest: z.number(),
  total: z.number(),
  perdaRef: z.string(),
  signerName: z.string().nullable(),
  pdf: z.string().describe('The letter as a PDF'),
});

export function collectionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/collection/arrears-aging',
    {
      schema: {
        tags: ['collection'],
        summary:
          'Piutang by age as of a day (default today), interest to that day, the top debtors and write-off candidates',
        querystring: z.strictObject({ asOf: z.iso.date().optional() }),
        response: { 200: arrearsAgingSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, COLLECTION_READERS);
      const day = request.query.asOf ?? localDate(ctx.clock.now(), timeZone);
      return arrearsAging(ctx.db, regionId, day, languageOf(request.headers['accept-language']));
    },
  );

  r.get(
    '/collection/arrears-aging/download',
    {
      schema: {
        tags: ['collection'],
        summary:
          'One table of the arrears by age (buckets, top debtors or write-off candidates) as CSV or XLSX',
        querystring: z.strictObject({
          asOf: z.iso.date().optional(),
          table: z.enum(AGING_TABLES).default('buckets'),
          ...spreadsheetQuerySchema,
        }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      const { regionId, timeZone, name } = accessFor(request, COLLECTION_READERS);
      const { asOf, table, format, lang: asked } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const day = asOf ?? localDate(ctx.clock.now(), timeZone);
      const aging = await arrearsAging(ctx.db, regionId, day, lang);
      const file = {
        format,
        baseName: listFileName(AGING_FILES[table], name, day, lang),
        sheetName: AGING_FILES[table][lang],
        lang,
      };
      const out = reply as FastifyReply;
      if (table === 'debtors')
        return sendSpreadsheet(out, { ...file, rows: aging.topDebtors, columns: DEBTOR_COLUMNS });
      if (table === 'write-offs')
        return sendSpreadsheet(out, { ...file, rows: aging.writeOffCandidates, columns: WRITE_OFF_COLUMNS });
      return sendSpreadsheet(out, { ...file, rows: aging.buckets, columns: BUCKET_COLUMNS });
    },
  );

  r.get(
    '/collection/worklist',
    {
      schema: {
        tags: ['collection'],
        summary:
          'The collection worklist by stage: due for a Surat Teguran, teguran issued, due for a Surat Paksa, surat ' +
          'paksa issued, closed; counts per stage, a page of one stage, what each kind of letter brought in',
        querystring: z.strictObject({ stage: z.enum(STAGES).default('due_teguran'), ...pageQuery(50, 200) }),
        response: { 200: worklistSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, COLLECTION_READERS);
      return collectionWorklist(ctx.db, regionId, localDate(ctx.clock.now(), timeZone), {
        ...request.query,
        lang: languageOf(request.headers['accept-language']),
      });
    },
  );

  for (const [path, kind] of [
    ['teguran', 'teguran'],
    ['surat-paksa', 'paksa'],
  ] as const) {
    r.post(
      `/collection/bills/:billId/${path}`,
      {
        schema: {
          tags: ['collection'],
          summary:
            kind === 'teguran'
              ? 'Issue a Surat Teguran for an overdue bill, dated today, priced as of today'
              : 'Issue a Surat Paksa for a bill whose Surat Teguran’s deadline has passed unpaid',
          params: z.object({ regionId: z.string(), billId: z.coerce.number().int().positive() }),
          response: { 201: collectionLetterSchema },
        },
      },
      async (request, reply) => {
        const { regionId } = accessFor(request, LETTER_ISSUERS);
        const actor = actorOf(await requireSession(ctx, request), request.ip);
        const letter = await issueLetter(
          ctx.db,
          ctx.clock.now(),
          actor,
          regionId,
          request.params.billId,
          kind,
        );
        reply.code(201);
        return { ...letter, pdf: `/api/v1/regions/${regionId}/collection/letters/${letter.id}/pdf` };
      },
    );
  }

  r.get(
    '/collection/letters/:id/pdf',
    {
      schema: {
        tags: ['documents'],
        summary: 'A Surat Teguran or Surat Paksa, as a PDF with its verification QR',
        params: z.object({ regionId: z.string(), id: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      const { regionId, timeZone } = accessFor(request, COLLECTION_READERS);
      await loadLetter(ctx.db, regionId, request.params.id);
      return sendDocumentPdf(ctx, request, reply, LETTER_DOCUMENT, { regionId, timeZone }, request.params.id);
    },
  );
}
