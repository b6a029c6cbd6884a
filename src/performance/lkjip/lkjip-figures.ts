import type { z } from 'zod';
import type { AcceptedRealisation } from '../realisation/realisation-read';
import { type CapaianInput, capaian } from '../rules/capaian';
import { RuleViolation } from '../rules/rule-violation';
import type { treeIndicatorSchema, treeNodeSchema, treeSchema } from '../tree/tree-schemas';
import { type BandsInForce, bandOf } from './capaian-bands';

/*
 * What an LKjIP draft prints (Perpres 29/2014, PermenPANRB 53/2014: the year's realisation against its target, beside
 * last year's), assembled from what the other parts of performance management read: the tree with the year's and last
 * year's targets, the accepted realisations of both years, the region's capaian bands, the SAKIP predikat and the
 * BPK's opinions. Pure: the same inputs give the same figures, which the draft keeps as its snapshot.
 */

type Tree = z.infer<typeof treeSchema>;
type TreeNode = z.infer<typeof treeNodeSchema>;
type TreeIndicator = z.infer<typeof treeIndicatorSchema>;
type Target = NonNullable<TreeIndicator['target']>;

/** One year's figure of an indicator: its target, the realisation that counts and its capaian. */
export interface YearFigure {
  target: number | null;
  targetUpper: number | null;
  /** The realisation of the latest accepted quarter (Tw4 when accepted); null: none accepted. */
  realisation: number | null;
  /** Its quarter; below 4 the year is not complete and the capaian is against that quarter's target. */
  quarter: number | null;
  /** The target the capaian compares with: the year's, or the quarter's when Tw4 is not yet accepted. */
  comparedWith: number | null;
  capaian: number | null;
  band: string | null;
}

export interface IndicatorFigure {
  id: number;
  name: string;
  unit: string;
  polarity: TreeIndicator['polarity'];
  iku: boolean;
  /** The short name of the OPD whose node holds it; null: a goal of the region's RPJMD. */
  opd: string | null;
  year: YearFigure;
  lastYear: YearFigure;
}

export interface LkjipGoal {
  name: string;
  indicators: IndicatorFigure[];
}

export interface LkjipOpd {
  name: string;
  shortName: string;
  sasaran: LkjipGoal[];
}

export interface LkjipFigures {
  year: number;
  bands: BandsInForce;
  /** The RPJMD's goals (tujuan) with their own indicators and targets (Bab II). */
  goals: LkjipGoal[];
  /** The region's IKU, wherever in the tree (Bab III first). */
  iku: IndicatorFigure[];
  /** Each OPD's sasaran with their indicators, OPD by name. */
  opds: LkjipOpd[];
  /**
   * How many of the printed indicators (the goals', the IKU, the sasaran's) read in each band, the highest first, each
   * indicator once; and how many have no capaian.
   */
  bandCounts: { label: string; count: number }[];
  withoutCapaian: number;
  /** The region's SAKIP evaluation of the year, once reviewed. */
  sakip: { worksheet: string; score: number; predikat: string } | null;
  /** The BPK's opinion on the year's and the year before's accounts, when recorded. */
  opinions: { fiscalYear: number; opinion: string; reportDate: string }[];
}

export interface LkjipInput {
  year: number;
  tree: Tree;
  /** Last year's targets by indicator id. */
  lastYearTargets: ReadonlyMap<number, Target | null>;
  realisations: readonly AcceptedRealisation[];
  lastYearRealisations: readonly AcceptedRealisation[];
  bands: BandsInForce;
  sakip: LkjipFigures['sakip'];
  opinions: LkjipFigures['opinions'];
}

/** The latest accepted quarter of each indicator: Tw4 when accepted, else the latest. */
function latestByIndicator(rows: readonly AcceptedRealisation[]): Map<number, AcceptedRealisation> {
  const latest = new Map<number, AcceptedRealisation>();
  for (const r of rows) {
    const known = latest.get(r.indicatorId);
    if (!known || r.quarter > known.quarter) latest.set(r.indicatorId, r);
  }
  return latest;
}

