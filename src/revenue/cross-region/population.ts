import type { Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import type { Actor } from '../../platform/users';

/**
 * A region's population by year, as its administrator enters it with its source (BPS's "Kota Malang Dalam Angka",
 * Dukcapil's register…), for revenue per capita in the cross-region view. Append-only: a correction is a new row and
 * the latest row of a year counts; each entry is audited.
 */
export interface PopulationFigure {
  id: number;
  year: number;
  population: number;
  source: string;
  enteredAt: Date;
  /** The administrator's name, or null for the demo's figures. */
  enteredBy: string | null;
}

export interface NewPopulation {
  year: number;
  population: number;
  source: string;
}

const COLUMNS = `p.id, p.year, p.population, p.source, p.entered_at AS "enteredAt", u.name AS "enteredBy"`;
const FROM = 'region_population p LEFT JOIN app_user u ON u.id = p.entered_by';

/** Records a region's population for a year (a new row), audited, in the caller's transaction. */
export async function recordPopulation(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  figure: NewPopulation,
): Promise<PopulationFigure> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO region_population (region_id, year, population, source, entered_at, entered_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [regionId, figure.year, figure.population, figure.source, at, actor.userId],
  );
  const id = (row as { id: number }).id;
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip ?? null,
    action: 'region_population.record',
    entity: 'region_population',
    entityId: String(id),
    after: { year: figure.year, population: figure.population, source: figure.source },
  });
  const [saved] = await tx.query<PopulationFigure>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE p.region_id = $1 AND p.id = $2`,
    [regionId, id],
  );
  return saved as PopulationFigure;
}

/** Every figure the region holds, the latest year first, and within a year the latest entry first. */
export async function populationHistory(db: Sql, regionId: string): Promise<PopulationFigure[]> {
  return db.query<PopulationFigure>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE p.region_id = $1 ORDER BY p.year DESC, p.id DESC`,
    [regionId],
  );
}

/**
 * The figure to divide a year's revenue by: the latest entry of that year, or else of the nearest year before it (a
 * census year's figure serves the years after it until the next), or else of the nearest year after it.
 */
export async function populationFor(
  db: Sql,
  regionId: string,
  year: number,
): Promise<PopulationFigure | null> {
  const [row] = await db.query<PopulationFigure>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE p.region_id = $1
      ORDER BY p.year > $2, abs(p.year - $2), p.id DESC LIMIT 1`,
    [regionId, year],
  );
  return row ?? null;
}

/** Rupiah per inhabitant, whole rupiah (rounded half up); null without a population. */
export function perCapita(amount: number | null, population: number | null): number | null {
  return amount === null || population === null || population <= 0 ? null : Math.round(amount / population);
}
