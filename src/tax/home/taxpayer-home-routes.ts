import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import { taxPolicyOn } from '../policy';
import { ownerFilter } from '../registry/taxpayer';
import { viewerOf } from '../viewer';
import { AGENDA_LOOKBACK_MONTHS, nextFilingDeadline, unfiledMasa } from './filing-agenda';

const masa = z.object({ period: z.string(), dueDate: z.string(), overdue: z.boolean() });

/** A taxpayer's home: per object, the masa still to report and the next deadline; bills come from `/bills`. */
export const taxpayerHomeSchema = z.object({
  today: z.string(),
  taxpayers: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      npwpd: z.string().nullable(),
      status: z.string(),
      objects: z.array(
        z.object({
          id: z.number(),
          name: z.string(),
          taxCode: z.string(),
          /** Whether the taxpayer reports it (SPTPD); an officially assessed tax is billed by Bapenda instead. */
          selfAssessed: z.boolean(),
          unfiled: z.array(masa),
          /** For an open self-assessed object: the next SPTPD due, and for which masa. */
          nextDeadline: z.object({ period: z.string(), dueDate: z.string() }).nullable(),
        }),
      ),
    }),
  ),
  /** The earliest deadline of all the objects' filings that has not passed. */
  nextDeadline: z.object({ period: z.string(), dueDate: z.string(), objectId: z.number() }).nullable(),
});

/** The taxpayer's home page: what to file, by when. */
export function taxpayerHomeRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/taxpayer-home',
    {
      schema: {
        tags: ['returns'],
        summary:
          "The signed-in taxpayer's objects with the masa not yet reported and the next filing deadline",
        response: { 200: taxpayerHomeSchema },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, [], true);
      const owner = ownerFilter(viewer);
      if (owner === null) throw new Problem(403, 'FORBIDDEN_ROLE');
      const { regionId, timeZone } = accessFor(request);
      const today = localDate(ctx.clock.now(), timeZone);
      const { policy } = await taxPolicyOn(ctx.db, regionId, today);
      const rows = await ctx.db.query<{
        taxpayerId: number;
        taxpayerName: string;
        npwpd: string | null;
        taxpayerStatus: string;
        objectId: number | null;
        objectName: string | null;
        taxCode: string | null;
        assessment: string | null;
        objectStatus: string | null;
        openedOn: string | null;
        closedOn: string | null;
        filed: string[] | null;
      }>(
        `SELECT t.id AS "taxpayerId", t.name AS "taxpayerName", t.npwpd, t.status AS "taxpayerStatus",
                o.id AS "objectId", o.name AS "objectName", o.tax_code AS "taxCode", ty.assessment,
                o.status AS "objectStatus", o.opened_on AS "openedOn", o.closed_on AS "closedOn",
                (SELECT array_agg(DISTINCT r.period) FROM tax_return r
                 WHERE r.region_id = $1 AND r.object_id = o.id AND r.status <> 'draft'
                   AND r.period >= to_char(($3::date - make_interval(months => $4)), 'YYYY-MM')) AS filed
         FROM taxpayer t
         LEFT JOIN tax_object o ON o.region_id = $1 AND o.taxpayer_id = t.id AND o.status IN ('active', 'closed')
         LEFT JOIN tax_type ty ON ty.code = o.tax_code
         WHERE t.region_id = $1 AND t.user_id = $2
         ORDER BY t.id, o.id`,
        [regionId, owner, today, AGENDA_LOOKBACK_MONTHS + 1],
      );
      const taxpayers = new Map<number, z.infer<typeof taxpayerHomeSchema>['taxpayers'][number]>();
      let next: z.infer<typeof taxpayerHomeSchema>['nextDeadline'] = null;
      for (const r of rows) {
        let t = taxpayers.get(r.taxpayerId);
        if (!t) {
          t = {
            id: r.taxpayerId,
            name: r.taxpayerName,
            npwpd: r.npwpd,
            status: r.taxpayerStatus,
            objects: [],
          };
          taxpayers.set(r.taxpayerId, t);
        }
        if (r.objectId === null || !r.objectName || !r.taxCode || !r.openedOn) continue;
        const selfAssessed = r.assessment === 'self' && !policy.officialAssessment.includes(r.taxCode);
        const filed = new Set(r.filed ?? []);
        const open = r.objectStatus === 'active';
        const deadline = selfAssessed && open ? nextFilingDeadline(filed, today, policy.returnDue) : null;
        if (deadline && (!next || deadline.dueDate < next.dueDate))
          next = { ...deadline, objectId: r.objectId };
        t.objects.push({
          id: r.objectId,
          name: r.objectName,
          taxCode: r.taxCode,
          selfAssessed,
          unfiled: selfAssessed
            ? unfiledMasa({ openedOn: r.openedOn, closedOn: r.closedOn }, filed, today, policy.returnDue)
            : [],
          nextDeadline: deadline,
        });
      }
      return { today, taxpayers: [...taxpayers.values()], nextDeadline: next };
    },
  );
}
