import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { requireOpdAccess, requireOpdScope } from '../opd-access';
import { listOpds } from '../organisation/perangkat-daerah';
import {
  CONTRACT_BIDDERS,
  CONTRACT_NEGOTIATORS,
  CONTRACT_READERS,
  CONTRACT_ROUND_OPENERS,
  CONTRACT_SIGNERS,
} from '../roles';
import { id } from '../route-schemas';
import type { Side } from './contract-rules';
import {
  contractSchema,
  offerBodySchema,
  roundDetailSchema,
  roundSchema,
  sideBodySchema,
} from './contract-schemas';
import {
  accept,
  bid,
  contractOpd,
  counterOffer,
  findRound,
  getContract,
  listRounds,
  openRound,
  roundContracts,
  sign,
} from './contracts';

const year = () => z.coerce.number().int().min(2000).max(2100);

/** Lelang kinerja (issue 16) under `/performance`: rounds, each OPD's contract, offers, agreement and signatures. */
export function contractRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);
  const tags = ['performance'];
  const contractParams = z.object({ regionId: z.string(), contractId: id() });

  /** The contract's OPD checked against the caller (a head acts for their own OPD only) with the roles of `set`. */
  const guardContract = async (
    request: FastifyRequest,
    contractId: number,
    set: Parameters<typeof requireOpdAccess>[3],
  ) => {
    const { regionId } = accessFor(request, set);
    return requireOpdAccess(ctx, request, await contractOpd(ctx.db, regionId, contractId), set);
  };
  const sideRoles = (side: Side) => (side === 'opd' ? CONTRACT_BIDDERS : CONTRACT_NEGOTIATORS);

  r.get(
    '/performance/contract-rounds',
    {
      schema: {
        tags,
        summary: 'The region’s lelang kinerja rounds, the latest year first',
        response: { 200: z.array(roundSchema) },
      },
    },
    async (request) => {
      const { access } = await requireOpdScope(ctx, request, CONTRACT_READERS);
      return listRounds(ctx.db, access.regionId);
    },
  );

  r.post(
    '/performance/contract-rounds',
    {
      schema: {
        tags,
        summary: 'Open the lelang kinerja round of a year (the planner; one round a year). Audited',
        body: z.strictObject({ year: year() }),
        response: { 201: roundSchema },
      },
    },
    async (request, reply) => {
      const access = accessFor(request, CONTRACT_ROUND_OPENERS);
      const round = await openRound(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        request.body.year,
      );
      reply.code(201);
      return round;
    },
  );

  r.get(
    '/performance/contract-rounds/:year',
    {
      schema: {
        tags,
        summary:
          'A year’s round with each OPD and its contract’s status (an OPD’s people see their own OPD only)',
        params: z.object({ regionId: z.string(), year: year() }),
        response: { 200: roundDetailSchema },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, CONTRACT_READERS);
      const round = await findRound(ctx.db, access.regionId, request.params.year);
      const opdIds = scope.all ? null : scope.opdIds;
      const [opds, contracts] = await Promise.all([
        listOpds(ctx.db, access.regionId, opdIds ?? undefined),
        roundContracts(ctx.db, access.regionId, round.year, opdIds),
      ]);
      const byOpd = new Map(contracts.map((c) => [c.opdId, c]));
      return {
        ...round,
        opds: opds.map((o) => ({
          opdId: o.id,
          name: o.name,
          shortName: o.shortName,
          contract: byOpd.get(o.id) ?? null,
        })),
      };
    },
  );

  r.post(
    '/performance/contract-rounds/:year/opds/:opdId/bids',
    {
      schema: {
        tags,
        summary:
          'The OPD head’s bid of its items for the year (the first makes the OPD’s contract and names its head), or a ' +
          'revised bid answering a counter-offer. Kept as a version, audited',
        params: z.object({ regionId: z.string(), year: year(), opdId: id() }),
        body: offerBodySchema,
        response: { 201: contractSchema },
      },
    },
    async (request, reply) => {
      const { access, opd } = await requireOpdAccess(ctx, request, request.params.opdId, CONTRACT_BIDDERS);
      const at = ctx.clock.now();
      const contract = await bid(
        ctx.db,
        at,
        await actor(request),
        access.regionId,
        localDate(at, access.timeZone),
        request.params.year,
        opd,
        request.body,
      );
      reply.code(201);
      return contract;
    },
  );

  r.get(
    '/performance/contracts/:contractId',
    {
      schema: {
        tags,
        summary: 'One performance contract with its items and every bid and counter-offer made',
        params: contractParams,
        response: { 200: contractSchema },
      },
    },
    async (request) => {
      const { access } = await guardContract(request, request.params.contractId, CONTRACT_READERS);
      return getContract(ctx.db, access.regionId, request.params.contractId);
    },
  );

  r.post(
    '/performance/contracts/:contractId/counter-offers',
    {
      schema: {
        tags,
        summary:
          'The leadership’s counter-offer to the OPD’s bid (the pimpinan, or the planner acting for it). Kept as a ' +
          'version, audited',
        params: contractParams,
        body: offerBodySchema,
        response: { 201: contractSchema },
      },
    },
    async (request, reply) => {
      const { access } = await guardContract(request, request.params.contractId, CONTRACT_NEGOTIATORS);
      const contract = await counterOffer(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        request.params.contractId,
        request.body,
      );
      reply.code(201);
      return contract;
    },
  );

  r.post(
    '/performance/contracts/:contractId/accept',
    {
      schema: {
        tags,
        summary:
          'Accept the other side’s latest offer: the OPD’s head the counter-offer, the leadership the bid. The ' +
          'contract is agreed and its targets become the indicators’ targets of the year. Audited',
        params: contractParams,
        body: sideBodySchema,
        response: { 200: contractSchema },
      },
    },
    async (request) => {
      const { side } = request.body;
      const { access } = await guardContract(request, request.params.contractId, sideRoles(side));
      return accept(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        request.params.contractId,
        side,
      );
    },
  );

  r.post(
    '/performance/contracts/:contractId/sign',
    {
      schema: {
        tags,
        summary:
          'Sign the agreed contract: the OPD’s side by the head it names, the leadership’s by the pimpinan. A ' +
          'recorded, time-stamped acceptance, audited',
        params: contractParams,
        body: sideBodySchema,
        response: { 200: contractSchema },
      },
    },
    async (request) => {
      const { side } = request.body;
      const { access, userId } = await guardContract(
        request,
        request.params.contractId,
        side === 'opd' ? CONTRACT_BIDDERS : CONTRACT_SIGNERS,
      );
      return sign(
        ctx.db,
        ctx.clock.now(),
        { ...(await actor(request)), userId },
        access.regionId,
        request.params.contractId,
        side,
      );
    },
  );
}
