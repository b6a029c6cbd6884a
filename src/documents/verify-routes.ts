import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context';
import { Problem } from '../platform/problem';
import { logoPath, logoVersion } from '../platform/region-logo';
import { type DocumentKind, TEXT } from './document-kind';
import { verifyDocument } from './verify-document';
import {
  FORM_PAGE_POLICY,
  PAGE_POLICY,
  PAGE_WITH_LOGO_POLICY,
  renderUnknownDocumentPage,
  renderVerifyFormPage,
  renderVerifyPage,
} from './verify-page';

/**
 * The verify answer's schema, one branch per registered kind by `kind`: the fields every answer has, then the kind's
 * `about`, `kind` and its `details` under its name. The OpenAPI document describes every kind the server registers.
 */
function verifiedSchemaOf(kinds: readonly DocumentKind[]) {
  const common = {
    genuine: z.literal(true).describe('the code is authentic and names a document on record'),
    current: z
      .boolean()
      .describe(`the document still stands: ${kinds.map((kind) => kind.verification.current).join('; ')}`),
    code: z.string(),
    checkedAt: z.string(),
    checkedOn: z.string().describe('the region’s calendar day of the check; amounts due are as of it'),
    region: z.object({ id: z.string(), name: z.string(), timeZone: z.string() }),
    title: z.string(),
    reference: z.string(),
    status: z.string(),
    statusText: TEXT,
  };
  const branches = kinds.map(({ name, verification }) =>
    z.object({ ...common, ...verification.about, kind: z.literal(name), [name]: verification.details }),
  );
  const [first, ...rest] = branches;
  // A server built without any kind of document (an area's routes tried alone) verifies none.
  return first ? z.discriminatedUnion('kind', [first, ...rest]) : z.never();
}

/** JSON unless the client asks for a page: a browser sends text/html, a script application/json. */
function wantsJson(accept: string | undefined): boolean {
  return !!accept && /json/i.test(accept) && !/text\/html/i.test(accept);
}

function sendPage(reply: FastifyReply, status: number, html: string, policy = PAGE_POLICY) {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex, nofollow')
    .header('referrer-policy', 'no-referrer')
    .header('content-security-policy', policy)
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
  const verifiedSchema = verifiedSchemaOf(ctx.documents.kinds);
  const verify = (code: string) =>
    verifyDocument(ctx.db, ctx.documents, ctx.secrets.document, code, ctx.clock.now());

  // Without a code: a form to type one, which comes back here with `?code=` and goes on to the code's page.
  r.get(
    '/verify',
    {
      config: { rateLimit },
      schema: { hide: true, querystring: z.object({ code: z.string().max(200).optional() }) },
    },
    async (request, reply) => {
      const code = request.query.code?.replace(/\s+/g, '');
      if (code) return reply.redirect(`/verify/${encodeURIComponent(code)}`, 303);
      return sendPage(reply, 200, renderVerifyFormPage(), FORM_PAGE_POLICY);
    },
  );

  r.get(
    '/verify/:code',
    { config: { rateLimit }, schema: { hide: true, params } },
    async (request, reply) => {
      const json = wantsJson(request.headers.accept);
      try {
        const verified = await verify(request.params.code);
        if (json) return reply.header('cache-control', 'no-store').send(verifiedSchema.parse(verified));
        const logo = await logoVersion(ctx.db, verified.region.id);
        const logoUrl = logo ? logoPath(verified.region.id, logo) : null;
        return sendPage(
          reply,
          200,
          renderVerifyPage(verified, ctx.documents.kind(verified.kind), logoUrl),
          logoUrl ? PAGE_WITH_LOGO_POLICY : PAGE_POLICY,
        );
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
