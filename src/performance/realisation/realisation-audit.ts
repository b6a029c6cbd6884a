import { type AuditSubject, type AuditVocabulary, numericIds } from '../../platform/audit-vocabulary';

/** The audit actions of quarterly realisation: each step of a quarter's report, by whom, and the region's deadlines. */
export const REALISATION_AUDIT_ACTIONS = {
  'performance_realisation.save': { id: 'Realisasi kinerja diisi', en: 'Performance realisation entered' },
  'performance_realisation.submit': {
    id: 'Realisasi kinerja diajukan',
    en: 'Performance realisation submitted',
  },
  'performance_realisation.accept': {
    id: 'Realisasi kinerja diterima',
    en: 'Performance realisation accepted',
  },
  'performance_realisation.return': {
    id: 'Realisasi kinerja dikembalikan',
    en: 'Performance realisation returned',
  },
  'realisation_deadline.set': { id: 'Batas waktu realisasi ditetapkan', en: 'Realisation deadlines set' },
} as const;

type RealisationAuditActions = Record<keyof typeof REALISATION_AUDIT_ACTIONS, true>;

declare module '../../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends RealisationAuditActions {}
}

const PAGE = '/performance/realisation';

export const REALISATION_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: REALISATION_AUDIT_ACTIONS,
  subjects: {
    performance_realisation: {
      label: { id: 'Realisasi kinerja', en: 'Performance realisation' },
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; name: string }>(
          `SELECT r.id, i.name || ' · Tw' || r.quarter || ' ' || r.year AS name
             FROM performance_realisation r
             JOIN performance_indicator i ON i.region_id = $1 AND i.id = r.indicator_id
            WHERE r.region_id = $1 AND r.id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(rows.map((r): [string, AuditSubject] => [String(r.id), { name: r.name, page: PAGE }]));
      },
    },
    realisation_deadline: {
      label: { id: 'Batas waktu realisasi', en: 'Realisation deadlines' },
      async describe(_db, _regionId, ids) {
        return new Map(
          ids.map((year): [string, AuditSubject] => [year, { name: `Tahun ${year}`, page: PAGE }]),
        );
      },
    },
  },
  fields: {
    indicatorId: { label: { id: 'Indikator (nomor)', en: 'Indicator (number)' } },
    quarter: { label: { id: 'Triwulan', en: 'Quarter' } },
    value: { label: { id: 'Realisasi', en: 'Realisation' } },
    status: {
      label: { id: 'Status', en: 'Status' },
      values: {
        draft: { id: 'Draf', en: 'Draft' },
        submitted: { id: 'Diajukan', en: 'Submitted' },
        accepted: { id: 'Diterima', en: 'Accepted' },
        returned: { id: 'Dikembalikan', en: 'Returned' },
      },
    },
    decisionNote: { label: { id: 'Catatan verifikator', en: "Verifier's note" } },
    dueDates: { label: { id: 'Batas waktu per triwulan', en: 'Deadline per quarter' } },
    effectiveFrom: { label: { id: 'Berlaku mulai', en: 'In force from' }, format: 'date' },
  },
};
