import type { Database } from '../../db/database';
import {
  type AuditSubject,
  type AuditSubjectKind,
  type AuditVocabulary,
  numericIds,
} from '../../platform/audit-vocabulary';
import type { Bilingual } from '../../platform/problem';

/** The performance tree's audit actions (tree-writes.ts): nodes, indicators and their targets set and changed. */
export const TREE_AUDIT_ACTIONS = {
  'performance_node.create': { id: 'Simpul pohon kinerja dibuat', en: 'Performance tree node recorded' },
  'performance_node.update': { id: 'Simpul pohon kinerja diubah', en: 'Performance tree node changed' },
  'performance_indicator.create': { id: 'Indikator kinerja dibuat', en: 'Performance indicator recorded' },
  'performance_indicator.update': { id: 'Indikator kinerja diubah', en: 'Performance indicator changed' },
  'performance_target.set': { id: 'Target indikator ditetapkan', en: 'Indicator target set' },
} as const;

type TreeAuditActions = Record<keyof typeof TREE_AUDIT_ACTIONS, true>;

declare module '../../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends TreeAuditActions {}
}

const TREE_PAGE = '/performance/tree';

function named(label: Bilingual, sql: string): AuditSubjectKind {
  return {
    label,
    async describe(db: Database, regionId: string, ids: readonly string[]) {
      const rows = await db.query<{ id: number; name: string }>(sql, [regionId, numericIds(ids)]);
      return new Map(
        rows.map((r): [string, AuditSubject] => [String(r.id), { name: r.name, page: TREE_PAGE }]),
      );
    },
  };
}

export const TREE_AUDIT_SUBJECTS: NonNullable<AuditVocabulary['subjects']> = {
  performance_node: named(
    { id: 'Simpul pohon kinerja', en: 'Performance tree node' },
    `SELECT id, name FROM performance_node WHERE region_id = $1 AND id = ANY($2::bigint[])`,
  ),
  performance_indicator: named(
    { id: 'Indikator kinerja', en: 'Performance indicator' },
    `SELECT id, name FROM performance_indicator WHERE region_id = $1 AND id = ANY($2::bigint[])`,
  ),
};

export const TREE_AUDIT_FIELDS: NonNullable<AuditVocabulary['fields']> = {
  cascading: {
    label: { id: 'Jenis cascading', en: 'Cascading' },
    values: {
      direct: { id: 'Langsung', en: 'Direct' },
      non_direct: { id: 'Tidak langsung', en: 'Non-direct' },
    },
  },
  nodeId: { label: { id: 'Simpul (nomor)', en: 'Node (number)' } },
  unit: { label: { id: 'Satuan', en: 'Unit' } },
  polarity: {
    label: { id: 'Polaritas', en: 'Polarity' },
    values: {
      higher: { id: 'Makin tinggi makin baik', en: 'Higher is better' },
      lower: { id: 'Makin rendah makin baik', en: 'Lower is better' },
      range: { id: 'Rentang', en: 'Range' },
    },
  },
  cumulative: { label: { id: 'Kumulatif', en: 'Cumulative' }, format: 'boolean' },
  iku: {
    label: { id: 'Indikator kinerja utama (IKU)', en: 'Key performance indicator (IKU)' },
    format: 'boolean',
  },
  baseline: { label: { id: 'Baseline (titik nol)', en: 'Baseline ("titik nol")' } },
  baselineYear: { label: { id: 'Tahun baseline', en: 'Baseline year' } },
  dataSource: { label: { id: 'Sumber data', en: 'Data source' } },
  evidenceRequired: { label: { id: 'Bukti yang diperlukan', en: 'Evidence required' } },
  source: { label: { id: 'Asal angka', en: 'Figure fed from' } },
  owners: { label: { id: 'Pemilik lintas sektor dan porsinya', en: 'Crosscutting owners and shares' } },
  year: { label: { id: 'Tahun', en: 'Year' } },
  target: { label: { id: 'Target', en: 'Target' } },
  targetUpper: { label: { id: 'Batas atas target', en: 'Target upper bound' } },
  quarters: { label: { id: 'Target Tw1–Tw4', en: 'Targets Tw1–Tw4' } },
};
