import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { endOfLocalDay, localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import { loadBill } from '../../receivables';
import { ownerFilter, TAX_STAFF, viewerOf } from '../../tax';
import { signRequest } from '../bank-api/signature';
import { expectPayment } from '../intents';
import { qrisAcquirerOf } from '../partner';
import { QRIS_EDITORS } from '../roles';
import { configureQris } from './configure-qris';
import { findQris } from './qris-merchant';
import { quoteBillQris } from './quote-bill-qris';

export const storedSchema = z.object({
  payload: z.string(),
  guid: z.string(),
  merchantPan: z.string().nullable(),
  merchantId: z.string().nullable(),
  merchantCriteria: z.string().nullable(),
  nmid: z.string().nullable(),
  mcc: z.string(),
  currency: z.string(),
  countryCode: z.string(),
  merchantName: z.string(),
  merchantCity: z.string(),
  postalCode: z.string().nullable(),
  updatedAt: z.date(),
});

/** An open bill's dynamic QRIS for its total today. */
export const billQrisSchema = z.object({
  payload: z.string(),
  amount: z.number(),
  billingCode: z.string(),
  validUntil: z.string(),
  image: z.string(),
});

/** The region's static QRIS (administrators set it, Bapenda staff read it) and each open bill's dynamic QRIS. */
export function qrisRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/payments/qris',
    {
      schema: {
        tags: ['payments'],
        summary: 'The region’s static QRIS and the merchant it pays',
        response: { 200: storedSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, TAX_STAFF);
      const stored = await findQris(ctx.db, regionId);
      if (!stored) throw new Problem(404, 'QRIS_NOT_CONFIGURED');
      return stored;
    },
  );

  r.put(
    '/payments/qris',
    {
      schema: {
        tags: ['payments'],
        summary:
          'Set the region’s static QRIS from the string its bank issued; a dynamic or corrupted string is refused ' +
          '(422 QRIS_INVALID, the reason in `detail`, its code in `errors[0].message`)',
        // EMVCo MPM: a QR payload is at most 512 characters. Pasting often brings a line break along.
        body: z.strictObject({ payload: z.string().trim().min(1).max(512) }),
        response: { 200: storedSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, QRIS_EDITORS);
      const session = await requireSession(ctx, request);
      return ctx.db.transaction((tx) =>
        configureQris(tx, ctx.clock.now(), actorOf(session, request.ip), regionId, request.body.payload),
      );
    },
  );

  r.get(
    '/bills/:billId/qris',
    {
      schema: {
        tags: ['payments', 'bills'],
        summary: 'The dynamic QRIS of an open bill for its total today, as text and as an SVG image',
        params: z.object({ regionId: z.string(), billId: z.coerce.number().int().positive() }),
        response: {
          200: billQrisSchema,
        },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId, timeZone } = accessFor(request);
      // A taxpayer sees only their own bill; another's answers 404 as if it did not exist.
      const bill = await loadBill(
        ctx.db,
        regionId,
        { id: request.params.billId },
        { ownerUserId: ownerFilter(viewer) },
      );
      const now = ctx.clock.now();
      const qris = await quoteBillQris(ctx.db, regionId, bill.id, localDate(now, timeZone));
      // The acquirer's notification should follow; if it does not, the sweeper asks about this expectation.
      const acquirer = await qrisAcquirerOf(ctx.db, regionId);
      if (acquirer) {
        await expectPayment(ctx.db, now, {
          regionId,
          billId: bill.id,
          billingCode: bill.billingCode,
          partnerId: acquirer.partnerId,
          amount: qris.amount,
          reference: qris.billingCode,
          expiresAt: endOfLocalDay(qris.validUntil, timeZone),
        });
      }
      const svg = await QRCode.toString(qris.payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
      return { ...qris, image: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
    },
  );

  if (ctx.config.demo) {
    r.post(
      '/bills/:billId/qris/simulate-payment',
      {
        schema: {
          tags: ['payments', 'bills'],
          summary:
            'Demo only: pay a bill by QRIS as a citizen would, the sandbox acquirer sending its signed notification',
          params: z.object({ regionId: z.string(), billId: z.coerce.number().int().positive() }),
          response: {
            200: z.object({
              responseCode: z.string(),
              responseMessage: z.string(),
              ntpd: z.string().optional(),
            }),
          },
        },
      },
      async (request) => {
        // Only who would pay the bill may pretend to: its own taxpayer. Staff, and an auditor above all, never pay
        // a bill, so they cannot mark one paid without money either.
        const viewer = await viewerOf(ctx, request, [], true);
        const { regionId, timeZone } = accessFor(request);
        const bill = await loadBill(
          ctx.db,
          regionId,
          { id: request.params.billId },
          { ownerUserId: ownerFilter(viewer) },
        );
        const acquirer = await qrisAcquirerOf(ctx.db, regionId);
        if (!acquirer) throw new Problem(404, 'QRIS_NOT_CONFIGURED');
        const now = ctx.clock.now();
        const qris = await quoteBillQris(ctx.db, regionId, bill.id, localDate(now, timeZone));
        // The acquirer's side of the story, through the real, signed notification endpoint.
        const path = '/api/h2h/v1/qris/notify';
        const body = JSON.stringify({
          billingCode: qris.billingCode,
          amount: qris.amount,
          rrn: `SIM${now.getTime().toString(36).toUpperCase()}${bill.id}`,
          paidAt: now.toISOString(),
        });
        const timestamp = now.toISOString();
        const res = await app.inject({
          method: 'POST',
          url: path,
          headers: {
            'content-type': 'application/json',
            'x-partner-id': acquirer.partnerId,
            'x-timestamp': timestamp,
            'x-external-id': `SIM${now.getTime()}${bill.id}`,
            'x-signature': signRequest(acquirer.secret, 'POST', path, body, timestamp),
          },
          payload: body,
        });
        return res.json();
      },
    );
  }
}
