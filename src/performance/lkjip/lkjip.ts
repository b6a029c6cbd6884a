import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import { findRegion } from '../../platform/regions';
import type { Actor } from '../../platform/users';
import { publicOpinions } from '../audit-findings/audit-findings';
import { evaluationHistory } from '../evaluations/evaluations';
import { acceptedRealisations } from '../realisation/realisation-read';
import { performanceTree } from '../tree/tree-read';
import { bandsInForce } from './capaian-bands';
import { type LkjipFigures, lkjipFigures } from './lkjip-figures';

/*
 * The region's LKjIP drafts: each one generated for a year is a row with every figure it printed (its snapshot,
 * lkjip-figures.ts), by whom and when, audited. A later draft of the same year supersedes it; the PDF is drawn from
 * the row whenever it is downloaded (lkjip-pdf.ts), so it reads as it did the day it was made.
 */

export interface LkjipReport {
  id: number;
  year: number;
  generatedAt: Date;
  generatedBy: string | null;
  /** Whether it is the year's latest draft (a later one supersedes it). */
  latest: boolean;
  indicators: number;
  withoutCapaian: number;
  predikat: string | null;
}

export interface StoredLkjip extends LkjipReport {
  figures: LkjipFigures;
}

/** Everything the year's draft reads, from the tree, the realisations, the bands, the evaluations and the opinions. */
export async function readLkjipFigures(
  db: Sql,
  regionId: string,
  year: number,
  today: string,
): Promise<LkjipFigures> {
  const [tree, lastYearTree, realisations, lastYearRealisations, bands, sakip, opinions] = await Promise.all([
    performanceTree(db, regionId, year),
    performanceTree(db, regionId, year - 1),
    acceptedRealisations(db, regionId, year),
    acceptedRealisations(db, regionId, year - 1),
    bandsInForce(db, regionId, today),
    evaluationHistory(db, regionId, 'sakip', null),
    publicOpinions(db, regionId),
  ]);
  const lastYearTargets = new Map<
    number,
    NonNullable<(typeof lastYearTree.roots)[number]['indicators'][number]['target']>
  >();
  const collect = (nodes: typeof lastYearTree.roots) => {
    for (const n of nodes) {
      for (const i of n.indicators) if (i.target) lastYearTargets.set(i.id, i.target);
      collect(n.children);
    }
  };
  collect(lastYearTree.roots);
  const reviewed = sakip.filter((e) => e.year === year && e.status === 'reviewed').at(-1);
  return lkjipFigures({
    year,
    tree,
    lastYearTargets,
    realisations,
    lastYearRealisations,
    bands,
    sakip:
      reviewed && reviewed.finalScore !== null && reviewed.predikat !== null
        ? { worksheet: reviewed.worksheetName, score: reviewed.finalScore, predikat: reviewed.predikat }
        : null,
    opinions: opinions.filter((o) => o.fiscalYear === year || o.fiscalYear === year - 1),
  });
}

/**
 * Generates the year's draft at `at`: refuses a year not yet begun on the region's calendar (422
 * LKJIP_YEAR_NOT_BEGUN), reads the figures and records them, audited, in one transaction.
 */
export async function generateLkjip(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  year: number,
): Promise<StoredLkjip> {
  const region = await findRegion(db, regionId);
  if (!region) throw new Problem(404, 'REGION_NOT_FOUND');
  const today = localDate(at, region.timeZone);
  if (year > Number(today.slice(0, 4))) throw new Problem(422, 'LKJIP_YEAR_NOT_BEGUN', { year, today });
  const figures = await readLkjipFigures(db, regionId, year, today);
  return db.transaction(async (tx) => {
    const [inserted] = await tx.query<{ id: number }>(
      `INSERT INTO lkjip_report (region_id, year, generated_at, generated_by, snapshot) VALUES ($1, $2, $3, $4, $5)
       RETURNING id`,
      [regionId, year, at, actor.userId, JSON.stringify(figures)],
    );
    const id = Number(inserted?.id);
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'lkjip_report.generate',
      entity: 'lkjip_report',
      entityId: String(id),
      after: {
        year,
        indicatorCount: countIndicators(figures),
        bandCounts: figures.bandCounts,
        predikat: figures.sakip?.predikat ?? null,
        opinion: figures.opinions.find((o) => o.fiscalYear === year)?.opinion ?? null,
      },
    });
    return loadLkjip(tx, regionId, id);
  });
}

function countIndicators(f: LkjipFigures): number {
  return f.bandCounts.reduce((n, b) => n + b.count, 0) + f.withoutCapaian;
}

interface Row {
  id: number;
  year: number;
  generatedAt: Date;
  generatedBy: string | null;
  latest: boolean;
  figures: LkjipFigures;
}

const SELECT = `SELECT r.id, r.year, r.generated_at AS "generatedAt", u.name AS "generatedBy",
    r.id = (SELECT max(x.id) FROM lkjip_report x WHERE x.region_id = r.region_id AND x.year = r.year) AS latest`;
const FROM = 'FROM lkjip_report r LEFT JOIN app_user u ON u.id = r.generated_by';

function stored(r: Row): StoredLkjip {
  return {
    id: Number(r.id),
    year: r.year,
    generatedAt: r.generatedAt,
    generatedBy: r.generatedBy,
    latest: r.latest,
    indicators: countIndicators(r.figures),
    withoutCapaian: r.figures.withoutCapaian,
    predikat: r.figures.sakip?.predikat ?? null,
    figures: r.figures,
  };
}

/** A draft without its snapshot, as the list gives it. */
export function summaryOf({ figures: _, ...report }: StoredLkjip): LkjipReport {
  return report;
}

/** One draft with its figures; 404 LKJIP_NOT_FOUND if the region has no such draft. */
export async function loadLkjip(db: Sql, regionId: string, id: number): Promise<StoredLkjip> {
  const [row] = await db.query<Row>(
    `${SELECT}, r.snapshot AS figures ${FROM} WHERE r.region_id = $1 AND r.id = $2`,
    [regionId, id],
  );
  if (!row) throw new Problem(404, 'LKJIP_NOT_FOUND', { reportId: id });
  return stored(row);
}

/** The region's drafts (of a year when given), the latest year first and within it the latest draft first. */
export async function listLkjip(db: Sql, regionId: string, year: number | null): Promise<LkjipReport[]> {
  const rows = await db.query<Row>(
    // The list needs the counts only, not every indicator of each snapshot.
    `${SELECT}, jsonb_build_object('bandCounts', r.snapshot->'bandCounts', 'withoutCapaian',
        r.snapshot->'withoutCapaian', 'sakip', r.snapshot->'sakip') AS figures
     ${FROM} WHERE r.region_id = $1 AND ($2::int IS NULL OR r.year = $2) ORDER BY r.year DESC, r.id DESC LIMIT 200`,
    [regionId, year],
  );
  return rows.map((r) => summaryOf(stored(r)));
}
