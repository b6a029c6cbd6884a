import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context';
import { requestPasswordReset, resetPassword, signUp, verifyEmail } from './accounts';
import { deliver } from './mail/mailer';
import { Problem } from './problem';
import type { Role } from './roles';

/** The role a self-registered account gets: the one the taxpayer registration (Pajak Saya) needs. */
const SIGN_UP_ROLE = 'taxpayer' as Role;

/** The one answer to a sign-up or reset request, whether or not the email has an account. */
export const mailSentSchema = z.object({ status: z.literal('mail_sent') });

/**
 * Where links in mail point: `BALAI_PUBLIC_URL`, or (outside production) the address the request came to. In
 * production a link never takes the request's Host header, which a caller chooses.
 */
function linkBase(ctx: AppContext, request: FastifyRequest): string {
  if (ctx.config.publicUrl) return ctx.config.publicUrl;
  if (ctx.config.production) throw new Problem(503, 'MAIL_NOT_CONFIGURED');
  return `${request.protocol}://${request.host}`;
}

/** Self-service accounts: sign-up, email verification, "forgot password" and the reset itself. Public routes. */
export function accountRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const email = z.string().trim().min(3).max(254).email();

  r.post(
    '/api/v1/auth/sign-up',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a taxpayer account in a region; it signs in once the emailed link is opened',
        body: z.strictObject({
          name: z.string().trim().min(1).max(200),
          email,
          password: z.string().max(1024),
          regionId: z.string().regex(/^\d{2}\.\d{2}$/),
          locale: z.enum(['id', 'en']).default('id'),
        }),
        response: { 202: mailSentSchema },
      },
    },
    async (request, reply) => {
      if (!ctx.roles.includes(SIGN_UP_ROLE)) throw new Problem(404, 'NOT_FOUND');
      const base = linkBase(ctx, request);
      const queued = await signUp(ctx.db, ctx.config, ctx.secrets.session, ctx.clock.now(), {
        ...request.body,
        ip: request.ip,
        linkBase: base,
        role: SIGN_UP_ROLE,
      });
      await deliver(ctx.db, ctx.config, () => ctx.clock.now(), queued, request.log);
      return reply.code(202).send({ status: 'mail_sent' as const });
    },
  );

  r.post(
    '/api/v1/auth/verify-email',
    {
      schema: {
        tags: ['auth'],
        summary: "Confirm an account's email with the emailed token (single use)",
        body: z.strictObject({ token: z.string().min(1).max(200) }),
        response: { 200: z.object({ email: z.string() }) },
      },
    },
    async (request) =>
      verifyEmail(ctx.db, ctx.secrets.session, ctx.clock.now(), request.body.token, request.ip),
  );

  r.post(
    '/api/v1/auth/forgot-password',
    {
      schema: {
        tags: ['auth'],
        summary:
          'Mail a password reset link to the account of this email, if any (the same answer either way)',
        body: z.strictObject({ email }),
        response: { 202: mailSentSchema },
      },
    },
    async (request, reply) => {
      const queued = await requestPasswordReset(
        ctx.db,
        ctx.config,
        ctx.secrets.session,
        ctx.clock.now(),
        { email: request.body.email, ip: request.ip, linkBase: linkBase(ctx, request) },
        request.log,
      );
      await deliver(ctx.db, ctx.config, () => ctx.clock.now(), queued, request.log);
      return reply.code(202).send({ status: 'mail_sent' as const });
    },
  );

  r.post(
    '/api/v1/auth/reset-password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with the emailed token (single use); every session of the account ends',
        body: z.strictObject({ token: z.string().min(1).max(200), newPassword: z.string().max(1024) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await resetPassword(ctx.db, ctx.secrets.session, ctx.clock.now(), { ...request.body, ip: request.ip });
      return reply.code(204).send(null);
    },
  );
}
