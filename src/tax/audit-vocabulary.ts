import { type AuditSubject, type AuditVocabulary, numericIds } from '../platform/audit-vocabulary';
import type { Lang } from '../platform/problem';

/** Tax's audit actions: the registry, SPTPD, assessments, overpayments, rates and policy. */
export const TAX_AUDIT_ACTIONS = {
  'taxpayer.register': { id: 'Wajib pajak didaftarkan', en: 'Taxpayer registered' },
  'taxpayer.update': { id: 'Data wajib pajak diubah', en: 'Taxpayer details changed' },
  'taxpayer.verify': { id: 'Pendaftaran wajib pajak disetujui', en: 'Taxpayer registration approved' },
  'taxpayer.reject': { id: 'Pendaftaran wajib pajak ditolak', en: 'Taxpayer registration rejected' },
  'taxpayer.import': { id: 'Wajib pajak diimpor dari berkas', en: 'Taxpayers imported from a file' },
  'tax_object.add': { id: 'Objek pajak ditambahkan', en: 'Tax object added' },
  'tax_object.verify': { id: 'Objek pajak disetujui', en: 'Tax object approved' },
  'tax_object.reject': { id: 'Objek pajak ditolak', en: 'Tax object rejected' },
  'tax_object.close': { id: 'Objek pajak ditutup', en: 'Tax object closed' },
  'sptpd.draft': { id: 'Draf SPTPD disimpan', en: 'Return saved as draft' },
  'sptpd.submit': { id: 'SPTPD disampaikan', en: 'Return filed' },
  'sptpd.attach': { id: 'Lampiran SPTPD ditambahkan', en: 'Return attachment added' },
  'sptpd.amend': { id: 'SPTPD pembetulan disampaikan', en: 'Amended return filed' },
  'sptpd.verify': { id: 'SPTPD diterima setelah diteliti', en: 'Return accepted on review' },
  'sptpd.reject': { id: 'SPTPD ditolak', en: 'Return rejected' },
  'assessment.skpd': { id: 'SKPD diterbitkan', en: 'SKPD issued' },
  'assessment.skpdkb': { id: 'SKPDKB diterbitkan', en: 'SKPDKB issued' },
  'assessment.skpdkbt': { id: 'SKPDKBT diterbitkan', en: 'SKPDKBT issued' },
  'assessment.skpdn': { id: 'SKPDN diterbitkan', en: 'SKPDN issued' },
  'assessment.skpdlb': { id: 'SKPDLB diterbitkan', en: 'SKPDLB issued' },
  'assessment.stpd': { id: 'STPD diterbitkan', en: 'STPD issued' },
  'skpdlb.offset': { id: 'Kelebihan bayar dikompensasikan', en: 'Overpayment offset' },
  'skpdlb.refund': { id: 'Kelebihan bayar dikembalikan', en: 'Overpayment refunded' },
  'tax.rate.record': { id: 'Tarif pajak dicatat', en: 'Tax rate recorded' },
  'tax.policy.record': { id: 'Kebijakan pajak dicatat', en: 'Tax policy recorded' },
} as const;

type TaxAuditActions = Record<keyof typeof TAX_AUDIT_ACTIONS, true>;

declare module '../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends TaxAuditActions {}
}

const taxTypeName = (lang: Lang) => (lang === 'en' ? 'tt.name_en' : 'tt.name_id');

