import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context';
import { accessFor } from '../http/tenancy';
import { formatBillingCode, loadBill } from '../receivables';
import { ownerFilter, TAX_STAFF, viewerOf } from '../tax';

/** Where and how a bill can be paid: each bank of the region with its channel, and the bill's VA there if it has one. */
export const howToPaySchema = z.object({
  billingCode: z.string(),
  billingCodeDisplay: z.string(),
  channels: z.array(
    z.object({
      partnerId: z.string(),
      name: z.string(),
      /** `qris`: scan the bill's QRIS; `va`: transfer to its virtual account; `bank`: teller, ATM or mobile banking. */
      kind: z.enum(['qris', 'va', 'bank']),
      virtualAccount: z
        .object({ number: z.string(), amount: z.number(), validUntil: z.string() })
        .nullable()
        .describe("the bill's live virtual account at this bank, if registered"),
    }),
  ),
});

/** The payment instructions of a bill, from the region's payment channels (its banks, their VA prefixes, its QRIS). */
export function howToPayRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/bills/:billId/how-to-pay',
    {
      schema: {
        tags: ['payments', 'bills'],
        summary:
          "How a bill can be paid: the region's banks (kode bayar at teller, ATM, mobile banking), VA, QRIS",
        params: z.object({ regionId: z.string(), billId: z.coerce.number().int().positive() }),
        response: { 200: howToPaySchema },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId } = accessFor(request);
      const bill = await loadBill(
        ctx.db,
        regionId,
        { id: request.params.billId },
        { ownerUserId: ownerFilter(viewer) },
      );
      // Demo banks take payments only in demo mode (BankGate), so only then are they offered.
      const rows = await ctx.db.query<{
        partnerId: string;
        name: string;
        channel: string;
        vaPrefix: string | null;
        vaNumber: string | null;
        vaAmount: number | null;
        vaValidUntil: string | null;
      }>(
        `SELECT pp.partner_id AS "partnerId", pp.name, pp.channel, pp.va_prefix AS "vaPrefix",
                va.virtual_account_no AS "vaNumber", va.amount AS "vaAmount", va.valid_until AS "vaValidUntil"
         FROM payment_partner pp
         LEFT JOIN virtual_account va ON va.region_id = $1 AND va.partner_id = pp.partner_id AND va.bill_id = $2
           AND va.deleted_at IS NULL
         WHERE pp.region_id = $1 AND pp.active AND ($3 OR NOT pp.demo)
         ORDER BY pp.name`,
        [regionId, bill.id, ctx.config.demo],
      );
      return {
        billingCode: bill.billingCode,
        billingCodeDisplay: formatBillingCode(bill.billingCode),
        channels: rows.map((r) => ({
          partnerId: r.partnerId,
          name: r.name,
          kind: r.channel === 'qris' ? ('qris' as const) : r.vaPrefix ? ('va' as const) : ('bank' as const),
          virtualAccount:
            r.vaNumber && r.vaAmount !== null && r.vaValidUntil
              ? { number: r.vaNumber.trim(), amount: r.vaAmount, validUntil: r.vaValidUntil }
              : null,
        })),
      };
    },
  );
}
