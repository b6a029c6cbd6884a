import { type AuditSubject, type AuditVocabulary, numericIds } from '../platform/audit-vocabulary';
import type { Bilingual } from '../platform/problem';
import { TREE_AUDIT_ACTIONS, TREE_AUDIT_FIELDS, TREE_AUDIT_SUBJECTS } from './tree/tree-audit';

/** Performance management's audit actions: the organisation set up and changed, and who works for which OPD. */
export const PERFORMANCE_AUDIT_ACTIONS = {
  'perangkat_daerah.create': { id: 'Perangkat daerah dibentuk', en: 'Regional agency (OPD) recorded' },
  'perangkat_daerah.update': { id: 'Perangkat daerah diubah', en: 'Regional agency (OPD) changed' },
  'opd_unit.create': { id: 'Unit kerja dibentuk', en: 'Unit recorded' },
  'opd_unit.update': { id: 'Unit kerja diubah', en: 'Unit changed' },
  'opd_position.create': { id: 'Jabatan dibentuk', en: 'Position recorded' },
  'opd_position.update': { id: 'Jabatan diubah', en: 'Position changed' },
  'position_holder.create': { id: 'Pemangku jabatan dicatat', en: 'Position holder recorded' },
  'position_holder.update': { id: 'Pemangku jabatan diubah', en: 'Position holding changed' },
  'employee.create': { id: 'Pegawai dicatat', en: 'Employee recorded' },
  'employee.update': { id: 'Data pegawai diubah', en: 'Employee changed' },
  'opd_membership.grant': { id: 'Akses perangkat daerah diberikan', en: 'Access to an OPD granted' },
  'opd_membership.revoke': { id: 'Akses perangkat daerah dicabut', en: 'Access to an OPD revoked' },
} as const;

type PerformanceAuditActions = Record<keyof typeof PERFORMANCE_AUDIT_ACTIONS, true>;

declare module '../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends PerformanceAuditActions {}
}

/** Where the organisation opens in the web app. */
const ORGANISATION_PAGE = '/performance/organisation';

/** Names the subjects of one kind from one query: `id` and `name` of the rows among `ids`, in the region. */
function namedBy(label: Bilingual, sql: string): NonNullable<AuditVocabulary['subjects']>[string] {
  return {
    label,
    async describe(db, regionId, ids) {
      const rows = await db.query<{ id: number; name: string }>(sql, [regionId, numericIds(ids)]);
      return new Map(
        rows.map((r): [string, AuditSubject] => [String(r.id), { name: r.name, page: ORGANISATION_PAGE }]),
      );
    },
  };
}

