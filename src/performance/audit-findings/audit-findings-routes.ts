import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { languageOf, Problem } from '../../platform/problem';
import { findRegion, REGION_ID } from '../../platform/regions';
import type { Role } from '../../platform/roles';
import {
  type SpreadsheetColumn,
  sendSpreadsheet,
  spreadsheetQuerySchema,
  spreadsheetResponseSchema,
} from '../../platform/spreadsheet';
import {
  EVIDENCE_BODY_LIMIT,
  evidenceSchema,
  evidenceUploadSchema,
  uploadedEvidence,
} from '../evidence/evidence-routes';
import { requireOpdAccess, requireOpdScope } from '../opd-access';
import { AUDIT_FINDING_EDITORS, AUDIT_FINDING_READERS, AUDIT_FOLLOWUP_WRITERS } from '../roles';
import { id } from '../route-schemas';
import {
  AUDIT_OPINIONS,
  addRecommendation,
  createFinding,
  FINDING_SOURCES,
  type Finding,
  followUpsOf,
  listFindings,
  listOpinions,
  loadRecommendation,
  overdueRecommendations,
  publicOpinions,
  type Recommendation,
  recordOpinion,
  setRecommendationStatus,
  submitFollowUp,
} from './audit-findings';
import { FOLLOW_UP_STATUSES } from './follow-up-status';

const year = () => z.coerce.number().int().min(2000).max(2999);
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const opinionSchema = z.object({
  fiscalYear: z.number(),
  opinion: z
    .enum(AUDIT_OPINIONS)
    .describe(
      'The BPK opinion: wtp (Wajar Tanpa Pengecualian, unqualified), wdp (Wajar Dengan Pengecualian, qualified), ' +
        'tw (Tidak Wajar, adverse), tmp (Tidak Menyatakan Pendapat, disclaimer)',
    ),
  reportNumber: z.string().describe("The BPK report's (LHP) number"),
  reportDate: z.string(),
  report: z.array(evidenceSchema).describe('The report files'),
});

export const recommendationSchema = z.object({
  id: z.number(),
  findingId: z.number(),
  opdId: z.number(),
  opdName: z.string(),
  opdShortName: z.string(),
  text: z.string(),
  deadline: z.string().describe('The last day to follow it up'),
  status: z
    .enum(FOLLOW_UP_STATUSES)
    .describe(
      'sesuai (done as recommended), belum_sesuai (not yet as recommended), belum_ditindaklanjuti (not followed up), ' +
        'tidak_dapat_ditindaklanjuti (cannot be, for a valid reason); set by the verifier',
    ),
  statusNote: z.string().nullable(),
  statusAt: z.date().nullable(),
  overdue: z.boolean().describe('Past its deadline and neither sesuai nor tidak dapat ditindaklanjuti'),
  followUps: z.number(),
});

export const findingSchema = z.object({
  id: z.number(),
  source: z.enum(FINDING_SOURCES),
  year: z.number(),
  reportNumber: z.string(),
  title: z.string(),
  description: z.string(),
  recommendations: z.array(recommendationSchema),
});

export const followUpSchema = z.object({
  id: z.number(),
  answer: z.string(),
  submittedAt: z.date(),
  submittedBy: z.string().nullable(),
  evidence: z.array(evidenceSchema),
});

export const recommendationDetailSchema = recommendationSchema.extend({
  followUpEntries: z.array(followUpSchema),
});

const recommendationInput = z.strictObject({
  opdId: z.number().int().positive().describe('The responsible OPD'),
  text: text(3, 3000),
  deadline: z.iso.date(),
});

const findingFilter = {
  year: year().optional(),
  source: z.enum(FINDING_SOURCES).optional(),
  status: z.enum(FOLLOW_UP_STATUSES).optional(),
  opdId: id().optional(),
};

const STATUS_WORDS: Record<string, { id: string; en: string }> = {
  sesuai: { id: 'Sesuai', en: 'Done as recommended (sesuai)' },
  belum_sesuai: { id: 'Belum sesuai', en: 'Not yet as recommended (belum sesuai)' },
  belum_ditindaklanjuti: { id: 'Belum ditindaklanjuti', en: 'Not followed up (belum ditindaklanjuti)' },
  tidak_dapat_ditindaklanjuti: {
    id: 'Tidak dapat ditindaklanjuti',
    en: 'Cannot be followed up (tidak dapat ditindaklanjuti)',
  },
};