/**
 * An indicator's figure of one year: the capaian of its latest accepted quarter (rules/capaian.ts), against the
 * year's target at Tw4 and against the quarter's own target before (a quarter without its own target: the year's).
 * A target the formula cannot divide by, or a negative figure, leaves the capaian empty rather than the draft unmade.
 */
export function yearFigure(
  polarity: TreeIndicator['polarity'],
  target: Target | null,
  realised: AcceptedRealisation | undefined,
  bands: BandsInForce,
): YearFigure {
  const base = { target: target?.target ?? null, targetUpper: target?.targetUpper ?? null };
  if (!realised)
    return { ...base, realisation: null, quarter: null, comparedWith: null, capaian: null, band: null };
  const quarterTarget =
    realised.quarter < 4 && polarity !== 'range' ? (target?.quarters?.[realised.quarter - 1] ?? null) : null;
  const comparedWith = quarterTarget ?? target?.target ?? null;
  let percent: number | null = null;
  if (target && comparedWith !== null) {
    const input: CapaianInput =
      polarity === 'range'
        ? {
            polarity,
            target: target.target,
            targetUpper: target.targetUpper ?? target.target,
            realisation: realised.value,
          }
        : { polarity, target: comparedWith, realisation: realised.value };
    try {
      percent = capaian(input);
    } catch (e) {
      if (!(e instanceof RuleViolation)) throw e;
    }
  }
  return {
    ...base,
    realisation: realised.value,
    quarter: realised.quarter,
    comparedWith,
    capaian: percent,
    band: bandOf(percent, bands.bands),
  };
}

/** Every node of the tree, depth first in the tree's order. */
function* walk(nodes: readonly TreeNode[]): Generator<TreeNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

/** The draft's figures from what the year and the year before recorded. */
export function lkjipFigures(input: LkjipInput): LkjipFigures {
  const now = latestByIndicator(input.realisations);
  const before = latestByIndicator(input.lastYearRealisations);
  const figureOf = (node: TreeNode, i: TreeIndicator): IndicatorFigure => ({
    id: i.id,
    name: i.name,
    unit: i.unit,
    polarity: i.polarity,
    iku: i.iku,
    opd: node.opd?.shortName ?? null,
    year: yearFigure(i.polarity, i.target, now.get(i.id), input.bands),
    lastYear: yearFigure(i.polarity, input.lastYearTargets.get(i.id) ?? null, before.get(i.id), input.bands),
  });

  const goals: LkjipGoal[] = [];
  const iku: IndicatorFigure[] = [];
  const opds = new Map<number, LkjipOpd>();
  const counted = new Map<number, IndicatorFigure>();
  for (const node of walk(input.tree.roots)) {
    const figures = node.indicators.map((i) => figureOf(node, i));
    const printed = node.kind === 'tujuan_rpjmd' || node.kind === 'sasaran_opd';
    for (const f of figures) {
      // Program and kegiatan indicators are the OPD's Renja, not the Pemda's LKjIP: only an IKU among them is printed.
      if (printed || f.iku) counted.set(f.id, f);
      if (f.iku) iku.push(f);
    }
    if (node.kind === 'tujuan_rpjmd') goals.push({ name: node.name, indicators: figures });
    if (node.kind === 'sasaran_opd' && node.opd) {
      let opd = opds.get(node.opd.id);
      if (!opd) {
        opd = { name: node.opd.name, shortName: node.opd.shortName, sasaran: [] };
        opds.set(node.opd.id, opd);
      }
      opd.sasaran.push({ name: node.name, indicators: figures });
    }
  }

  const all = [...counted.values()];
  return {
    year: input.year,
    bands: input.bands,
    goals,
    iku,
    opds: [...opds.values()].sort((a, b) => a.name.localeCompare(b.name, 'id')),
    bandCounts: input.bands.bands.map((b) => ({
      label: b.label,
      count: all.filter((f) => f.year.band === b.label).length,
    })),
    withoutCapaian: all.filter((f) => f.year.capaian === null).length,
    sakip: input.sakip,
    opinions: input.opinions,
  };
}
