import { type AuditSubject, type AuditVocabulary, numericIds } from '../../platform/audit-vocabulary';

/** The audit actions of the LKjIP: a draft generated, the region's capaian bands set. */
export const LKJIP_AUDIT_ACTIONS = {
  'lkjip_report.generate': { id: 'Draf LKjIP dibuat', en: 'LKjIP draft generated' },
  'capaian_band_setting.set': {
    id: 'Tabel interpretasi capaian ditetapkan',
    en: 'Capaian interpretation bands set',
  },
} as const;

type LkjipAuditActions = Record<keyof typeof LKJIP_AUDIT_ACTIONS, true>;

declare module '../../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends LkjipAuditActions {}
}

const LKJIP_PAGE = '/performance/lkjip';

export const LKJIP_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: LKJIP_AUDIT_ACTIONS,
  subjects: {
    lkjip_report: {
      label: { id: 'Draf LKjIP', en: 'LKjIP draft' },
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; year: number }>(
          'SELECT id, year FROM lkjip_report WHERE region_id = $1 AND id = ANY($2::bigint[])',
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            { name: `LKjIP ${r.year} (${r.id})`, page: LKJIP_PAGE },
          ]),
        );
      },
    },
    capaian_band_setting: {
      label: { id: 'Tabel interpretasi capaian', en: 'Capaian interpretation bands' },
      async describe(_db, _regionId, ids) {
        return new Map(
          ids.map((d): [string, AuditSubject] => [d, { name: `Berlaku ${d}`, page: LKJIP_PAGE }]),
        );
      },
    },
  },
  fields: {
    effectiveFrom: { label: { id: 'Berlaku sejak', en: 'Effective from' } },
    bands: { label: { id: 'Pita interpretasi', en: 'Bands' } },
    year: { label: { id: 'Tahun', en: 'Year' } },
    indicatorCount: { label: { id: 'Jumlah indikator', en: 'Indicators' } },
    bandCounts: { label: { id: 'Jumlah per pita', en: 'Count per band' } },
    predikat: { label: { id: 'Predikat', en: 'Predikat (grade)' } },
    opinion: { label: { id: 'Opini BPK', en: 'BPK opinion' } },
  },
};
