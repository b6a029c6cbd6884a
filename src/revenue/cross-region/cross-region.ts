import type { Sql } from '../../db/database';
import { localDate } from '../../platform/clock';
import type { Bilingual } from '../../platform/problem';
import { listRegions } from '../../platform/regions';
import { revenueDashboard } from '../dashboard/dashboard';
import { dayInYear } from '../targets/target-in-force';
import { type PopulationFigure, perCapita, populationFor } from './population';

/**
 * The cross-region view of a deployment hosting several Pemda (issue 15): every region's revenue against target for
 * a budget year, in total and by tax type, side by side and per inhabitant — so that Bangka sees where it stands
 * against Malang. Each region appears only in these aggregates (its dashboard's year figures): never a payment, a
 * taxpayer or a breakdown finer than the tax type.
 */

interface Figures {
  target: number | null;
  realised: number;
  achievementPercent: number | null;
  /** Realised ÷ the region's population, whole rupiah; null without a population. */
  realisedPerCapita: number | null;
  targetPerCapita: number | null;
}

export interface RegionRevenue {
  regionId: string;
  name: string;
  /** The day counted through, on the region's own clock. */
  day: string;
  asOf: Date | null;
  population: Pick<PopulationFigure, 'year' | 'population' | 'source'> | null;
  totals: Figures;
  taxes: ({ taxCode: string; name: Bilingual } & Figures)[];
}

export async function crossRegionRevenue(db: Sql, now: Date, year: number): Promise<RegionRevenue[]> {
  const regions = await listRegions(db);
  const answer: RegionRevenue[] = [];
  for (const region of regions) {
    const day = dayInYear(year, localDate(now, region.timeZone));
    const dashboard = await revenueDashboard(db, region.regionId, year, day);
    const population = await populationFor(db, region.regionId, year);
    const people = population?.population ?? null;
    const figures = (f: { target: number | null; realised: number; achievementPercent: number | null }) => ({
      target: f.target,
      realised: f.realised,
      achievementPercent: f.achievementPercent,
      realisedPerCapita: perCapita(f.realised, people),
      targetPerCapita: perCapita(f.target, people),
    });
    answer.push({
      regionId: region.regionId,
      name: region.name,
      day: dashboard.day,
      asOf: dashboard.asOf,
      population: population
        ? { year: population.year, population: population.population, source: population.source }
        : null,
      totals: figures(dashboard.totals),
      taxes: dashboard.taxes.map((t) => ({ taxCode: t.taxCode, name: t.name, ...figures(t) })),
    });
  }
  return answer;
}
