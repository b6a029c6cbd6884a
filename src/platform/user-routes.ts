import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../http/authentication';
import { type AppContext, actorOf } from '../http/context';
import { accessFor } from '../http/tenancy';
import { type Role, USER_ADMINS, USER_READERS } from './roles';
import { createUser, findRegionUser, listRegionUsers, setPassword, updateUser } from './users';

/** One of the roles the server's areas define (`ctx.roles`): no other is granted or shown. */
export const roleSchemaOf = (roles: readonly Role[]) => z.enum(roles as [Role, ...Role[]]);

export const userSchemaOf = (roles: readonly Role[]) =>
  z.object({
    id: z.number(),
    email: z.string(),
    name: z.string(),
    locale: z.enum(['id', 'en']),
    active: z.boolean(),
    lockedUntil: z.date().nullable(),
    roles: z.array(roleSchemaOf(roles)),
  });
const userIdParams = z.object({ regionId: z.string(), userId: z.coerce.number().int().positive() });

/** User and role administration within one region (administrators; auditors and supervisors may read). */
export function userRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const userSchema = userSchemaOf(ctx.roles);
  const roles = z.array(roleSchemaOf(ctx.roles)).max(ctx.roles.length);

  r.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: "The region's users and their roles",
        response: { 200: z.array(userSchema) },
      },
    },
    async (request) => listRegionUsers(ctx.db, accessFor(request, USER_READERS).regionId, ctx.clock.now()),
  );

  r.get(
    '/users/:userId',
    {
      schema: {
        tags: ['users'],
        summary: 'A user of the region with their roles there',
        params: userIdParams,
        response: { 200: userSchema },
      },
    },
    async (request) =>
      findRegionUser(
        ctx.db,
        accessFor(request, USER_READERS).regionId,
        request.params.userId,
        ctx.clock.now(),
      ),
  );

  r.post(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: 'Create a user with roles in this region',
        body: z.strictObject({
          email: z.email().max(254),
          name: z.string().trim().min(1).max(200),
          password: z.string().max(1024),
          locale: z.enum(['id', 'en']).optional(),
          roles: roles.min(1),
        }),
        response: { 201: userSchema },
      },
    },
    async (request, reply) => {
      const access = accessFor(request, USER_ADMINS);
      const session = await requireSession(ctx, request);
      const user = await createUser(
        ctx.db,
        ctx.clock.now(),
        actorOf(session, request.ip),
        access.regionId,
        request.body,
      );
      return reply.code(201).send(user);
    },
  );

  r.patch(
    '/users/:userId',
    {
      schema: {
        tags: ['users'],
        summary: "Change a user's name, language, active flag or roles in this region",
        params: userIdParams,
        body: z.strictObject({
          name: z.string().trim().min(1).max(200).optional(),
          locale: z.enum(['id', 'en']).optional(),
          active: z.boolean().optional(),
          roles: roles.optional(),
        }),
        response: { 200: userSchema },
      },
    },
    async (request) => {
      const access = accessFor(request, USER_ADMINS);
      const session = await requireSession(ctx, request);
      return updateUser(
        ctx.db,
        ctx.clock.now(),
        actorOf(session, request.ip),
        access.regionId,
        request.params.userId,
        request.body,
      );
    },
  );

  r.post(
    '/users/:userId/password',
    {
      schema: {
        tags: ['users'],
        summary: "Reset a user's password (signs them out everywhere, lifts a lockout)",
        params: userIdParams,
        body: z.strictObject({ newPassword: z.string().max(1024) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const access = accessFor(request, USER_ADMINS);
      const session = await requireSession(ctx, request);
      await findRegionUser(ctx.db, access.regionId, request.params.userId, ctx.clock.now());
      await setPassword(
        ctx.db,
        ctx.clock.now(),
        actorOf(session, request.ip),
        request.params.userId,
        request.body.newPassword,
        'user.password_reset',
      );
      return reply.code(204).send(null);
    },
  );
}