const OPD_KINDS: Record<string, Bilingual> = {
  sekretariat_daerah: { id: 'Sekretariat Daerah', en: 'Regional Secretariat' },
  sekretariat_dprd: { id: 'Sekretariat DPRD', en: 'Secretariat of the DPRD' },
  inspektorat: { id: 'Inspektorat', en: 'Inspectorate' },
  dinas: { id: 'Dinas', en: 'Dinas (service agency)' },
  badan: { id: 'Badan', en: 'Badan (agency)' },
  kecamatan: { id: 'Kecamatan', en: 'Kecamatan (district)' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};
const UNIT_KINDS: Record<string, Bilingual> = {
  sekretariat: { id: 'Sekretariat', en: 'Secretariat' },
  bidang: { id: 'Bidang', en: 'Bidang (division)' },
  bagian: { id: 'Bagian', en: 'Bagian (section of the Setda)' },
  subbagian: { id: 'Subbagian', en: 'Subbagian (subsection)' },
  subbidang: { id: 'Subbidang', en: 'Subbidang (subdivision)' },
  seksi: { id: 'Seksi', en: 'Seksi (section)' },
  inspektur_pembantu: { id: 'Inspektur Pembantu', en: 'Assistant inspectorate' },
  upt: { id: 'UPT', en: 'Technical unit (UPT)' },
  kelurahan: { id: 'Kelurahan', en: 'Kelurahan (urban village)' },
};
const HOLDING_KINDS: Record<string, Bilingual> = {
  definitif: { id: 'Definitif', en: 'Appointed (definitif)' },
  plt: { id: 'Pelaksana Tugas (Plt)', en: 'Acting (Plt)' },
  plh: { id: 'Pelaksana Harian (Plh)', en: 'Standing in (Plh)' },
};

export const PERFORMANCE_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: { ...PERFORMANCE_AUDIT_ACTIONS, ...TREE_AUDIT_ACTIONS },
  subjects: {
    perangkat_daerah: namedBy(
      { id: 'Perangkat daerah', en: 'Regional agency (OPD)' },
      `SELECT id, name FROM perangkat_daerah WHERE region_id = $1 AND id = ANY($2::bigint[])`,
    ),
    opd_unit: namedBy(
      { id: 'Unit kerja', en: 'Unit' },
      `SELECT u.id, u.name || ' · ' || o.short_name AS name
         FROM opd_unit u JOIN perangkat_daerah o ON o.region_id = $1 AND o.id = u.opd_id
        WHERE u.region_id = $1 AND u.id = ANY($2::bigint[])`,
    ),
    opd_position: namedBy(
      { id: 'Jabatan', en: 'Position' },
      `SELECT p.id, p.name || ' · ' || o.short_name AS name
         FROM opd_position p JOIN perangkat_daerah o ON o.region_id = $1 AND o.id = p.opd_id
        WHERE p.region_id = $1 AND p.id = ANY($2::bigint[])`,
    ),
    position_holder: namedBy(
      { id: 'Pemangku jabatan', en: 'Position holding' },
      `SELECT h.id, p.name || ': ' || e.name AS name
         FROM position_holder h
         JOIN opd_position p ON p.region_id = $1 AND p.id = h.position_id
         JOIN employee e ON e.region_id = $1 AND e.id = h.employee_id
        WHERE h.region_id = $1 AND h.id = ANY($2::bigint[])`,
    ),
    employee: namedBy(
      { id: 'Pegawai', en: 'Employee' },
      `SELECT id, name FROM employee WHERE region_id = $1 AND id = ANY($2::bigint[])`,
    ),
    ...TREE_AUDIT_SUBJECTS,
  },
  fields: {
    kind: { label: { id: 'Jenis', en: 'Kind' }, values: { ...OPD_KINDS, ...UNIT_KINDS, ...HOLDING_KINDS } },
    shortName: { label: { id: 'Nama singkat', en: 'Short name' } },
    districtCode: { label: { id: 'Kecamatan (kode Kemendagri)', en: 'District (Kemendagri code)' } },
    activeFrom: { label: { id: 'Berlaku mulai', en: 'In force from' }, format: 'date' },
    activeUntil: { label: { id: 'Berlaku sampai', en: 'In force until' }, format: 'date' },
    opdId: { label: { id: 'Perangkat daerah (nomor)', en: 'Regional agency (number)' } },
    parentId: { label: { id: 'Unit induk (nomor)', en: 'Parent unit (number)' } },
    unitId: { label: { id: 'Unit kerja (nomor)', en: 'Unit (number)' } },
    eselon: { label: { id: 'Eselon', en: 'Echelon (eselon)' } },
    heads: { label: { id: 'Memimpin unitnya', en: 'Heads its unit' }, format: 'boolean' },
    positionId: { label: { id: 'Jabatan (nomor)', en: 'Position (number)' } },
    employeeId: { label: { id: 'Pegawai (nomor)', en: 'Employee (number)' } },
    startsOn: { label: { id: 'Mulai menjabat', en: 'In office from' }, format: 'date' },
    endsOn: { label: { id: 'Akhir menjabat', en: 'In office until' }, format: 'date' },
    decree: { label: { id: 'Surat keputusan', en: 'Decree (SK)' } },
    nip: { label: { id: 'NIP', en: 'NIP (civil servant number)' } },
    userId: { label: { id: 'Akun pengguna', en: 'User account' } },
    ...TREE_AUDIT_FIELDS,
  },
};
