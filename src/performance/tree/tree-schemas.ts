import { z } from 'zod';
import { CASCADING, INDICATOR_SOURCES, NODE_KINDS } from './tree-writes';

const POLARITIES = ['higher', 'lower', 'range'] as const;

export const nodeSchema = z.object({
  id: z.number(),
  parentId: z.number().nullable(),
  kind: z.enum(NODE_KINDS),
  opdId: z.number().nullable(),
  cascading: z.enum(CASCADING).nullable(),
  name: z.string(),
});

export const ownerSchema = z.object({
  opdId: z.number(),
  sharePercent: z
    .number()
    .describe('Its share of the crosscutting indicator, in percent; the shares add up to 100'),
});

export const indicatorSchema = z.object({
  id: z.number(),
  nodeId: z.number(),
  name: z.string(),
  unit: z.string(),
  polarity: z.enum(POLARITIES),
  cumulative: z.boolean(),
  iku: z.boolean(),
  baseline: z.number().nullable(),
  baselineYear: z.number().nullable(),
  dataSource: z.string().nullable(),
  evidenceRequired: z.string().nullable(),
  source: z.enum(INDICATOR_SOURCES),
  owners: z.array(ownerSchema),
});

export const yearTargetSchema = z.object({
  year: z.number(),
  target: z.number(),
  targetUpper: z.number().nullable(),
  quarters: z.array(z.number()).length(4).nullable().describe('Tw1–Tw4'),
});

const opdRefSchema = z.object({ id: z.number(), name: z.string(), shortName: z.string() });

export const treeIndicatorSchema = indicatorSchema.omit({ owners: true }).extend({
  owners: z.array(ownerSchema.extend({ shortName: z.string(), name: z.string() })),
  target: yearTargetSchema
    .omit({ year: true })
    .nullable()
    .describe('The target of the year asked; null if none'),
});

export const treeNodeSchema = z
  .object({
    id: z.number(),
    parentId: z.number().nullable(),
    kind: z.enum(NODE_KINDS),
    cascading: z.enum(CASCADING).nullable(),
    name: z.string(),
    opd: opdRefSchema.nullable().describe('The OPD that owns it; null for an RPJMD goal (the region’s)'),
    indicators: z.array(treeIndicatorSchema),
    get children(): z.ZodArray<typeof treeNodeSchema> {
      return z.array(treeNodeSchema);
    },
  })
  .meta({ id: 'PerformanceTreeNode' });

export const treeSchema = z.object({
  year: z.number(),
  nodes: z.number().describe('How many nodes the tree has'),
  indicators: z.number().describe('How many indicators'),
  roots: z.array(treeNodeSchema),
});

export const opdIndicatorsSchema = z.object({
  year: z.number(),
  opd: opdRefSchema,
  indicators: z.array(
    treeIndicatorSchema.extend({
      node: z.object({ id: z.number(), kind: z.enum(NODE_KINDS), name: z.string() }),
      sharePercent: z.number().describe('This OPD’s share: 100 unless the indicator is crosscutting'),
    }),
  ),
});
