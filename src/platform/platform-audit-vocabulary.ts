import type { AuditSubject, AuditVocabulary } from './audit-vocabulary';
import { numericIds } from './audit-vocabulary';
import { PLATFORM_AUDIT_ACTIONS } from './platform-audit-actions';

export const PLATFORM_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: PLATFORM_AUDIT_ACTIONS,
  subjects: {
    user: {
      label: { id: 'Pengguna', en: 'User' },
      // Accounts are deployment-wide (docs/architecture.md, "Tenancy"): the entries of this region name them.
      async describe(db, _regionId, ids) {
        const rows = await db.query<{ id: number; name: string; email: string }>(
          'SELECT id, name, email FROM app_user WHERE id = ANY($1::bigint[])',
          [numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            { name: `${r.name} (${r.email})`, page: '/users' },
          ]),
        );
      },
    },
    region: {
      label: { id: 'Wilayah', en: 'Region' },
      async describe(db, regionId, ids) {
        const rows = await db.query<{ regionId: string; name: string }>(
          'SELECT region_id AS "regionId", name FROM region WHERE region_id = $1 AND region_id = ANY($2::text[])',
          [regionId, [...ids]],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [r.regionId, { name: r.name, page: '/areas' }]),
        );
      },
    },
    district: {
      label: { id: 'Kecamatan', en: 'District' },
      async describe(db, _regionId, ids) {
        const rows = await db.query<{ code: string; name: string }>(
          'SELECT code, name FROM district WHERE code = ANY($1::text[])',
          [[...ids]],
        );
        return new Map(rows.map((r): [string, AuditSubject] => [r.code, { name: r.name, page: '/areas' }]));
      },
    },
    village: {
      label: { id: 'Kelurahan/desa', en: 'Village' },
      async describe(db, _regionId, ids) {
        const rows = await db.query<{ code: string; name: string }>(
          'SELECT code, name FROM village WHERE code = ANY($1::text[])',
          [[...ids]],
        );
        return new Map(rows.map((r): [string, AuditSubject] => [r.code, { name: r.name, page: '/areas' }]));
      },
    },
  },
  fields: {
    name: { label: { id: 'Nama', en: 'Name' } },
    email: { label: { id: 'Email', en: 'Email' } },
    roles: { label: { id: 'Peran', en: 'Roles' }, format: 'roles' },
    active: { label: { id: 'Aktif', en: 'Active' }, format: 'boolean' },
    locale: {
      label: { id: 'Bahasa', en: 'Language' },
      values: { id: { id: 'Indonesia', en: 'Indonesian' }, en: { id: 'Inggris', en: 'English' } },
    },
    lockedUntil: { label: { id: 'Terkunci sampai', en: 'Locked until' }, format: 'datetime' },
    failures: { label: { id: 'Percobaan gagal', en: 'Failed attempts' }, format: 'count' },
    knownDevice: { label: { id: 'Perangkat dikenal', en: 'Known device' }, format: 'boolean' },
    nopCode: { label: { id: 'Kode NOP', en: 'NOP code' } },
    regionId: { label: { id: 'Kode wilayah', en: 'Region code' } },
    shortName: { label: { id: 'Nama singkat', en: 'Short name' } },
    timeZone: { label: { id: 'Zona waktu', en: 'Time zone' } },
    updatedAt: { label: { id: 'Diubah pada', en: 'Updated at' }, format: 'datetime' },
  },
};
