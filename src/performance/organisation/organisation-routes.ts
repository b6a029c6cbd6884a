import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { requireOpdAccess, requireOpdScope } from '../opd-access';
import { ORGANISATION_EDITORS, ORGANISATION_READERS } from '../roles';
import { id, somethingToChange } from '../route-schemas';
import { addHolder, holdersOf, updateHolder } from './holders';
import {
  holderSchema,
  opdNodeSchema,
  opdSchema,
  organisationSchema,
  positionSchema,
  unitSchema,
} from './organisation-schemas';
import { organisationOn } from './organisation-tree';
import { createOpd, getOpd, listOpds, OPD_KINDS, updateOpd } from './perangkat-daerah';
import { HOLDING_KINDS } from './periods';
import { createPosition, ESELONS, getPosition, updatePosition } from './positions';
import { createUnit, UNIT_KINDS, updateUnit } from './units';

const day = () => z.iso.date();
const name = (min: number, max: number) => z.string().trim().min(min).max(max);

const opdFields = {
  kind: z.enum(OPD_KINDS),
  name: name(3, 200).describe('Its full name, e.g. "Dinas Kesehatan"'),
  shortName: name(2, 40).describe('Its short name, e.g. "Dinkes"'),
  districtCode: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/)
    .nullable()
    .describe(
      'For a kecamatan, its district code in the Kemendagri catalogue (e.g. 35.73.02); null otherwise',
    ),
  activeFrom: day().describe('The first day it is in force (its formation under the SOTK)'),
  activeUntil: day().nullable().describe('Its last day (dissolution or merger); null while in force'),
};
const unitFields = {
  parentId: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('The unit it sits under; null: directly under the OPD'),
  kind: z.enum(UNIT_KINDS),
  name: name(3, 200),
  activeFrom: day(),
  activeUntil: day().nullable(),
};
const positionFields = {
  unitId: z.number().int().positive().nullable().describe('Its unit; null: directly under the OPD'),
  name: name(3, 200).describe('E.g. "Kepala Dinas Kesehatan", "Kepala Bidang Pelayanan Kesehatan"'),
  eselon: z.enum(ESELONS).nullable().describe('Null for a functional position'),
  heads: z.boolean().describe('Whether it leads its unit (or the OPD when directly under it)'),
  activeFrom: day(),
  activeUntil: day().nullable(),
};
const holderFields = {
  employeeId: z.number().int().positive(),
  kind: z
    .enum(HOLDING_KINDS)
    .describe('`definitif`, or standing in as `plt` (pelaksana tugas) or `plh` (pelaksana harian)'),
  startsOn: day().describe('First day in office'),
  endsOn: day().nullable().describe('Last day in office (inclusive); null while in office'),
  decree: z.string().trim().min(1).max(200).nullable().describe('The decree (SK) that appointed them'),
};