type Row = {
  finding: { source: string; year: number; reportNumber: string; title: string };
  rec: Recommendation;
};
const FINDING_COLUMNS: SpreadsheetColumn<Row>[] = [
  {
    header: { id: 'Sumber', en: 'Source' },
    value: (r) => (r.finding.source === 'bpk' ? 'BPK' : 'Inspektorat'),
  },
  { header: { id: 'Tahun', en: 'Year' }, value: (r) => r.finding.year, kind: 'count' },
  { header: { id: 'Nomor laporan', en: 'Report number' }, value: (r) => r.finding.reportNumber, width: 24 },
  { header: { id: 'Temuan', en: 'Finding' }, value: (r) => r.finding.title, width: 40 },
  { header: { id: 'Rekomendasi', en: 'Recommendation' }, value: (r) => r.rec.text, width: 50 },
  { header: { id: 'Perangkat daerah', en: 'Regional agency (OPD)' }, value: (r) => r.rec.opdName, width: 30 },
  { header: { id: 'Batas waktu', en: 'Deadline' }, value: (r) => r.rec.deadline, kind: 'date' },
  {
    header: { id: 'Status', en: 'Status' },
    value: (r, lang) => STATUS_WORDS[r.rec.status]?.[lang] ?? r.rec.status,
  },
  {
    header: { id: 'Terlambat', en: 'Overdue' },
    value: (r, lang) => (r.rec.overdue ? (lang === 'id' ? 'Ya' : 'Yes') : lang === 'id' ? 'Tidak' : 'No'),
  },
  { header: { id: 'Tindak lanjut', en: 'Follow-ups' }, value: (r) => r.rec.followUps, kind: 'count' },
];

