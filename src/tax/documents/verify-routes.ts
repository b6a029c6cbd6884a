import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { Problem } from '../../platform/problem';
import { ASSESSMENT_KINDS } from './assessment-pdf';
import { verifyDocument } from './verify-document';
import { PAGE_POLICY, renderUnknownDocumentPage, renderVerifyPage } from './verify-page';

const text = z.object({ id: z.string(), en: z.string() });
const billStatus = z.enum(['open', 'paid', 'written_off', 'cancelled']);
const payment = z
  .object({ billingCode: z.string(), status: billStatus, statusText: text })
  .nullable()
  .describe('the bill that collects it, if any');
const common = {
  genuine: z.literal(true).describe('the code is authentic and names a document on record'),
  current: z
    .boolean()
    .describe(
      'the document still stands: a bill not cancelled or written off, an SPTPD neither superseded nor rejected, ' +
        'an assessment whose bill was not cancelled, a payment (SSPD) the bank did not reverse; an STS always',
    ),
  code: z.string(),
  checkedAt: z.string(),
  checkedOn: z.string().describe('the region’s calendar day of the check; amounts due are as of it'),
  region: z.object({ id: z.string(), name: z.string(), timeZone: z.string() }),
  title: z.string(),
  reference: z.string(),
  status: z.string(),
  statusText: text,
};
/** Every document but the STS is about one taxpayer's tax. */
const taxpayerFields = {
  taxpayer: z.object({ name: z.string(), npwpd: z.string().nullable() }),
  object: z.object({ name: z.string() }).nullable(),
  taxType: z.string(),
  period: z.string().nullable(),
};

const verifiedSchema = z.discriminatedUnion('kind', [
  z.object({
    ...common,
    ...taxpayerFields,
    kind: z.literal('bill'),
    bill: z.object({
      principal: z.number(),
      dueDate: z.string(),
      settledOn: z.string().nullable(),
      amountDue: z
        .object({ principal: z.number(), interest: z.number(), total: z.number(), validUntil: z.string() })
        .nullable(),
    }),
  }),
  z.object({
    ...common,
    ...taxpayerFields,
    kind: z.literal('return'),
    return: z.object({
      revision: z.number(),
      gross: z.number(),
      ratePpm: z.number(),
      tax: z.number(),
      dueDate: z.string(),
      submittedAt: z.string(),
      supersededByRevision: z.number().nullable(),
      payment,
    }),
  }),
  z.object({
    ...common,
    ...taxpayerFields,
    kind: z.literal('assessment'),
    assessment: z.object({
      kind: z.enum(ASSESSMENT_KINDS),
      issueDate: z.string(),
      dueDate: z.string(),
      principal: z.number(),
      interest: z.number(),
      increase: z.number(),
      credit: z.number(),
      total: z.number(),
      payment,
    }),
  }),
  z.object({
    ...common,
    ...taxpayerFields,
    kind: z.literal('payment'),
    payment: z.object({
      ntpd: z.string(),
      billingCode: z.string(),
      principal: z.number(),
      penalty: z.number(),
      amount: z.number(),
      bank: z.string(),
      bankReference: z.string(),
      paidAt: z.string(),
      reversedAt: z
        .string()
        .nullable()
        .describe('when the bank took the payment back; the SSPD then proves nothing'),
      depositNumber: z.string().nullable().describe('the STS that deposited it to the treasury account'),
    }),
  }),
  z.object({
    ...common,
    kind: z.literal('deposit'),
    deposit: z.object({
      day: z.string().describe('the day the bank took the receipts'),
      bank: z.string(),
      amount: z.number(),
      paymentCount: z.number(),
      depositedAt: z.string(),
      followsNumber: z.string().nullable().describe('for a follow-up STS (STS susulan): the day’s first STS'),
    }),
  }),
]);

/** JSON unless the client asks for a page: a browser sends text/html, a script application/json. */
function wantsJson(accept: string | undefined): boolean {
  return !!accept && /json/i.test(accept) && !/text\/html/i.test(accept);
}

function sendPage(reply: FastifyReply, status: number, html: string) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex, nofollow')
    .header('referrer-policy', 'no-referrer')
    .header('content-security-policy', PAGE_POLICY)
    .send(html);
}

/**
 * The public check of a printed document, where its QR code points: `/verify/:code` answers a page for people,
 * `/api/v1/public/verify/:code` the same facts as JSON. No sign-in; rate-limited per client address (the MAC
 * already makes guessing hopeless; the limit keeps the database out of it).
 */
export function verifyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: 60, timeWindow: 60_000 };
  const params = z.object({ code: z.string() });
  const verify = (code: string) => verifyDocument(ctx.db, ctx.secrets.document, code, ctx.clock.now());

  r.get(
    '/verify/:code',
    { config: { rateLimit }, schema: { hide: true, params } },
    async (request, reply) => {
      const json = wantsJson(request.headers.accept);
      try {
        const verified = await verify(request.params.code);
        if (json) return reply.header('cache-control', 'no-store').send(verifiedSchema.parse(verified));
        return sendPage(reply, 200, renderVerifyPage(verified));
      } catch (err) {
        if (!json && err instanceof Problem && err.code === 'DOCUMENT_NOT_FOUND') {
          return sendPage(reply, 404, renderUnknownDocumentPage());
        }
        throw err;
      }
    },
  );

  r.get(
    '/api/v1/public/verify/:code',
    {
      config: { rateLimit },
      schema: {
        tags: ['public'],
        summary: 'Whether a printed tax document is genuine and current, by the code under its QR code',
        params,
        response: { 200: verifiedSchema },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return verify(request.params.code);
    },
  );
}
