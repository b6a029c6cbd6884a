import { type AuditSubject, type AuditVocabulary, numericIds } from '../../platform/audit-vocabulary';

/** The audit actions of the SAKIP (LKE) and RB (PMPRB) evaluations: each step of an evaluation, by whom. */
export const EVALUATIONS_AUDIT_ACTIONS = {
  'evaluation_worksheet.create': { id: 'Lembar kerja evaluasi dicatat', en: 'Evaluation worksheet recorded' },
  'evaluation.open': { id: 'Evaluasi dibuka', en: 'Evaluation opened' },
  'evaluation.answer': { id: 'Jawaban evaluasi diisi', en: 'Evaluation answered' },
  'evaluation.submit': { id: 'Evaluasi diajukan untuk direviu', en: 'Evaluation submitted for review' },
  'evaluation.review': { id: 'Jawaban evaluasi direviu', en: 'Evaluation answers reviewed' },
  'evaluation.finish': { id: 'Evaluasi selesai direviu', en: 'Evaluation finished' },
  'evaluation.feed': { id: 'Jawaban diisi dari data Balai', en: "Answers filled from Balai's records" },
} as const;

type EvaluationsAuditActions = Record<keyof typeof EVALUATIONS_AUDIT_ACTIONS, true>;

declare module '../../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends EvaluationsAuditActions {}
}

/** Where an evaluation opens in the web app. */
const evaluationPage = (id: number) => `/performance/evaluations/${id}`;

export const EVALUATIONS_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: EVALUATIONS_AUDIT_ACTIONS,
  subjects: {
    evaluation_worksheet: {
      label: { id: 'Lembar kerja evaluasi', en: 'Evaluation worksheet' },
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; name: string }>(
          `SELECT id, name || ' (' || year || ')' AS name FROM evaluation_worksheet
            WHERE region_id = $1 AND id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(rows.map((r): [string, AuditSubject] => [String(r.id), { name: r.name }]));
      },
    },
    evaluation: {
      label: { id: 'Evaluasi SAKIP/RB', en: 'SAKIP/RB evaluation' },
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; name: string }>(
          `SELECT e.id, w.name || ' ' || w.year || coalesce(' · ' || o.short_name, '') AS name
             FROM evaluation e
             JOIN evaluation_worksheet w ON w.region_id = $1 AND w.id = e.worksheet_id
             LEFT JOIN perangkat_daerah o ON o.region_id = $1 AND o.id = e.opd_id
            WHERE e.region_id = $1 AND e.id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            { name: r.name, page: evaluationPage(r.id) },
          ]),
        );
      },
    },
  },
  fields: {
    kind: {
      label: { id: 'Jenis', en: 'Kind' },
      values: {
        sakip: { id: 'Evaluasi SAKIP (LKE)', en: 'SAKIP evaluation (LKE)' },
        rb: { id: 'Evaluasi RB (PMPRB)', en: 'RB self-assessment (PMPRB)' },
      },
    },
    year: { label: { id: 'Tahun', en: 'Year' } },
    gradedPart: { label: { id: 'Bagian yang diberi predikat', en: 'Part the predikat grades' } },
    worksheet: { label: { id: 'Lembar kerja', en: 'Worksheet' } },
    predikatScale: { label: { id: 'Skala predikat', en: 'Predikat scale' } },
    worksheetId: { label: { id: 'Lembar kerja (nomor)', en: 'Worksheet (number)' } },
    answers: { label: { id: 'Jawaban', en: 'Answers' } },
    reviews: { label: { id: 'Reviu', en: 'Reviews' } },
    selfScore: { label: { id: 'Nilai mandiri', en: 'Self-assessed score' } },
    finalScore: { label: { id: 'Nilai akhir', en: 'Final score' } },
    predikat: { label: { id: 'Predikat', en: 'Predikat (grade)' } },
  },
};
