import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import { ownerFilter, TAX_STAFF, viewerOf } from '../../tax';
import { findPayments } from './find-payments';
import { loadSspd, sspdFileName } from './sspd';
import { renderSspd58mmPdf } from './sspd-58mm-pdf';
import { renderSspdPdf } from './sspd-pdf';

export const paymentSchema = z.object({
  id: z.number(),
  ntpd: z.string(),
  billId: z.number(),
  billingCode: z.string(),
  taxpayerId: z.number(),
  taxpayerName: z.string(),
  taxCode: z.string(),
  period: z.string().nullable(),
  partnerId: z.string(),
  partnerName: z.string(),
  channel: z.string(),
  bankReference: z.string(),
  principal: z.number(),
  penalty: z.number(),
  amount: z.number(),
  paidAt: z.date(),
  day: z.string(),
  reversedAt: z.date().nullable(),
  depositNumber: z.string().nullable(),
});

/** Payments (one per SSPD) and the SSPD itself: staff see the region's, a taxpayer the payments of their bills. */
export function receiptsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/payments',
    {
      schema: {
        tags: ['payments'],
        summary:
          'Payments, newest first: staff filter by day, partner, bill or taxpayer; a taxpayer sees their own',
        querystring: z.strictObject({
          day: z.iso.date().optional(),
          partnerId: z.string().max(36).optional(),
          billId: z.coerce.number().int().positive().optional(),
          taxpayerId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ items: z.array(paymentSchema) }) },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId } = accessFor(request);
      const items = await findPayments(ctx.db, regionId, {
        ...request.query,
        ownerUserId: ownerFilter(viewer),
      });
      return { items };
    },
  );

  r.get(
    '/payments/:paymentId/sspd.pdf',
    {
      schema: {
        tags: ['payments'],
        summary: 'The SSPD (proof of payment) as a PDF: A4, or 58mm for a counter’s thermal printer',
        params: z.object({ regionId: z.string(), paymentId: z.coerce.number().int().positive() }),
        querystring: z.strictObject({ layout: z.enum(['a4', '58mm']).default('a4') }),
      },
    },
    async (request, reply) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId, timeZone } = accessFor(request);
      const { paymentId } = request.params;
      const [visible] = await findPayments(ctx.db, regionId, {
        paymentId,
        ownerUserId: ownerFilter(viewer),
        limit: 1,
        offset: 0,
      });
      if (!visible) throw new Problem(404, 'PAYMENT_NOT_FOUND', { paymentId });
      const sspd = await loadSspd(
        ctx.db,
        regionId,
        paymentId,
        localDate(ctx.clock.now(), timeZone),
        `${request.protocol}://${request.host}`,
        ctx.secrets.document,
      );
      const narrow = request.query.layout === '58mm';
      const pdf = narrow ? await renderSspd58mmPdf(sspd) : await renderSspdPdf(sspd);
      const name = sspdFileName(sspd).replace(/\.pdf$/, narrow ? '-58mm.pdf' : '.pdf');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(pdf));
    },
  );
}