export function organisationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = (request: FastifyRequest) => localDate(ctx.clock.now(), accessFor(request).timeZone);
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);
  const tags = ['performance'];

  r.get(
    '/performance/organisation',
    {
      schema: {
        tags,
        summary:
          "The region's organisation on a day as a tree: each OPD in force, its units nested, each position with who " +
          'held it that day. A performance officer or an OPD head reads the OPD they work for only',
        querystring: z.strictObject({ on: day().optional().describe('The day; today by default') }),
        response: { 200: organisationSchema },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, ORGANISATION_READERS);
      const on = request.query.on ?? today(request);
      return {
        day: on,
        scope: scope.all ? ('region' as const) : ('own' as const),
        opds: await organisationOn(ctx.db, access.regionId, on, scope),
      };
    },
  );

  r.get(
    '/performance/opds',
    {
      schema: {
        tags,
        summary: "The region's perangkat daerah (OPD), in force or not; the reader's own only for OPD staff",
        response: { 200: z.array(opdSchema) },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, ORGANISATION_READERS);
      return listOpds(ctx.db, access.regionId, scope.all ? undefined : scope.opdIds);
    },
  );

  r.post(
    '/performance/opds',
    {
      schema: {
        tags,
        summary: 'Record a perangkat daerah (OPD) of the region; a kecamatan names its district. Audited',
        body: z.strictObject({
          ...opdFields,
          districtCode: opdFields.districtCode.default(null),
          activeUntil: opdFields.activeUntil.default(null),
        }),
        response: { 201: opdSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, ORGANISATION_EDITORS);
      const opd = await createOpd(ctx.db, ctx.clock.now(), await actor(request), regionId, request.body);
      reply.code(201);
      return opd;
    },
  );

  const opdParams = z.object({ regionId: z.string(), opdId: id() });

  r.get(
    '/performance/opds/:opdId',
    {
      schema: {
        tags,
        summary: 'One OPD on a day: its units as a tree and its positions with who held them that day',
        params: opdParams,
        querystring: z.strictObject({ on: day().optional() }),
        response: { 200: opdNodeSchema.extend({ day: z.string() }) },
      },
    },
    async (request) => {
      const { access, opd } = await requireOpdAccess(
        ctx,
        request,
        request.params.opdId,
        ORGANISATION_READERS,
      );
      const on = request.query.on ?? today(request);
      const [node] = await organisationOn(ctx.db, access.regionId, on, { all: false, opdIds: [opd.id] });
      // An OPD not in force on the day is still itself, without units or positions that day.
      return {
        day: on,
        ...(node ?? { ...(await getOpd(ctx.db, access.regionId, opd.id)), positions: [], units: [] }),
      };
    },
  );

  r.patch(
    '/performance/opds/:opdId',
    {
      schema: {
        tags,
        summary: 'Change an OPD: its name after a reorganisation, its last day when dissolved. Audited',
        params: opdParams,
        body: somethingToChange(z.strictObject(opdFields).partial()),
        response: { 200: opdSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, ORGANISATION_EDITORS);
      return updateOpd(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.opdId,
        request.body,
      );
    },
  );

  r.post(
    '/performance/opds/:opdId/units',
    {
      schema: {
        tags,
        summary:
          'Record a unit of an OPD (bidang, seksi, kelurahan…), under a parent unit of the same OPD. Audited',
        params: opdParams,
        body: z.strictObject({
          ...unitFields,
          parentId: unitFields.parentId.default(null),
          activeUntil: unitFields.activeUntil.default(null),
        }),
        response: { 201: unitSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, ORGANISATION_EDITORS);
      const unit = await createUnit(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.opdId,
        request.body,
      );
      reply.code(201);
      return unit;
    },
  );

  const unitParams = z.object({ regionId: z.string(), unitId: id() });

  r.patch(
    '/performance/units/:unitId',
    {
      schema: {
        tags,
        summary: 'Change a unit: its name, kind, period or parent (never one under it). Audited',
        params: unitParams,
        body: somethingToChange(z.strictObject(unitFields).partial()),
        response: { 200: unitSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, ORGANISATION_EDITORS);
      return updateUnit(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.unitId,
        request.body,
      );
    },
  );

  r.post(
    '/performance/opds/:opdId/positions',
    {
      schema: {
        tags,
        summary: 'Record a position (jabatan) of an OPD, in one of its units or directly under it. Audited',
        params: opdParams,
        body: z.strictObject({
          ...positionFields,
          unitId: positionFields.unitId.default(null),
          eselon: positionFields.eselon.default(null),
          heads: positionFields.heads.default(false),
          activeUntil: positionFields.activeUntil.default(null),
        }),
        response: { 201: positionSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, ORGANISATION_EDITORS);
      const position = await createPosition(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.opdId,
        request.body,
      );
      reply.code(201);
      return position;
    },
  );

  const positionParams = z.object({ regionId: z.string(), positionId: id() });

  r.patch(
    '/performance/positions/:positionId',
    {
      schema: {
        tags,
        summary: 'Change a position: its name, eselon, unit, whether it heads it, its period. Audited',
        params: positionParams,
        body: somethingToChange(z.strictObject(positionFields).partial()),
        response: { 200: positionSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, ORGANISATION_EDITORS);
      return updatePosition(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.positionId,
        request.body,
      );
    },
  );

  r.get(
    '/performance/positions/:positionId/holders',
    {
      schema: {
        tags,
        summary: 'Who held a position when, the latest first',
        params: positionParams,
        response: { 200: z.object({ position: positionSchema, holders: z.array(holderSchema) }) },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, ORGANISATION_READERS);
      const position = await getPosition(ctx.db, regionId, request.params.positionId);
      await requireOpdAccess(ctx, request, position.opdId, ORGANISATION_READERS);
      return { position, holders: await holdersOf(ctx.db, regionId, position.id) };
    },
  );

  r.post(
    '/performance/positions/:positionId/holders',
    {
      schema: {
        tags,
        summary:
          'Record who holds a position from a day (definitif, Plt or Plh); one holder at a time, a Plh beside an ' +
          'absent holder. Audited',
        params: positionParams,
        body: z.strictObject({
          ...holderFields,
          endsOn: holderFields.endsOn.default(null),
          decree: holderFields.decree.default(null),
        }),
        response: { 201: holderSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, ORGANISATION_EDITORS);
      const holder = await addHolder(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.positionId,
        request.body,
      );
      reply.code(201);
      return holder;
    },
  );

  r.patch(
    '/performance/holders/:holderId',
    {
      schema: {
        tags,
        summary: 'Change a holding: its last day when the holder leaves, or a correction. Audited',
        params: z.object({ regionId: z.string(), holderId: id() }),
        body: somethingToChange(z.strictObject(holderFields).partial()),
        response: { 200: holderSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, ORGANISATION_EDITORS);
      return updateHolder(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.holderId,
        request.body,
      );
    },
  );
}
