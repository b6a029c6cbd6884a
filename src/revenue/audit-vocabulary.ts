import { type AuditSubject, type AuditVocabulary, numericIds } from '../platform/audit-vocabulary';
import { periodOf, reportNumber } from './report/report-month';

/** The revenue area's audit actions: revenue targets entered (by hand or imported) and approved. */
export const REVENUE_AUDIT_ACTIONS = {
  'revenue_target.record': { id: 'Target pendapatan dicatat', en: 'Revenue target recorded' },
  'revenue_target.approve': { id: 'Target pendapatan disetujui', en: 'Revenue target approved' },
  'region_population.record': { id: 'Jumlah penduduk dicatat', en: 'Population recorded' },
  'revenue_report.generate': {
    id: 'Laporan bulanan realisasi pendapatan dibuat',
    en: 'Monthly revenue report generated',
  },
} as const;

type RevenueAuditActions = Record<keyof typeof REVENUE_AUDIT_ACTIONS, true>;

declare module '../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends RevenueAuditActions {}
}

export const REVENUE_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: REVENUE_AUDIT_ACTIONS,
  subjects: {
    revenue_report: {
      label: { id: 'Laporan bulanan pendapatan', en: 'Monthly revenue report' },
      // Named by its number (LRPD/35.73/2025-02/1) and month, opened as its PDF.
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; year: number; month: number; revision: number }>(
          'SELECT id, year, month, revision FROM revenue_report WHERE region_id = $1 AND id = ANY($2::bigint[])',
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            {
              name: reportNumber(regionId, r, r.revision),
              period: periodOf(r),
              page: '/revenue',
              document: `/revenue/reports/${r.id}/pdf`,
            },
          ]),
        );
      },
    },
    region_population: {
      label: { id: 'Jumlah penduduk daerah', en: "Region's population" },
      // Named by its year and source ("2024 · BPS Kota Malang Dalam Angka"), opened on the population page.
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; year: number; source: string }>(
          'SELECT id, year, source FROM region_population WHERE region_id = $1 AND id = ANY($2::bigint[])',
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            { name: `${r.year} · ${r.source}`, page: '/revenue/population' },
          ]),
        );
      },
    },
    revenue_target: {
      label: { id: 'Target pendapatan', en: 'Revenue target' },
      // Named by its year, tax and stage ("2025 · PBJT Jasa Perhotelan · perubahan"), opened on the targets page.
      async describe(db, regionId, ids, lang) {
        const rows = await db.query<{ id: number; year: number; stage: string; tax: string }>(
          `SELECT t.id, t.budget_year AS year, t.stage, ${lang === 'id' ? 'tt.name_id' : 'tt.name_en'} AS tax
             FROM revenue_target t JOIN tax_type tt ON tt.code = t.tax_code
            WHERE t.region_id = $1 AND t.id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            { name: `${r.year} · ${r.tax} · ${r.stage}`, page: `/revenue/targets?year=${r.year}` },
          ]),
        );
      },
    },
  },
  fields: {
    year: { label: { id: 'Tahun anggaran', en: 'Budget year' } },
    taxCode: { label: { id: 'Jenis pajak', en: 'Tax type' } },
    stage: {
      label: { id: 'Tahap APBD', en: 'Budget stage' },
      values: {
        murni: { id: 'APBD murni', en: 'Original budget (APBD murni)' },
        perubahan: { id: 'APBD perubahan', en: 'Revised budget (APBD perubahan)' },
      },
    },
    monthly: { label: { id: 'Rincian bulanan (Jan–Des)', en: 'Monthly breakdown (Jan–Dec)' } },
    spread: {
      label: { id: 'Rincian bulanan dari', en: 'Months from' },
      values: {
        entered: { id: 'diisi', en: 'entered' },
        last_year: { id: 'pola realisasi tahun lalu', en: "last year's pattern" },
        equal: { id: 'dibagi rata', en: 'equal twelfths' },
      },
    },
    decreeRef: { label: { id: 'Dasar hukum (Perda/Perkada)', en: 'Decree' } },
    decreeDate: { label: { id: 'Tanggal dasar hukum', en: 'Decree date' }, format: 'date' },
    effectiveFrom: { label: { id: 'Berlaku mulai', en: 'Effective from' }, format: 'date' },
    approvedAt: { label: { id: 'Disetujui pada', en: 'Approved at' }, format: 'datetime' },
    importedFrom: { label: { id: 'Diimpor dari berkas', en: 'Imported from file' } },
    population: { label: { id: 'Jumlah penduduk', en: 'Population' } },
    reportMonth: { label: { id: 'Bulan laporan', en: 'Report month' }, format: 'period' },
    reportRevision: {
      label: { id: 'Laporan ke- (bulan itu)', en: 'Report no. (of the month)' },
      format: 'count',
    },
    asOfDay: { label: { id: 'Keadaan sampai dengan', en: 'Figures through' }, format: 'date' },
    scheduled: {
      label: { id: 'Dibuat terjadwal (tanggal 1)', en: 'Scheduled (on the 1st)' },
      format: 'boolean',
    },
    yearTarget: { label: { id: 'Target tahun berjalan', en: "The year's target" }, format: 'rupiah' },
    realisedToDate: { label: { id: 'Realisasi s.d. tanggal', en: 'Realised to date' }, format: 'rupiah' },
    forecastYearEnd: { label: { id: 'Proyeksi akhir tahun', en: 'Year-end forecast' }, format: 'rupiah' },
    source: { label: { id: 'Sumber data', en: 'Source' } },
  },
};
