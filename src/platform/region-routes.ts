import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../http/authentication';
import { type AppContext, actorOf } from '../http/context';
import { accessFor } from '../http/tenancy';
import { localDate, TIME_ZONES } from './clock';
import { findRegionLogo, logoPath, logoVersions } from './region-logo';
import { findRegion, listRegions, type Region, setAreaNopCode } from './regions';
import { AREA_EDITORS } from './roles';

export const regionSchema = z.object({
  regionId: z.string(),
  name: z.string(),
  shortName: z.string(),
  timeZone: z.enum(TIME_ZONES),
  /**
   * The region's calendar day on the server's business clock (which a demo or test may pin): what "today", "last
   * month" and "overdue" mean there, so a browser never asks its own clock.
   */
  today: z.iso.date(),
  /** Where its logo is read (public, versioned, cacheable); null while it has none. */
  logoUrl: z.string().nullable(),
});

const withToday = (ctx: AppContext, region: Region, logos: Map<string, string>) => {
  const logo = logos.get(region.regionId);
  return {
    ...region,
    today: localDate(ctx.clock.now(), region.timeZone),
    logoUrl: logo ? logoPath(region.regionId, logo) : null,
  };
};

/** The public list of Pemda hosted here (for the login page and the transparency pages). */
export function publicRegionRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/regions',
    {
      schema: {
        tags: ['regions'],
        summary: "Regions (Pemda) hosted by this deployment, each with its time zone and today's date there",
        response: { 200: z.array(regionSchema) },
      },
    },
    async () => {
      const logos = await logoVersions(ctx.db);
      return (await listRegions(ctx.db)).map((region) => withToday(ctx, region, logos));
    },
  );
}

interface AreaRow {
  districtCode: string;
  districtName: string;
  districtNopCode: string | null;
  villageCode: string;
  villageName: string;
  villageNopCode: string | null;
}

export const areaSchema = z.array(
  z.object({
    code: z.string(),
    name: z.string(),
    nopCode: z.string().nullable(),
    villages: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        nopCode: z.string().nullable(),
        kind: z.enum(['kelurahan', 'desa']),
      }),
    ),
  }),
);

/** A region's own settings and its kecamatan/kelurahan with their SISMIOP (NOP) codes. */
export function regionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/',
    {
      schema: {
        tags: ['regions'],
        summary: "The region, with its time zone and today's date there",
        response: { 200: regionSchema },
      },
    },
    async (request) => {
      // The tenancy guard has already found the region, so it exists.
      const { regionId } = accessFor(request);
      const logo = await findRegionLogo(ctx.db, regionId);
      const logos = new Map(logo ? [[regionId, logo.sha256]] : []);
      return withToday(ctx, (await findRegion(ctx.db, regionId)) as Region, logos);
    },
  );

  r.get(
    '/areas',
    {
      schema: {
        tags: ['regions'],
        summary: 'Kecamatan and kelurahan/desa with Kemendagri and NOP (SISMIOP) codes',
        response: { 200: areaSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request);
      const rows = await ctx.db.query<AreaRow>(
        `SELECT d.code AS "districtCode", d.name AS "districtName", rd.nop_code AS "districtNopCode",
                v.code AS "villageCode", v.name AS "villageName", rv.nop_code AS "villageNopCode"
         FROM region_district rd
         JOIN district d ON d.code = rd.district_code
         JOIN region_village rv ON rv.region_id = rd.region_id AND rv.district_code = rd.district_code
         JOIN village v ON v.code = rv.village_code
         WHERE rd.region_id = $1 ORDER BY d.code, v.code`,
        [regionId],
      );
      const districts = new Map<string, z.infer<typeof areaSchema>[number]>();
      for (const row of rows) {
        let d = districts.get(row.districtCode);
        if (!d) {
          d = { code: row.districtCode, name: row.districtName, nopCode: row.districtNopCode, villages: [] };
          districts.set(row.districtCode, d);
        }
        // Kemendagri: the desa part's first digit is 1 for a kelurahan, 2 for a desa (Permendagri 72/2019).
        const kind = row.villageCode.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
        d.villages.push({ code: row.villageCode, name: row.villageName, nopCode: row.villageNopCode, kind });
      }
      return [...districts.values()];
    },
  );

  r.put(
    '/areas/:code/nop-code',
    {
      schema: {
        tags: ['regions'],
        summary:
          "Set a kecamatan's or kelurahan's SISMIOP code used in NOP (from the region's REF_KECAMATAN/REF_KELURAHAN)",
        params: z.object({ regionId: z.string(), code: z.string().regex(/^\d{2}\.\d{2}\.\d{2}(\.\d{4})?$/) }),
        body: z.strictObject({
          nopCode: z
            .string()
            .regex(/^\d{3}$/)
            .nullable(),
        }),
        response: { 200: z.object({ code: z.string(), nopCode: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, AREA_EDITORS);
      const session = await requireSession(ctx, request);
      const { code } = request.params;
      const { nopCode } = request.body;
      await ctx.db.transaction((tx) =>
        setAreaNopCode(tx, ctx.clock.now(), actorOf(session, request.ip), regionId, code, nopCode),
      );
      return { code, nopCode };
    },
  );
}
