import { type AuditSubject, type AuditVocabulary, numericIds } from '../platform/audit-vocabulary';
import { formatDate } from '../platform/human-format';

/** Collection's audit actions: letters of forced collection issued, the region's collection settings recorded. */
export const COLLECTION_AUDIT_ACTIONS = {
  'collection_setting.record': { id: 'Pengaturan penagihan dicatat', en: 'Collection settings recorded' },
  'collection_letter.teguran': { id: 'Surat Teguran diterbitkan', en: 'Surat Teguran issued' },
  'collection_letter.paksa': { id: 'Surat Paksa diterbitkan', en: 'Surat Paksa issued' },
} as const;

type CollectionAuditActions = Record<keyof typeof COLLECTION_AUDIT_ACTIONS, true>;

declare module '../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends CollectionAuditActions {}
}

export const COLLECTION_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: COLLECTION_AUDIT_ACTIONS,
  subjects: {
    collection_letter: {
      label: { id: 'Surat penagihan', en: 'Collection letter' },
      // Named by its number ("ST/2025/000001"), opened in the worklist.
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; number: string }>(
          `SELECT id, number FROM collection_letter WHERE region_id = $1 AND id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            { name: r.number, page: '/collection/worklist' },
          ]),
        );
      },
    },
    collection_setting: {
      label: { id: 'Pengaturan penagihan', en: 'Collection settings' },
      // Named by the day it takes effect (its key), in the reader's words; opened on the settings page.
      async describe(_db, _regionId, ids, lang) {
        const from = lang === 'en' ? 'effective from' : 'berlaku mulai';
        return new Map(
          ids
            .filter((id) => /^\d{4}-\d{2}-\d{2}$/.test(id))
            .map((id): [string, AuditSubject] => [
              id,
              { name: `${from} ${formatDate(id, lang)}`, page: '/collection/settings' },
            ]),
        );
      },
    },
  },
  fields: {
    effectiveFrom: { label: { id: 'Berlaku mulai', en: 'Effective from' }, format: 'date' },
    teguranAfterDays: {
      label: {
        id: 'Hari sesudah jatuh tempo sampai Surat Teguran',
        en: 'Days after the due date before a Surat Teguran',
      },
      format: 'count',
    },
    paksaAfterDays: {
      label: {
        id: 'Hari sesudah Surat Teguran sampai Surat Paksa',
        en: 'Days after a Surat Teguran before a Surat Paksa',
      },
      format: 'count',
    },
    writeOffYears: {
      label: { id: 'Tahun sampai kedaluwarsa penagihan', en: 'Years before the right to collect lapses' },
      format: 'count',
    },
    perdaRef: { label: { id: 'Perda yang dirujuk', en: 'Perda cited' } },
    number: { label: { id: 'Nomor surat', en: 'Letter number' } },
    billId: { label: { id: 'Tagihan', en: 'Bill' } },
    issuedOn: { label: { id: 'Tanggal surat', en: 'Letter date' }, format: 'date' },
    deadline: { label: { id: 'Batas waktu pelunasan', en: 'Pay by' }, format: 'date' },
    principal: { label: { id: 'Pokok', en: 'Principal' }, format: 'rupiah' },
    interest: { label: { id: 'Bunga', en: 'Interest' }, format: 'rupiah' },
    total: { label: { id: 'Jumlah', en: 'Total' }, format: 'rupiah' },
    signer: { label: { id: 'Penandatangan', en: 'Signed by' } },
  },
};
