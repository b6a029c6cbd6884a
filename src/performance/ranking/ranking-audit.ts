import type { AuditSubject, AuditVocabulary } from '../../platform/audit-vocabulary';

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

const PAGE = '/performance/ranking';

/** A subject named by its key alone, as the entry's id spells it: the page is where it is read. */
const named =
  (name: (id: string) => string) =>
  async (_db: unknown, _regionId: string, ids: readonly string[]): Promise<Map<string, AuditSubject>> =>
    new Map(ids.map((id): [string, AuditSubject] => [id, { name: name(id), page: PAGE }]));

export const RANKING_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: RANKING_AUDIT_ACTIONS,
  subjects: {
    // A ranking's id is `year/quarter`; a rule's its first day; a potential's `employee/year`, named by the employee.
    performance_ranking: {
      label: { id: 'Peringkat kinerja triwulan', en: 'Quarterly performance ranking' },
      describe: named((id) => {
        const [year, quarter] = id.split('/');
        return `Tw${quarter} ${year}`;
      }),
    },
    performance_ranking_setting: {
      label: { id: 'Aturan peringkat kinerja', en: 'Performance ranking rules' },
      describe: named((day) => day),
    },
    head_potential: {
      label: { id: 'Potensi kepala OPD', en: "OPD head's potential" },
      async describe(db, regionId, ids) {
        const keys = ids.map((id) => id.split('/'));
        const rows = await db.query<{ id: string; name: string }>(
          `SELECT e.id::text AS id, e.name FROM employee e WHERE e.region_id = $1 AND e.id = ANY($2::bigint[])`,
          [regionId, keys.map(([employeeId]) => Number(employeeId)).filter(Number.isSafeInteger)],
        );
        const names = new Map(rows.map((r) => [r.id, r.name]));
        return new Map(
          keys.flatMap(([employeeId, year]): [string, AuditSubject][] => {
            const name = names.get(employeeId as string);
            return name ? [[`${employeeId}/${year}`, { name: `${name} · ${year}`, page: PAGE }]] : [];
          }),
        );
      },
    },
  },
};
