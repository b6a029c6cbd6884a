import type { AuditSubject, AuditVocabulary } from '../../platform/audit-vocabulary';

/** The audit actions of the region's limits on evidence files. */
export const EVIDENCE_LIMIT_ACTIONS = {
  'evidence_limit.create': { id: 'Batas bukti dukung ditetapkan', en: 'Evidence limits set' },
  'evidence_limit.update': { id: 'Batas bukti dukung diubah', en: 'Evidence limits changed' },
} as const;

type EvidenceLimitActions = Record<keyof typeof EVIDENCE_LIMIT_ACTIONS, true>;

declare module '../../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends EvidenceLimitActions {}
}

export const EVIDENCE_LIMIT_VOCABULARY = {
  actions: EVIDENCE_LIMIT_ACTIONS,
  subjects: {
    // Keyed by the day the row takes effect.
    evidence_limit: {
      label: { id: 'Batas bukti dukung', en: 'Evidence limits' },
      async describe(db, regionId, ids, lang) {
        const rows = await db.query<{ day: string }>(
          `SELECT to_char(effective_from, 'YYYY-MM-DD') AS day FROM evidence_limit
            WHERE region_id = $1 AND effective_from::text = ANY($2::text[])`,
          [regionId, [...ids]],
        );
        const word = lang === 'id' ? 'Batas bukti dukung sejak' : 'Evidence limits from';
        return new Map(
          rows.map((r): [string, AuditSubject] => [r.day, { name: `${word} ${r.day}`, page: null }]),
        );
      },
    },
  },
  fields: {
    effectiveFrom: { label: { id: 'Berlaku mulai', en: 'In force from' }, format: 'date' },
    maxBytes: { label: { id: 'Ukuran berkas terbesar (bita)', en: 'Largest file (bytes)' }, format: 'count' },
    contentTypes: { label: { id: 'Jenis berkas diterima', en: 'File types taken' } },
  },
} satisfies AuditVocabulary;
