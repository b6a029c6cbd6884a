import type { Sql } from '../../db/database';
import { realisationBetween, realisationRecordedThrough } from '../../revenue';
import { rupiahInUnit } from './ledger-figure';
import { QUARTERS, quarterEnd, quarterStart } from './quarters';
import type { LiveFigures } from './realisation';

/*
 * Live data instead of typing (issue 16): an indicator whose realisation Balai already keeps is read, never entered.
 * A `revenue_pad` indicator (Bapenda's PAD realisation) is the revenue ledger's realisation of all taxes, read through
 * revenue's face: for a cumulative indicator from 1 January, else from the quarter's first day, to the quarter's end or,
 * in the running quarter, to the day asked; in the indicator's unit (Rp juta in the demo).
 */

async function padIndicators(db: Sql, regionId: string) {
  const rows = await db.query<{ id: number; unit: string; cumulative: boolean }>(
    `SELECT id, unit, cumulative FROM performance_indicator WHERE region_id = $1 AND source = 'revenue_pad' ORDER BY id`,
    [regionId],
  );
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

async function figuresTo(
  db: Sql,
  regionId: string,
  indicators: Awaited<ReturnType<typeof padIndicators>>,
  year: number,
  quarter: number,
  through: string,
): Promise<Map<number, number>> {
  const figures = new Map<number, number>();
  if (quarterStart(year, quarter) > through) return figures;
  const end = quarterEnd(year, quarter);
  const to = through < end ? through : end;
  for (const i of indicators) {
    const from = i.cumulative ? `${year}-01-01` : quarterStart(year, quarter);
    figures.set(i.id, rupiahInUnit(await realisationBetween(db, regionId, from, to), i.unit));
  }
  return figures;
}

/** The ledger's figure of each `revenue_pad` indicator for a quarter as of `today` (none before the quarter begins). */
export async function ledgerFigures(
  db: Sql,
  regionId: string,
  year: number,
  quarter: number,
  today: string,
): Promise<LiveFigures> {
  const indicators = await padIndicators(db, regionId);
  return indicators.length === 0 ? new Map() : figuresTo(db, regionId, indicators, year, quarter, today);
}

/**
 * The ledger's figure of each `revenue_pad` indicator for every quarter of a year the ledger has reached (up to its
 * last recorded payment day), for the readers of accepted realisation.
 */
export async function ledgerYear(
  db: Sql,
  regionId: string,
  year: number,
): Promise<{ indicatorId: number; quarter: number; value: number }[]> {
  const indicators = await padIndicators(db, regionId);
  const through = indicators.length === 0 ? null : await realisationRecordedThrough(db, regionId);
  if (through === null) return [];
  const out: { indicatorId: number; quarter: number; value: number }[] = [];
  for (const quarter of QUARTERS) {
    for (const [indicatorId, value] of await figuresTo(db, regionId, indicators, year, quarter, through))
      out.push({ indicatorId, quarter, value });
  }
  return out;
}
