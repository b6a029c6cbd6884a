import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { Problem } from '../../platform/problem';
import { RKUD_EDITORS, RKUD_READERS } from '../roles';
import { configureRkud, findRkud } from './rkud';

export const storedSchema = z.object({
  bankName: z.string(),
  accountNumber: z.string(),
  accountName: z.string(),
  exampleOnly: z.boolean().describe('the demo’s invented account, to be replaced with the region’s own'),
  updatedAt: z.date(),
});

/** The region's treasury account (Rekening Kas Umum Daerah), which every STS names. */
export function rkudRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/payments/rkud',
    {
      schema: {
        tags: ['payments'],
        summary: 'The region’s treasury account (RKUD) that deposits (STS) go to',
        response: { 200: storedSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, RKUD_READERS);
      const stored = await findRkud(ctx.db, regionId);
      if (!stored) throw new Problem(404, 'RKUD_NOT_CONFIGURED');
      return stored;
    },
  );

  r.put(
    '/payments/rkud',
    {
      schema: {
        tags: ['payments'],
        summary:
          'Set the region’s treasury account (RKUD): bank, account number (10 to 20 digits; spaces, dots and ' +
          'hyphens are dropped, else 422 RKUD_ACCOUNT_NUMBER_INVALID) and account holder; audited',
        body: z.strictObject({
          bankName: z.string().trim().min(2).max(100),
          accountNumber: z.string().trim().min(1).max(40),
          accountName: z.string().trim().min(3).max(100),
        }),
        response: { 200: storedSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, RKUD_EDITORS);
      const session = await requireSession(ctx, request);
      return ctx.db.transaction((tx) =>
        configureRkud(tx, ctx.clock.now(), actorOf(session, request.ip), regionId, request.body),
      );
    },
  );
}
