import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { localDate } from '../../platform/clock';
import { requireOpdAccess, requireOpdScope } from '../opd-access';
import { TREE_EDITORS, TREE_READERS } from '../roles';
import { id, somethingToChange } from '../route-schemas';
import { opdIndicators, performanceTree } from './tree-read';
import {
  indicatorSchema,
  nodeSchema,
  opdIndicatorsSchema,
  treeSchema,
  yearTargetSchema,
} from './tree-schemas';
import {
  CASCADING,
  createIndicator,
  createNode,
  INDICATOR_SOURCES,
  NODE_KINDS,
  setTarget,
  updateIndicator,
  updateNode,
} from './tree-writes';

const year = () => z.coerce.number().int().min(2000).max(2100);
const figure = () => z.number().finite().min(0);
const text = (max: number) => z.string().trim().min(1).max(max);

const nodeFields = {
  parentId: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('The node it cascades from; null for an RPJMD goal'),
  kind: z.enum(NODE_KINDS).describe('Its level: `tujuan_rpjmd`, `sasaran_opd`, `program`, `kegiatan`'),
  opdId: z.number().int().positive().nullable().describe('The OPD that owns it; null for an RPJMD goal'),
  cascading: z
    .enum(CASCADING)
    .nullable()
    .describe('`direct`: takes a piece of its parent’s target; `non_direct`: supports it; null at the top'),
  name: z.string().trim().min(3).max(500),
};

const targetBody = z.strictObject({
  target: figure().describe('The year’s target (a range’s lower bound)'),
  targetUpper: figure().nullable().default(null).describe('A range’s upper bound; null otherwise'),
  quarters: z.array(figure()).length(4).nullable().default(null).describe('Tw1–Tw4 targets, or null'),
});

const indicatorFields = {
  name: z.string().trim().min(3).max(500),
  unit: text(60).describe('E.g. "%", "orang", "Rp miliar"'),
  polarity: z.enum(['higher', 'lower', 'range']),
  cumulative: z.boolean().describe('Whether its quarters accumulate over the year (running totals)'),
  iku: z.boolean().describe('An indikator kinerja utama (IKU)'),
  baseline: figure().nullable().describe('The baseline ("titik nol"); required before any target'),
  baselineYear: year().nullable(),
  dataSource: text(500).nullable(),
  evidenceRequired: text(1000).nullable().describe('What evidence proves a realisation'),
  source: z
    .enum(INDICATOR_SOURCES)
    .describe('`manual`, or a feed Balai keeps (`revenue_pad`: the revenue ledger)'),
  owners: z
    .array(
      z.strictObject({ opdId: z.number().int().positive(), sharePercent: z.number().positive().max(100) }),
    )
    .max(20)
    .describe(
      'A crosscutting indicator’s owning OPD and shares (adding up to 100); empty: its node’s OPD alone',
    ),
};