const STATUS_VALUES = {
  draft: { id: 'Draf', en: 'Draft' },
  pending: { id: 'Menunggu persetujuan', en: 'Awaiting approval' },
  submitted: { id: 'Disampaikan', en: 'Filed' },
  verified: { id: 'Disetujui', en: 'Approved' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  superseded: { id: 'Digantikan pembetulan', en: 'Superseded by an amendment' },
  active: { id: 'Aktif', en: 'Active' },
  closed: { id: 'Ditutup', en: 'Closed' },
};

export const TAX_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: TAX_AUDIT_ACTIONS,
  subjects: {
    taxpayer: {
      label: { id: 'Wajib pajak', en: 'Taxpayer' },
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; name: string; npwpd: string | null }>(
          'SELECT id, name, npwpd FROM taxpayer WHERE region_id = $1 AND id = ANY($2::bigint[])',
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            { name: r.npwpd ? `${r.name} · ${r.npwpd}` : r.name, page: `/taxpayers/${r.id}` },
          ]),
        );
      },
    },
    tax_object: {
      label: { id: 'Objek pajak', en: 'Tax object' },
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; name: string; taxpayerId: number; taxpayer: string }>(
          `SELECT o.id, o.name, o.taxpayer_id AS "taxpayerId", t.name AS taxpayer
             FROM tax_object o
             JOIN taxpayer t ON t.region_id = $1 AND t.id = o.taxpayer_id
            WHERE o.region_id = $1 AND o.id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            { name: `${r.name} · ${r.taxpayer}`, page: `/taxpayers/${r.taxpayerId}` },
          ]),
        );
      },
    },
    tax_return: {
      label: { id: 'SPTPD', en: 'Tax return' },
      async describe(db, regionId, ids, lang) {
        const rows = await db.query<{
          id: number;
          taxpayerId: number;
          period: string;
          revision: number;
          taxType: string;
          object: string;
        }>(
          `SELECT r.id, r.taxpayer_id AS "taxpayerId", r.period, r.revision, ${taxTypeName(lang)} AS "taxType",
                  o.name AS object
             FROM tax_return r
             JOIN tax_object o ON o.region_id = $1 AND o.id = r.object_id
             JOIN tax_type tt ON tt.code = r.tax_code
            WHERE r.region_id = $1 AND r.id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        const amended = lang === 'en' ? 'amendment' : 'pembetulan';
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            {
              name: `SPTPD ${r.taxType} · ${r.object}${r.revision > 0 ? ` (${amended} ${r.revision})` : ''}`,
              period: r.period,
              // The return's own page, under its taxpayer's (web: tax/returns/return-page.tsx).
              page: `/taxpayers/${r.taxpayerId}/returns/${r.id}`,
              document: `/returns/${r.id}/pdf`,
            },
          ]),
        );
      },
    },
    assessment: {
      label: { id: 'Ketetapan', en: 'Assessment' },
      async describe(db, regionId, ids) {
        const rows = await db.query<{
          id: number;
          number: string;
          taxpayerId: number;
          taxpayer: string;
          period: string | null;
        }>(
          `SELECT a.id, a.number, a.taxpayer_id AS "taxpayerId", t.name AS taxpayer, a.period
             FROM assessment a
             JOIN taxpayer t ON t.region_id = $1 AND t.id = a.taxpayer_id
            WHERE a.region_id = $1 AND a.id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            {
              name: `${r.number} · ${r.taxpayer}`,
              period: r.period,
              page: `/taxpayers/${r.taxpayerId}`,
              document: `/assessments/${r.id}/pdf`,
            },
          ]),
        );
      },
    },
    // Rates and policy are named by what the entry id says (tax, category, from when); their page is the
    // configuration.
    tax_rate: {
      label: { id: 'Tarif pajak', en: 'Tax rate' },
      async describe(_db, _regionId, ids) {
        return new Map(ids.map((id): [string, AuditSubject] => [id, { name: id, page: '/tax-config' }]));
      },
    },
    tax_policy: {
      label: { id: 'Kebijakan pajak', en: 'Tax policy' },
      async describe(_db, _regionId, ids) {
        return new Map(ids.map((id): [string, AuditSubject] => [id, { name: id, page: '/tax-config' }]));
      },
    },
    taxpayer_import: {
      label: { id: 'Impor wajib pajak', en: 'Taxpayer import' },
      async describe(_db, _regionId, ids) {
        return new Map(
          ids.map((id): [string, AuditSubject] => [
            id,
            { name: `SHA-256 ${id.slice(0, 12)}…`, page: '/taxpayer-import' },
          ]),
        );
      },
    },
  },
  fields: {
    status: { label: { id: 'Status', en: 'Status' }, values: STATUS_VALUES },
    kind: {
      label: { id: 'Jenis', en: 'Kind' },
      values: { person: { id: 'Orang pribadi', en: 'Individual' }, entity: { id: 'Badan', en: 'Entity' } },
    },
    nik: { label: { id: 'NIK', en: 'NIK' } },
    npwp: { label: { id: 'NPWP', en: 'NPWP' } },
    npwpd: { label: { id: 'NPWPD', en: 'NPWPD' } },
    phone: { label: { id: 'Telepon', en: 'Phone' } },
    address: { label: { id: 'Alamat', en: 'Address' } },
    villageCode: { label: { id: 'Kode kelurahan', en: 'Village code' } },
    rejectionReason: { label: { id: 'Alasan penolakan', en: 'Reason for rejection' } },
    reason: { label: { id: 'Alasan', en: 'Reason' } },
    userId: { label: { id: 'Akun pengguna', en: 'User account' } },
    taxpayerId: { label: { id: 'Wajib pajak (nomor)', en: 'Taxpayer (number)' } },
    objectId: { label: { id: 'Objek pajak (nomor)', en: 'Tax object (number)' } },
    returnId: { label: { id: 'SPTPD (nomor)', en: 'Return (number)' } },
    taxCode: { label: { id: 'Jenis pajak', en: 'Tax' } },
    category: { label: { id: 'Kategori', en: 'Category' } },
    openedOn: { label: { id: 'Mulai beroperasi', en: 'Opened on' }, format: 'date' },
    closedOn: { label: { id: 'Ditutup pada', en: 'Closed on' }, format: 'date' },
    details: { label: { id: 'Rincian', en: 'Details' } },
    period: { label: { id: 'Masa pajak', en: 'Tax period' }, format: 'period' },
    revision: { label: { id: 'Pembetulan ke', en: 'Amendment no.' }, format: 'count' },
    gross: { label: { id: 'Dasar pengenaan', en: 'Tax base' }, format: 'rupiah' },
    tax: { label: { id: 'Pajak terutang', en: 'Tax due' }, format: 'rupiah' },
    opsen: { label: { id: 'Opsen', en: 'Opsen' }, format: 'rupiah' },
    ratePpm: { label: { id: 'Tarif', en: 'Rate' }, format: 'ppm' },
    billingCode: { label: { id: 'Kode bayar', en: 'Payment code' } },
    number: { label: { id: 'Nomor', en: 'Number' } },
    principal: { label: { id: 'Pokok', en: 'Principal' }, format: 'rupiah' },
    interest: { label: { id: 'Bunga', en: 'Interest' }, format: 'rupiah' },
    increase: { label: { id: 'Kenaikan', en: 'Increase' }, format: 'rupiah' },
    credit: { label: { id: 'Kredit pajak', en: 'Tax credit' }, format: 'rupiah' },
    issueDate: { label: { id: 'Tanggal terbit', en: 'Issue date' }, format: 'date' },
    dueDate: { label: { id: 'Jatuh tempo', en: 'Due date' }, format: 'date' },
    basis: { label: { id: 'Dasar penetapan', en: 'Basis' } },
    validFrom: { label: { id: 'Berlaku mulai', en: 'Valid from' }, format: 'date' },
    legalBasis: { label: { id: 'Dasar hukum', en: 'Legal basis' } },
    exampleOnly: { label: { id: 'Nilai contoh', en: 'Example value' }, format: 'boolean' },
    policy: { label: { id: 'Kebijakan', en: 'Policy' } },
    fileName: { label: { id: 'Nama berkas', en: 'File name' } },
    fileHash: { label: { id: 'Sidik berkas (SHA-256)', en: 'File hash (SHA-256)' } },
  },
};