/** The audit opinions and findings (issue 16) under `/performance`. */
export function auditFindingsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = (request: FastifyRequest) => localDate(ctx.clock.now(), accessFor(request).timeZone);
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);
  const tags = ['performance'];

  r.get(
    '/performance/audit-opinions',
    {
      schema: {
        tags,
        summary: "The BPK's opinion on the region's financial statements per fiscal year, newest first",
        response: { 200: z.array(opinionSchema) },
      },
    },
    async (request) => listOpinions(ctx.db, accessFor(request, AUDIT_FINDING_READERS).regionId),
  );

  r.put(
    '/performance/audit-opinions/:fiscalYear',
    {
      bodyLimit: EVIDENCE_BODY_LIMIT,
      schema: {
        tags,
        problems: {
          409: ['EVIDENCE_DUPLICATE'],
          413: ['EVIDENCE_TOO_LARGE'],
          422: ['EVIDENCE_TYPE_NOT_ALLOWED', 'EVIDENCE_TOO_MANY'],
        },
        summary: "Record or correct the BPK's opinion on a fiscal year, with its report file (PDF). Audited",
        params: z.object({ regionId: z.string(), fiscalYear: year() }),
        body: z.strictObject({
          opinion: z.enum(AUDIT_OPINIONS),
          reportNumber: text(1, 200),
          reportDate: z.iso.date(),
          report: evidenceUploadSchema.nullable().default(null),
        }),
        response: { 200: opinionSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, AUDIT_FINDING_EDITORS);
      const { report, ...rest } = request.body;
      return recordOpinion(
        ctx.db,
        ctx.clock.now(),
        today(request),
        await actor(request),
        regionId,
        request.params.fiscalYear,
        {
          ...rest,
          report: report && uploadedEvidence(report),
        },
      );
    },
  );

  r.get(
    '/performance/audit-findings',
    {
      schema: {
        tags,
        summary:
          'The findings of the BPK and the Inspektorat with their recommendations; OPD staff see their OPD’s only',
        querystring: z.strictObject(findingFilter),
        response: { 200: z.array(findingSchema) },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, AUDIT_FINDING_READERS);
      return listFindings(ctx.db, access.regionId, today(request), scope, request.query);
    },
  );

  r.get(
    '/performance/audit-findings/download',
    {
      schema: {
        tags,
        summary: 'The findings list as a spreadsheet (CSV or XLSX), one row per recommendation',
        querystring: z.strictObject({ ...findingFilter, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      const { access, scope } = await requireOpdScope(ctx, request, AUDIT_FINDING_READERS);
      const { format, lang: asked, ...filter } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const findings = await listFindings(ctx.db, access.regionId, today(request), scope, filter);
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: `temuan-audit-${access.regionId}`,
        sheetName: lang === 'id' ? 'Temuan audit' : 'Audit findings',
        rows: findings.flatMap((finding) => finding.recommendations.map((rec) => ({ finding, rec }))),
        columns: FINDING_COLUMNS,
        lang,
      });
    },
  );

  r.get(
    '/performance/audit-findings/overdue',
    {
      schema: {
        tags,
        summary:
          'Recommendations past their deadline and not closed (neither sesuai nor tidak dapat ditindaklanjuti); OPD staff see their OPD’s',
        querystring: z.strictObject({ on: z.iso.date().optional().describe('The day; today by default') }),
        response: { 200: z.array(recommendationSchema) },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, AUDIT_FINDING_READERS);
      const day = request.query.on ?? today(request);
      return overdueRecommendations(ctx.db, access.regionId, day, scope.all ? null : scope.opdIds);
    },
  );

  r.post(
    '/performance/audit-findings',
    {
      schema: {
        tags,
        problems: { 404: ['OPD_NOT_FOUND'] },
        summary: 'Record a finding of the BPK or the Inspektorat with its recommendations. Audited',
        body: z.strictObject({
          source: z.enum(FINDING_SOURCES),
          year: z.number().int().min(2000).max(2999),
          reportNumber: text(1, 200),
          title: text(3, 300),
          description: text(1, 5000),
          recommendations: z.array(recommendationInput).min(1).max(50),
        }),
        response: { 201: findingSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, AUDIT_FINDING_EDITORS);
      const findingId = await createFinding(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.body,
      );
      const findings = await listFindings(ctx.db, regionId, today(request), { all: true });
      return reply.code(201).send(findings.find((f) => f.id === findingId) as Finding);
    },
  );

  r.post(
    '/performance/audit-findings/:findingId/recommendations',
    {
      schema: {
        tags,
        problems: { 404: ['AUDIT_FINDING_NOT_FOUND', 'OPD_NOT_FOUND'] },
        summary: 'Add a recommendation to a finding. Audited',
        params: z.object({ regionId: z.string(), findingId: id() }),
        body: recommendationInput,
        response: { 201: recommendationSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, AUDIT_FINDING_EDITORS);
      const recId = await addRecommendation(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.findingId,
        request.body,
      );
      return reply.code(201).send(await loadRecommendation(ctx.db, regionId, recId, today(request)));
    },
  );

  /** The recommendation a request names, after the role check, and the OPD guard for it. */
  const guarded = async (request: FastifyRequest, recommendationId: number, set: readonly Role[]) => {
    const { regionId } = accessFor(request, set);
    const rec = await loadRecommendation(ctx.db, regionId, recommendationId, today(request));
    await requireOpdAccess(ctx, request, rec.opdId, set);
    return { regionId, rec };
  };

  r.get(
    '/performance/audit-recommendations/:recommendationId',
    {
      schema: {
        tags,
        problems: { 403: ['OPD_FORBIDDEN'], 404: ['AUDIT_RECOMMENDATION_NOT_FOUND'] },
        summary: 'One recommendation with its follow-ups and their evidence; OPD staff their OPD’s only',
        params: z.object({ regionId: z.string(), recommendationId: id() }),
        response: { 200: recommendationDetailSchema },
      },
    },
    async (request) => {
      const { regionId, rec } = await guarded(
        request,
        request.params.recommendationId,
        AUDIT_FINDING_READERS,
      );
      return { ...rec, followUpEntries: await followUpsOf(ctx.db, regionId, rec.id) };
    },
  );

  r.post(
    '/performance/audit-recommendations/:recommendationId/follow-ups',
    {
      bodyLimit: EVIDENCE_BODY_LIMIT,
      schema: {
        tags,
        problems: {
          403: ['OPD_FORBIDDEN'],
          404: ['AUDIT_RECOMMENDATION_NOT_FOUND'],
          409: ['AUDIT_RECOMMENDATION_CLOSED', 'EVIDENCE_DUPLICATE'],
          413: ['EVIDENCE_TOO_LARGE'],
          422: ['EVIDENCE_TYPE_NOT_ALLOWED', 'EVIDENCE_TOO_MANY'],
        },
        summary:
          "The responsible OPD's follow-up (tindak lanjut): its answer and evidence files (PDF, JPEG, PNG as base64). Audited",
        params: z.object({ regionId: z.string(), recommendationId: id() }),
        body: z.strictObject({
          answer: text(3, 5000),
          evidence: z.array(evidenceUploadSchema).max(5).default([]),
        }),
        response: { 201: followUpSchema },
      },
    },
    async (request, reply) => {
      const { regionId, rec } = await guarded(
        request,
        request.params.recommendationId,
        AUDIT_FOLLOWUP_WRITERS,
      );
      const followUp = await submitFollowUp(
        ctx.db,
        ctx.clock.now(),
        today(request),
        await actor(request),
        regionId,
        rec.id,
        {
          answer: request.body.answer,
          evidence: request.body.evidence.map(uploadedEvidence),
        },
      );
      return reply.code(201).send(followUp);
    },
  );

  r.post(
    '/performance/audit-recommendations/:recommendationId/status',
    {
      schema: {
        tags,
        problems: {
          404: ['AUDIT_RECOMMENDATION_NOT_FOUND'],
          409: ['AUDIT_FOLLOWUP_MISSING'],
          422: ['AUDIT_STATUS_REASON_REQUIRED'],
        },
        summary: "The verifier's status of a recommendation's follow-up. Audited, before and after",
        params: z.object({ regionId: z.string(), recommendationId: id() }),
        body: z.strictObject({
          status: z.enum(FOLLOW_UP_STATUSES),
          note: text(1, 2000).nullable().default(null),
        }),
        response: { 200: recommendationSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, AUDIT_FINDING_EDITORS);
      return setRecommendationStatus(
        ctx.db,
        ctx.clock.now(),
        today(request),
        await actor(request),
        regionId,
        request.params.recommendationId,
        request.body,
      );
    },
  );

  r.get(
    '/performance/opds/:opdId/audit-recommendations',
    {
      schema: {
        tags,
        problems: { 403: ['OPD_FORBIDDEN'], 404: ['OPD_NOT_FOUND'] },
        summary: "An OPD's worklist: its recommendations, open ones first by deadline, overdue marked",
        params: z.object({ regionId: z.string(), opdId: id() }),
        response: { 200: z.array(recommendationSchema) },
      },
    },
    async (request) => {
      const { access, opd } = await requireOpdAccess(
        ctx,
        request,
        request.params.opdId,
        AUDIT_FINDING_READERS,
      );
      const findings = await listFindings(ctx.db, access.regionId, today(request), {
        all: false,
        opdIds: [opd.id],
      });
      return findings
        .flatMap((f) => f.recommendations)
        .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.deadline.localeCompare(b.deadline));
    },
  );
}

export const publicOpinionSchema = z.object({
  regionId: z.string(),
  name: z.string(),
  opinions: z.array(
    z.object({ fiscalYear: z.number(), opinion: z.enum(AUDIT_OPINIONS), reportDate: z.string() }),
  ),
});

/** The public's view of the BPK opinions: per fiscal year, no finding. */
export function publicAuditOpinionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/public/regions/:regionId/performance/audit-opinions',
    {
      config: { rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags: ['public'],
        summary:
          "The BPK's opinion on the region's financial statements per fiscal year (WTP, WDP, TW, TMP); no finding",
        params: z.object({ regionId: z.string() }),
        response: { 200: publicOpinionSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = request.params;
      const region = REGION_ID.test(regionId) ? await findRegion(ctx.db, regionId) : undefined;
      if (!region) throw new Problem(404, 'REGION_NOT_FOUND', { regionId });
      reply.header('cache-control', 'public, max-age=300');
      return { regionId, name: region.name, opinions: await publicOpinions(ctx.db, regionId) };
    },
  );
}