export function treeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);
  const thisYear = (timeZone: Parameters<typeof localDate>[1]) =>
    Number(localDate(ctx.clock.now(), timeZone).slice(0, 4));
  const tags = ['performance'];

  r.get(
    '/performance/tree',
    {
      schema: {
        tags,
        summary:
          "The region's whole performance tree (pohon kinerja): RPJMD goals down to kegiatan, each node's indicators " +
          'with their target of the year and a crosscutting indicator’s owners and shares, in one answer',
        querystring: z.strictObject({
          year: year().optional().describe('The year of the targets; this year by default'),
        }),
        response: { 200: treeSchema },
      },
    },
    async (request) => {
      const { access } = await requireOpdScope(ctx, request, TREE_READERS);
      return performanceTree(ctx.db, access.regionId, request.query.year ?? thisYear(access.timeZone));
    },
  );

  r.get(
    '/performance/opds/:opdId/indicators',
    {
      schema: {
        tags,
        summary:
          "An OPD's indicators with their target of the year: its own nodes' and the crosscutting ones it has a share of",
        params: z.object({ regionId: z.string(), opdId: id() }),
        querystring: z.strictObject({ year: year().optional() }),
        response: { 200: opdIndicatorsSchema },
      },
    },
    async (request) => {
      const { access, opd } = await requireOpdAccess(ctx, request, request.params.opdId, TREE_READERS);
      return opdIndicators(ctx.db, access.regionId, opd, request.query.year ?? thisYear(access.timeZone));
    },
  );

  r.post(
    '/performance/tree/nodes',
    {
      schema: {
        tags,
        summary:
          'Record a node of the tree: an RPJMD goal (planner only), or an OPD’s sasaran, program or kegiatan under a ' +
          'parent, cascading directly or not. Audited',
        body: z.strictObject({
          ...nodeFields,
          parentId: nodeFields.parentId.default(null),
          opdId: nodeFields.opdId.default(null),
          cascading: nodeFields.cascading.default(null),
        }),
        response: { 201: nodeSchema },
      },
    },
    async (request, reply) => {
      const { access, scope } = await requireOpdScope(ctx, request, TREE_EDITORS);
      const node = await createNode(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        scope,
        request.body,
      );
      reply.code(201);
      return node;
    },
  );

  const nodeParams = z.object({ regionId: z.string(), nodeId: id() });

  r.patch(
    '/performance/tree/nodes/:nodeId',
    {
      schema: {
        tags,
        summary:
          'Change a node: its name, its cascading type, or its parent (never itself nor a node under it). Audited',
        params: nodeParams,
        body: somethingToChange(
          z
            .strictObject({
              parentId: nodeFields.parentId,
              cascading: nodeFields.cascading,
              name: nodeFields.name,
            })
            .partial(),
        ),
        response: { 200: nodeSchema },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, TREE_EDITORS);
      return updateNode(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        scope,
        request.params.nodeId,
        request.body,
      );
    },
  );

  r.post(
    '/performance/tree/nodes/:nodeId/indicators',
    {
      schema: {
        tags,
        summary:
          'Record an indicator of a node with its targets by year (each needs the baseline; Tw4 and the quarters as ' +
          'the polarity and accumulation say), in one transaction. Audited',
        params: nodeParams,
        body: z.strictObject({
          ...indicatorFields,
          cumulative: indicatorFields.cumulative.default(false),
          iku: indicatorFields.iku.default(false),
          baselineYear: indicatorFields.baselineYear.default(null),
          dataSource: indicatorFields.dataSource.default(null),
          evidenceRequired: indicatorFields.evidenceRequired.default(null),
          source: indicatorFields.source.default('manual'),
          owners: indicatorFields.owners.default([]),
          targets: z
            .array(targetBody.extend({ year: year() }))
            .max(10)
            .default([]),
        }),
        response: { 201: indicatorSchema },
      },
    },
    async (request, reply) => {
      const { access, scope } = await requireOpdScope(ctx, request, TREE_EDITORS);
      const { targets, ...fields } = request.body;
      const indicator = await createIndicator(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        scope,
        request.params.nodeId,
        fields,
        targets,
      );
      reply.code(201);
      return indicator;
    },
  );

  const indicatorParams = z.object({ regionId: z.string(), indicatorId: id() });

  r.patch(
    '/performance/indicators/:indicatorId',
    {
      schema: {
        tags,
        summary: 'Change an indicator (its targets already set must still fit it). Audited',
        params: indicatorParams,
        body: somethingToChange(z.strictObject(indicatorFields).partial()),
        response: { 200: indicatorSchema },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, TREE_EDITORS);
      return updateIndicator(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        scope,
        request.params.indicatorId,
        request.body,
      );
    },
  );

  r.put(
    '/performance/indicators/:indicatorId/targets/:year',
    {
      schema: {
        tags,
        summary: 'Set an indicator’s target of a year and its Tw1–Tw4 targets. Audited',
        params: indicatorParams.extend({ year: year() }),
        body: targetBody,
        response: { 200: yearTargetSchema },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, TREE_EDITORS);
      return setTarget(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        scope,
        request.params.indicatorId,
        {
          year: request.params.year,
          ...request.body,
        },
      );
    },
  );
}
