import type { AuditVocabulary } from '../../platform/audit-vocabulary';

/** The audit actions of the rankings: a planner's recompute, the region's ranking rules, a head's potential. */
export const RANKING_AUDIT_ACTIONS = {
  'performance_ranking.recompute': {
    id: 'Peringkat kinerja dihitung ulang',
    en: 'Performance ranking recomputed',
  },
  'performance_ranking_setting.record': {
    id: 'Aturan peringkat kinerja dicatat',
    en: 'Performance ranking rules recorded',
  },
  'head_potential.record': { id: 'Potensi kepala OPD dicatat', en: "An OPD head's potential recorded" },
} as const;

type RankingAuditActions = Record<keyof typeof RANKING_AUDIT_ACTIONS, true>;

declare module '../../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends RankingAuditActions {}
}

export const RANKING_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: RANKING_AUDIT_ACTIONS,
  subjects: {
    performance_ranking: { label: { id: 'Peringkat kinerja triwulan', en: 'Quarterly performance ranking' } },
    performance_ranking_setting: {
      label: { id: 'Aturan peringkat kinerja', en: 'Performance ranking rules' },
    },
    head_potential: { label: { id: 'Potensi kepala OPD', en: "OPD head's potential" } },
  },
};
