import { type AuditSubject, type AuditVocabulary, numericIds } from '../platform/audit-vocabulary';
import { byIssuerSql } from './bills/bill-issuers';

/** Receivables' audit actions: what changes a bill outside a payment. */
export const RECEIVABLES_AUDIT_ACTIONS = {
  'bill.write_off': { id: 'Tagihan dihapusbukukan', en: 'Bill written off' },
} as const;

type ReceivablesAuditActions = Record<keyof typeof RECEIVABLES_AUDIT_ACTIONS, true>;

declare module '../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends ReceivablesAuditActions {}
}

export const RECEIVABLES_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: RECEIVABLES_AUDIT_ACTIONS,
  subjects: {
    bill: {
      label: { id: 'Tagihan', en: 'Bill' },
      // Named by its kode bayar and its debtor (as its issuer names them), opened on its own page under its debtor's.
      async describe(db, regionId, ids) {
        const rows = await db.query<{
          id: number;
          billingCode: string;
          debtor: string | null;
          taxpayerId: number | null;
          period: string | null;
        }>(
          `SELECT b.id, b.billing_code AS "billingCode", b.taxpayer_id AS "taxpayerId", b.period,
                  ${byIssuerSql('b', (issuer) => issuer.debtorNameSql('b', '$1'))} AS debtor
             FROM bill b
            WHERE b.region_id = $1 AND b.id = ANY($2::bigint[])`,
          [regionId, numericIds(ids)],
        );
        return new Map(
          rows.map((r): [string, AuditSubject] => [
            String(r.id),
            {
              name: r.debtor ? `${r.billingCode} · ${r.debtor}` : r.billingCode,
              period: r.period,
              page: r.taxpayerId === null ? null : `/taxpayers/${r.taxpayerId}/bills/${r.id}`,
              document: `/bills/${r.id}/pdf`,
            },
          ]),
        );
      },
    },
  },
  fields: {
    billId: { label: { id: 'Tagihan (nomor)', en: 'Bill (number)' } },
    outstanding: { label: { id: 'Sisa tagihan', en: 'Outstanding' }, format: 'rupiah' },
    amount: { label: { id: 'Jumlah', en: 'Amount' }, format: 'rupiah' },
    decreeNumber: { label: { id: 'Nomor keputusan', en: 'Decree number' } },
    journalId: { label: { id: 'Jurnal (nomor)', en: 'Journal (number)' } },
    status: {
      label: { id: 'Status', en: 'Status' },
      values: {
        open: { id: 'Belum lunas', en: 'Open' },
        paid: { id: 'Lunas', en: 'Paid' },
        written_off: { id: 'Dihapusbukukan', en: 'Written off' },
        cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
      },
    },
  },
};
