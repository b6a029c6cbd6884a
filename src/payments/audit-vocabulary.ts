import { type AuditSubject, type AuditVocabulary, numericIds } from '../platform/audit-vocabulary';
import { formatDate } from '../platform/human-format';

/** Payments' audit actions: deposits (STS), reconciliation, bank statements, QRIS and RKUD settings. */
export const PAYMENTS_AUDIT_ACTIONS = {
  'sts.deposit': { id: 'Setoran ke RKUD (STS) diterbitkan', en: 'Deposit to the RKUD (STS) issued' },
  'sts.deposit_follow_up': { id: 'Setoran susulan (STS) diterbitkan', en: 'Follow-up deposit (STS) issued' },
  'payment_intent.resolve': { id: 'Pembayaran tertunda diselesaikan', en: 'Pending payment resolved' },
  'qris.configure': { id: 'Pengaturan QRIS diubah', en: 'QRIS settings changed' },
  'rkud.configure': { id: 'Rekening RKUD diatur', en: 'RKUD account set' },
  'statement.import': { id: 'Rekening koran diimpor', en: 'Bank statement imported' },
  'statement.rematch': { id: 'Rekening koran dicocokkan ulang', en: 'Bank statement matched again' },
  'statement.replace': { id: 'Rekening koran diganti', en: 'Bank statement replaced' },
  'statement_format.save': { id: 'Format rekening koran disimpan', en: 'Bank statement format saved' },
  'reconciliation.resolve': {
    id: 'Selisih rekonsiliasi diselesaikan',
    en: 'Reconciliation difference resolved',
  },
  'reconciliation.release': { id: 'Pembayaran tertahan dilepas', en: 'Withheld payment released' },
  'reconciliation.withdraw': {
    id: 'Selisih rekonsiliasi ditarik',
    en: 'Reconciliation difference withdrawn',
  },
} as const;

type PaymentsAuditActions = Record<keyof typeof PAYMENTS_AUDIT_ACTIONS, true>;

declare module '../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends PaymentsAuditActions {}
}

/** Subjects named by their id as it stands (a partner's code, the region's own setting), opened on one page. */
const onPage =
  (page: string) =>
  async (_db: unknown, _regionId: string, ids: readonly string[]): Promise<Map<string, AuditSubject>> =>
    new Map(ids.map((id): [string, AuditSubject] => [id, { name: id, page }]));

