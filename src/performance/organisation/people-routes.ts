import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { bilingualMessage } from '../../platform/problem';
import { requireOpdAccess } from '../opd-access';
import { EMPLOYEE_READERS, MEMBERSHIP_EDITORS, ORGANISATION_EDITORS, ORGANISATION_READERS } from '../roles';
import { id } from '../route-schemas';
import { createEmployee, getEmployee, holdingsOf, listEmployees, updateEmployee } from './employees';
import { grantMembership, membersOf, revokeMembership } from './memberships';
import { employeeRecordSchema, employeeSchema, membersSchema } from './organisation-schemas';
import { getOpd } from './perangkat-daerah';

const employeeFields = {
  name: z.string().trim().min(2).max(200).describe('As in their decree, titles included'),
  nip: z
    .string()
    .regex(/^\d{18}$/, bilingualMessage({ id: 'NIP terdiri dari 18 angka', en: 'A NIP has 18 digits' }))
    .nullable()
    .describe('Their NIP (18 digits), when known'),
  userId: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('Their account among the region’s users, if they have one'),
};

/**
 * The people of the organisation: the employees who hold positions (the register a head's record follows), and who
 * works for which OPD in Balai (the OPD tenancy: granted by a planner or the administrator, or by an OPD's head for
 * their own OPD).
 */
export function peopleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);
  const tags = ['performance'];

  r.get(
    '/performance/employees',
    {
      schema: {
        tags,
        summary:
          "The region's employees who hold or held positions, by name (at most 500; `q` finds by name or NIP)",
        querystring: z.strictObject({ q: z.string().trim().min(1).max(100).optional() }),
        response: { 200: z.array(employeeSchema) },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, EMPLOYEE_READERS);
      return listEmployees(ctx.db, regionId, request.query.q);
    },
  );

  r.post(
    '/performance/employees',
    {
      schema: {
        tags,
        summary: 'Record an employee (pegawai), with their NIP and account when known. Audited',
        body: z.strictObject({
          ...employeeFields,
          nip: employeeFields.nip.default(null),
          userId: employeeFields.userId.default(null),
        }),
        response: { 201: employeeSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, ORGANISATION_EDITORS);
      const employee = await createEmployee(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.body,
      );
      reply.code(201);
      return employee;
    },
  );

  const employeeParams = z.object({ regionId: z.string(), employeeId: id() });

  r.get(
    '/performance/employees/:employeeId',
    {
      schema: {
        tags,
        summary: 'An employee and every position they held: their record follows them from chair to chair',
        params: employeeParams,
        response: { 200: employeeRecordSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, EMPLOYEE_READERS);
      const employee = await getEmployee(ctx.db, regionId, request.params.employeeId);
      return { ...employee, holdings: await holdingsOf(ctx.db, regionId, employee.id) };
    },
  );

  r.patch(
    '/performance/employees/:employeeId',
    {
      schema: {
        tags,
        summary: 'Change an employee’s name, NIP or account. Audited',
        params: employeeParams,
        body: z
          .strictObject(employeeFields)
          .partial()
          .refine((b) => Object.keys(b).length > 0, {
            message: bilingualMessage({
              id: 'Sebutkan paling sedikit satu isian yang diubah',
              en: 'Name at least one field to change',
            }),
          }),
        response: { 200: employeeSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, ORGANISATION_EDITORS);
      return updateEmployee(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.employeeId,
        request.body,
      );
    },
  );

  const opdParams = z.object({ regionId: z.string(), opdId: id() });

  r.get(
    '/performance/opds/:opdId/members',
    {
      schema: {
        tags,
        summary:
          'Who works for an OPD in Balai (its performance officers, its head): the OPD’s own people read it too',
        params: opdParams,
        response: { 200: membersSchema },
      },
    },
    async (request) => {
      const { access, opd } = await requireOpdAccess(
        ctx,
        request,
        request.params.opdId,
        ORGANISATION_READERS,
      );
      return {
        opd: await getOpd(ctx.db, access.regionId, opd.id),
        members: await membersOf(ctx.db, access.regionId, opd.id),
      };
    },
  );

  r.post(
    '/performance/opds/:opdId/members',
    {
      schema: {
        tags,
        summary:
          'Record that a person of the region works for an OPD (a planner or the administrator for any OPD, its head ' +
          'for their own). Audited',
        params: opdParams,
        body: z.strictObject({ userId: z.number().int().positive() }),
        response: { 201: membersSchema },
      },
    },
    async (request, reply) => {
      const { access, opd } = await requireOpdAccess(ctx, request, request.params.opdId, MEMBERSHIP_EDITORS);
      await grantMembership(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        opd,
        request.body.userId,
      );
      reply.code(201);
      return {
        opd: await getOpd(ctx.db, access.regionId, opd.id),
        members: await membersOf(ctx.db, access.regionId, opd.id),
      };
    },
  );

  r.delete(
    '/performance/opds/:opdId/members/:userId',
    {
      schema: {
        tags,
        summary: 'End a person’s work for an OPD. Audited',
        params: z.object({ regionId: z.string(), opdId: id(), userId: id() }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { access, opd } = await requireOpdAccess(ctx, request, request.params.opdId, MEMBERSHIP_EDITORS);
      await revokeMembership(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        opd,
        request.params.userId,
      );
      return reply.code(204).send(null);
    },
  );
}
