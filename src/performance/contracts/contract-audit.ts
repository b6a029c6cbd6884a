import {
  type AuditSubject,
  type AuditSubjectKind,
  type AuditVocabulary,
  numericIds,
} from '../../platform/audit-vocabulary';
import type { Bilingual } from '../../platform/problem';

/** Lelang kinerja's audit actions (contracts.ts): a round opened, bids, counter-offers, agreement and signatures. */
export const CONTRACT_AUDIT_ACTIONS = {
  'contract_round.open': { id: 'Putaran lelang kinerja dibuka', en: 'Lelang kinerja round opened' },
  'performance_contract.bid': { id: 'Penawaran target diajukan', en: 'Targets bid' },
  'performance_contract.counter': { id: 'Penawaran balik diajukan', en: 'Counter-offer made' },
  'performance_contract.agree': { id: 'Kontrak kinerja disepakati', en: 'Performance contract agreed' },
  'performance_contract.sign': { id: 'Kontrak kinerja ditandatangani', en: 'Performance contract signed' },
} as const;

type ContractAuditActions = Record<keyof typeof CONTRACT_AUDIT_ACTIONS, true>;

declare module '../../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends ContractAuditActions {}
}

const PAGE = '/performance/contracts';

function named(label: Bilingual, sql: string): AuditSubjectKind {
  return {
    label,
    async describe(db, regionId, ids) {
      const rows = await db.query<{ id: number; name: string }>(sql, [regionId, numericIds(ids)]);
      return new Map(rows.map((r): [string, AuditSubject] => [String(r.id), { name: r.name, page: PAGE }]));
    },
  };
}

export const CONTRACT_AUDIT_VOCABULARY = {
  actions: CONTRACT_AUDIT_ACTIONS,
  subjects: {
    contract_round: named(
      { id: 'Putaran lelang kinerja', en: 'Lelang kinerja round' },
      `SELECT id, 'Lelang kinerja ' || year AS name FROM contract_round WHERE region_id = $1 AND id = ANY($2::bigint[])`,
    ),
    performance_contract: named(
      { id: 'Kontrak kinerja', en: 'Performance contract' },
      `SELECT c.id, 'Kontrak kinerja ' || r.year || ' · ' || o.short_name AS name
         FROM performance_contract c
         JOIN contract_round r ON r.region_id = c.region_id AND r.id = c.round_id
         JOIN perangkat_daerah o ON o.region_id = c.region_id AND o.id = c.opd_id
        WHERE c.region_id = $1 AND c.id = ANY($2::bigint[])`,
    ),
  },
  fields: {
    version: { label: { id: 'Versi penawaran', en: 'Offer version' }, format: 'count' },
    items: { label: { id: 'Butir kontrak', en: 'Contract items' } },
    note: { label: { id: 'Catatan', en: 'Note' } },
    side: {
      label: { id: 'Pihak', en: 'Side' },
      values: {
        opd: { id: 'Perangkat daerah', en: 'Agency (OPD)' },
        pimpinan: { id: 'Pimpinan', en: 'Leadership' },
      },
    },
    signer: { label: { id: 'Penanda tangan', en: 'Signatory' } },
    status: {
      label: { id: 'Status', en: 'Status' },
      values: {
        bidding: { id: 'Penawaran perangkat daerah', en: 'Bid by the agency' },
        countered: { id: 'Penawaran balik pimpinan', en: 'Countered by the leadership' },
        agreed: { id: 'Disepakati', en: 'Agreed' },
        signed: { id: 'Ditandatangani', en: 'Signed' },
      },
    },
  },
} satisfies AuditVocabulary;
