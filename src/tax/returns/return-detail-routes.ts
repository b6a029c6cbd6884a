import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { TAX_STAFF } from '../roles';
import { viewerOf } from '../viewer';
import { returnDetail } from './return-detail';
import { returnSchema } from './returns-routes';

const billStatus = z.enum(['open', 'paid', 'written_off', 'cancelled']);
const money = z.object({ principal: z.number(), interest: z.number(), total: z.number() });

/** One SPTPD for its page: the return, whom and what it is for, its bill today, what the masa paid, its revisions. */
export const returnDetailSchema = returnSchema.extend({
  taxpayerName: z.string(),
  npwpd: z.string().nullable(),
  objectName: z.string(),
  createdAt: z.date(),
  reviewedByName: z.string().nullable().describe('Who verified or rejected it'),
  paid: money.describe(
    "paid for the object's masa on its SPTPD bills (every revision), principal and late interest, from the ledger",
  ),
  revisions: z
    .array(
      z.object({
        id: z.number(),
        revision: z.number(),
        status: returnSchema.shape.status,
        gross: z.number(),
        tax: z.number(),
        submittedAt: z.date().nullable(),
        reviewedAt: z.date().nullable(),
        rejectionReason: z.string().nullable(),
        billingCode: z.string().nullable(),
        billingCodeDisplay: z.string().nullable(),
        billId: z.number().nullable(),
        billStatus: billStatus.nullable(),
      }),
    )
    .describe('Every revision of the masa, the first return first, this one among them'),
});

/** `GET /returns/:returnId`: one return for its page (staff: any of the region's; a taxpayer: their own). */
export function returnDetailRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/returns/:returnId',
    {
      schema: {
        tags: ['sptpd'],
        summary:
          'One return with its taxpayer and object, its bill and what it costs today, what was paid for the masa, and every revision of the masa',
        params: z.object({ regionId: z.string(), returnId: z.coerce.number().int().positive() }),
        response: { 200: returnDetailSchema },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId, timeZone } = accessFor(request);
      const d = await returnDetail(
        ctx.db,
        regionId,
        request.params.returnId,
        viewer,
        localDate(ctx.clock.now(), timeZone),
      );
      return {
        ...d,
        billId: d.billing?.billId ?? null,
        billStatus: d.billing?.billStatus ?? null,
        amountDue: d.billing?.amountDue ?? null,
      };
    },
  );
}
