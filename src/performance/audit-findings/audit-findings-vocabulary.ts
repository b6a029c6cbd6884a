import { type AuditSubject, type AuditVocabulary, numericIds } from '../../platform/audit-vocabulary';

/** The audit actions of evidence files and of the audit opinions and findings. */
export const AUDIT_FINDING_ACTIONS = {
  'performance_evidence.attach': { id: 'Bukti dukung dilampirkan', en: 'Evidence attached' },
  'audit_opinion.create': { id: 'Opini BPK dicatat', en: 'BPK opinion recorded' },
  'audit_opinion.update': { id: 'Opini BPK diubah', en: 'BPK opinion changed' },
  'audit_finding.create': { id: 'Temuan audit dicatat', en: 'Audit finding recorded' },
  'audit_recommendation.create': { id: 'Rekomendasi dicatat', en: 'Recommendation recorded' },
  'audit_recommendation.status': { id: 'Status tindak lanjut ditetapkan', en: 'Follow-up status set' },
  'audit_followup.submit': { id: 'Tindak lanjut dikirim', en: 'Follow-up sent' },
} as const;

type AuditFindingActions = Record<keyof typeof AUDIT_FINDING_ACTIONS, true>;

declare module '../../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends AuditFindingActions {}
}

const PAGE = '/performance/audit-findings';

function named(
  label: AuditVocabulary['actions'][string],
  sql: string,
): NonNullable<AuditVocabulary['subjects']>[string] {
  return {
    label,
    async describe(db, regionId, ids) {
      const rows = await db.query<{ id: number; name: string }>(sql, [regionId, numericIds(ids)]);
      return new Map(rows.map((r): [string, AuditSubject] => [String(r.id), { name: r.name, page: PAGE }]));
    },
  };
}

export const AUDIT_FINDING_VOCABULARY = {
  actions: AUDIT_FINDING_ACTIONS,
  subjects: {
    audit_opinion: named(
      { id: 'Opini BPK', en: 'BPK opinion' },
      `SELECT id, 'LKPD ' || fiscal_year AS name FROM audit_opinion WHERE region_id = $1 AND id = ANY($2::bigint[])`,
    ),
    audit_finding: named(
      { id: 'Temuan audit', en: 'Audit finding' },
      `SELECT id, title AS name FROM audit_finding WHERE region_id = $1 AND id = ANY($2::bigint[])`,
    ),
    audit_recommendation: named(
      { id: 'Rekomendasi', en: 'Recommendation' },
      `SELECT r.id, f.title || ' · ' || o.short_name AS name
         FROM audit_recommendation r
         JOIN audit_finding f ON f.region_id = $1 AND f.id = r.finding_id
         JOIN perangkat_daerah o ON o.region_id = $1 AND o.id = r.opd_id
        WHERE r.region_id = $1 AND r.id = ANY($2::bigint[])`,
    ),
    audit_followup: named(
      { id: 'Tindak lanjut', en: 'Follow-up' },
      `SELECT id, 'Tindak lanjut ' || id AS name FROM audit_followup WHERE region_id = $1 AND id = ANY($2::bigint[])`,
    ),
  },
  fields: {
    fiscalYear: { label: { id: 'Tahun anggaran LKPD', en: 'Fiscal year of the statements' } },
    opinion: {
      label: { id: 'Opini', en: 'Opinion' },
      values: {
        wtp: { id: 'WTP', en: 'Unqualified (WTP)' },
        wdp: { id: 'WDP', en: 'Qualified (WDP)' },
        tw: { id: 'TW', en: 'Adverse (TW)' },
        tmp: { id: 'TMP', en: 'Disclaimer (TMP)' },
      },
    },
    reportNumber: { label: { id: 'Nomor laporan', en: 'Report number' } },
    reportDate: { label: { id: 'Tanggal laporan', en: 'Report date' }, format: 'date' },
    title: { label: { id: 'Judul', en: 'Title' } },
    description: { label: { id: 'Uraian', en: 'Description' } },
    findingId: { label: { id: 'Temuan (nomor)', en: 'Finding (number)' } },
    text: { label: { id: 'Rekomendasi', en: 'Recommendation' } },
    statusNote: { label: { id: 'Catatan verifikator', en: "Verifier's note" } },
    status: {
      label: { id: 'Status', en: 'Status' },
      values: {
        sesuai: { id: 'Sesuai', en: 'Done as recommended (sesuai)' },
        belum_sesuai: { id: 'Belum sesuai', en: 'Not yet as recommended (belum sesuai)' },
        belum_ditindaklanjuti: { id: 'Belum ditindaklanjuti', en: 'Not followed up' },
        tidak_dapat_ditindaklanjuti: { id: 'Tidak dapat ditindaklanjuti', en: 'Cannot be followed up' },
      },
    },
    followUps: { label: { id: 'Jumlah tindak lanjut', en: 'Follow-ups' }, format: 'count' },
    followUpId: { label: { id: 'Tindak lanjut (nomor)', en: 'Follow-up (number)' } },
    answer: { label: { id: 'Jawaban', en: 'Answer' } },
    evidence: { label: { id: 'Jumlah bukti dukung', en: 'Evidence files' }, format: 'count' },
    files: { label: { id: 'Berkas', en: 'Files' } },
  },
} satisfies AuditVocabulary;
