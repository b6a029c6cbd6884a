import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession, SESSION_COOKIE } from '../http/authentication';
import { type AppContext, actorOf } from '../http/context';
import { DEVICE_COOKIE, DEVICE_COOKIE_DAYS } from './known-devices';
import { passwordMatches } from './passwords';
import { bilingualMessage, Problem } from './problem';
import { listRegions } from './regions';
import type { Role } from './roles';
import { login, logout, type SessionUser } from './sessions';
import { roleSchemaOf } from './user-routes';
import { grantsOf, setPassword, updateOwnProfile } from './users';

export const meSchemaOf = (roles: readonly Role[]) =>
  z.object({
    user: z.object({ id: z.number(), email: z.string(), name: z.string(), locale: z.enum(['id', 'en']) }),
    csrfToken: z.string(),
    regions: z.array(
      z.object({
        regionId: z.string(),
        name: z.string(),
        shortName: z.string(),
        timeZone: z.string(),
        roles: z.array(roleSchemaOf(roles)),
      }),
    ),
  });

async function describe(ctx: AppContext, s: SessionUser): Promise<z.infer<ReturnType<typeof meSchemaOf>>> {
  const grants = await grantsOf(ctx.db, s.userId);
  const regions = (await listRegions(ctx.db))
    .filter((r) => grants.has(r.regionId))
    // A grant of a role that no area of this build defines means nothing here (an area not built in).
    .map((r) => ({ ...r, roles: (grants.get(r.regionId) ?? []).filter((role) => ctx.roles.includes(role)) }));
  return {
    user: { id: s.userId, email: s.email, name: s.name, locale: s.locale },
    csrfToken: s.csrfToken,
    regions,
  };
}

/** Sign-in, sign-out, "who am I", one's own name and language, and password change. */
export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const meSchema = meSchemaOf(ctx.roles);
  const secure = ctx.config.production;

  // Max-Age, not Expires: the browser measures it on its own clock, so a pinned BALAI_CLOCK (a demo in 2025)
  // cannot make the cookie born expired. The server still enforces expiry on its clock.
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure,
      maxAge: ctx.config.sessionHours * 3600,
    });

  r.post(
    '/api/v1/auth/login',
    {
      config: { rateLimit: { max: ctx.config.loginRatePerMinute, timeWindow: 60_000 } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie',
        body: z.strictObject({
          email: z.string().trim().min(3).max(254),
          password: z.string().min(1).max(1024),
        }),
        response: { 200: meSchema },
      },
    },
    async (request, reply) => {
      // Only application/json reaches here (Fastify answers 415 to anything else), and a cross-site page
      // cannot send that without a CORS preflight: login needs no CSRF token.
      const { token, session, newDeviceToken } = await login(
        ctx.db,
        {
          secret: ctx.secrets.session,
          hours: ctx.config.sessionHours,
          throttle: { maxFailures: ctx.config.loginMaxFailures, lockMinutes: ctx.config.loginLockMinutes },
          demo: ctx.config.demo,
        },
        ctx.clock.now(),
        { ...request.body, ip: request.ip, deviceToken: request.cookies[DEVICE_COOKIE] },
      );
      setCookie(reply, token);
      if (newDeviceToken) {
        // Sent only to sign-in itself: it names the browser to the throttle, and nothing else needs it.
        reply.setCookie(DEVICE_COOKIE, newDeviceToken, {
          path: '/api/v1/auth/login',
          httpOnly: true,
          sameSite: 'strict',
          secure,
          maxAge: DEVICE_COOKIE_DAYS * 86_400,
        });
      }
      return describe(ctx, session);
    },
  );

  r.get(
    '/api/v1/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, their regions and roles',
        response: { 200: meSchema },
      },
    },
    async (request) => describe(ctx, await requireSession(ctx, request)),
  );

  r.patch(
    '/api/v1/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: "Change one's own name or language (audited)",
        body: z
          .strictObject({
            name: z.string().trim().min(1).max(200).optional(),
            locale: z.enum(['id', 'en']).optional(),
          })
          .refine((change) => change.name !== undefined || change.locale !== undefined, {
            message: bilingualMessage({ id: 'Isi nama atau bahasa', en: 'Give a name or a language' }),
          }),
        response: { 200: meSchema },
      },
    },
    async (request) => {
      const session = await requireSession(ctx, request);
      const profile = await updateOwnProfile(
        ctx.db,
        ctx.clock.now(),
        actorOf(session, request.ip),
        session.userId,
        request.body,
      );
      return describe(ctx, { ...session, ...profile });
    },
  );

  r.post(
    '/api/v1/auth/logout',
    { schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } } },
    async (request, reply) => {
      const session = await requireSession(ctx, request);
      await logout(ctx.db, session.tokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  r.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: "Change one's own password; other sessions are signed out",
        body: z.strictObject({
          currentPassword: z.string().min(1).max(1024),
          newPassword: z.string().max(1024),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const session = await requireSession(ctx, request);
      const [row] = await ctx.db.query<{ hash: string }>(
        'SELECT password_hash AS hash FROM app_user WHERE id = $1',
        [session.userId],
      );
      if (!row || !(await passwordMatches(row.hash, request.body.currentPassword))) {
        throw new Problem(400, 'WRONG_CURRENT_PASSWORD');
      }
      await setPassword(
        ctx.db,
        ctx.clock.now(),
        actorOf(session, request.ip),
        session.userId,
        request.body.newPassword,
        'user.password_change',
        session.tokenHash,
      );
      return reply.code(204).send(null);
    },
  );
}