export const PAYMENTS_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: PAYMENTS_AUDIT_ACTIONS,
  subjects: {
    deposit: {
      label: { id: 'Setoran (STS)', en: 'Deposit (STS)' },
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; number: string; partner: string }>(
          `SELECT d.id, d.number, p.name AS partner
             FROM deposit d JOIN payment_partner p ON p.partner_id = d.partner_id
            WHERE d.region_id = $1 AND d.id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            {
              name: `${r.number} · ${r.partner}`,
              page: '/reconciliation',
              document: `/deposits/${r.id}/sts.pdf`,
            },
          ]),
        );
      },
    },
    bank_statement: {
      label: { id: 'Rekening koran', en: 'Bank statement' },
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; fileName: string; partner: string }>(
          `SELECT s.id, s.file_name AS "fileName", p.name AS partner
             FROM bank_statement s JOIN payment_partner p ON p.partner_id = s.partner_id
            WHERE s.region_id = $1 AND s.id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            { name: `${r.partner} · ${r.fileName}`, page: '/reconciliation' },
          ]),
        );
      },
    },
    reconciliation_mismatch: {
      label: { id: 'Selisih rekonsiliasi', en: 'Reconciliation difference' },
      async describe(db, regionId, ids, lang) {
        const rows = await db.query<{ id: number; partner: string; day: string }>(
          `SELECT m.id, p.name AS partner, s.day
             FROM reconciliation_mismatch m
             JOIN bank_statement s ON s.region_id = $1 AND s.id = m.statement_id
             JOIN payment_partner p ON p.partner_id = s.partner_id
            WHERE m.region_id = $1 AND m.id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            { name: `${r.partner} · ${formatDate(r.day, lang)}`, page: '/reconciliation' },
          ]),
        );
      },
    },
    payment_intent: {
      label: { id: 'Pembayaran tertunda', en: 'Pending payment' },
      async describe(db, regionId, ids) {
        const rows = await db.query<{ id: number; reference: string; billingCode: string | null }>(
          `SELECT id, reference, billing_code AS "billingCode" FROM payment_intent
            WHERE region_id = $1 AND id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            { name: r.billingCode ? `${r.reference} · ${r.billingCode}` : r.reference, page: '/payments' },
          ]),
        );
      },
    },
    statement_format: {
      label: { id: 'Format rekening koran', en: 'Statement format' },
      describe: onPage('/reconciliation'),
    },
    qris_merchant: { label: { id: 'Merchant QRIS', en: 'QRIS merchant' }, describe: onPage('/qris') },
    rkud_account: { label: { id: 'Rekening RKUD', en: 'RKUD account' }, describe: onPage('/payments') },
  },
  fields: {
    partnerId: { label: { id: 'Bank/mitra', en: 'Bank/partner' } },
    day: { label: { id: 'Tanggal', en: 'Day' }, format: 'date' },
    lines: { label: { id: 'Jumlah baris', en: 'Lines' }, format: 'count' },
    total: { label: { id: 'Total', en: 'Total' }, format: 'rupiah' },
    newMismatches: { label: { id: 'Selisih baru', en: 'New differences' }, format: 'count' },
    statementId: { label: { id: 'Rekening koran (nomor)', en: 'Statement (number)' } },
    paymentCount: { label: { id: 'Jumlah pembayaran', en: 'Payments' }, format: 'count' },
    paymentId: { label: { id: 'Pembayaran (nomor)', en: 'Payment (number)' } },
    paymentIds: { label: { id: 'Pembayaran (nomor)', en: 'Payments (numbers)' } },
    follows: { label: { id: 'Menyusul STS', en: 'Follows STS' } },
    sequence: { label: { id: 'Urutan', en: 'Sequence' }, format: 'count' },
    rkud: { label: { id: 'Rekening RKUD', en: 'RKUD account' } },
    bankName: { label: { id: 'Nama bank', en: 'Bank name' } },
    accountNumber: { label: { id: 'Nomor rekening', en: 'Account number' } },
    accountName: { label: { id: 'Nama rekening', en: 'Account name' } },
    bankAmount: { label: { id: 'Jumlah di bank', en: 'Amount at the bank' }, format: 'rupiah' },
    balaiAmount: { label: { id: 'Jumlah di Balai', en: 'Amount in Balai' }, format: 'rupiah' },
    lineNo: { label: { id: 'Baris', en: 'Line' }, format: 'count' },
    ntpd: { label: { id: 'NTPD', en: 'NTPD' } },
    resolution: { label: { id: 'Penyelesaian', en: 'Resolution' } },
    note: { label: { id: 'Catatan', en: 'Note' } },
    released: { label: { id: 'Dilepas', en: 'Released' }, format: 'boolean' },
    withdrawn: { label: { id: 'Ditarik', en: 'Withdrawn' }, format: 'boolean' },
    withdrawnMismatches: { label: { id: 'Selisih ditarik', en: 'Differences withdrawn' } },
    supersededBy: { label: { id: 'Diganti dengan', en: 'Replaced by' } },
    state: {
      label: { id: 'Keadaan', en: 'State' },
      values: {
        resolved: { id: 'Diselesaikan', en: 'Resolved' },
        pending: { id: 'Tertunda', en: 'Pending' },
      },
    },
    merchantName: { label: { id: 'Nama merchant', en: 'Merchant name' } },
    merchantCity: { label: { id: 'Kota merchant', en: 'Merchant city' } },
    nmid: { label: { id: 'NMID', en: 'NMID' } },
  },
};
