import { z } from 'zod';
import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentKind, PageRow, Standing } from '../../documents/document-kind';
import type { CodedKind } from '../../documents/verification';
import { localDate } from '../../platform/clock';
import { formatDateTime } from '../../platform/human-format';
import { Problem } from '../../platform/problem';
import {
  AGREEMENT_TITLE,
  type ContractDocument,
  PACT_TITLE,
  regionHeadOf,
  renderAgreementPdf,
  renderPactPdf,
} from './contract-pdf';
import { getContract } from './contracts';

const CONTRACT_DETAILS = z.object({
  year: z.number(),
  opd: z.string().describe('The agency (OPD) whose head is the first party'),
  head: z.string().describe('The head the contract names'),
  opdSignedAt: z.string().nullable(),
  pimpinanSigner: z.string().nullable(),
  pimpinanSignedAt: z.string().nullable(),
  indicators: z.number().describe('How many indicators it sets targets for'),
});
type Details = z.infer<typeof CONTRACT_DETAILS>;

/**
 * What a contract's documents print, read from the agreed contract (404 DOCUMENT_NOT_FOUND before agreement: there is
 * nothing to sign yet). Dated the day of its latest signature (or of the agreement), so every download of a signed
 * contract is the same document.
 */
async function loadContractDocument(
  kind: CodedKind,
  db: Sql,
  regionId: string,
  contractId: number,
  baseUrl: string,
  secret: string,
): Promise<ContractDocument> {
  const contract = await getContract(db, regionId, contractId).catch((e) => {
    if (e instanceof Problem) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
    throw e;
  });
  if (!contract.agreedAt) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const { items, offers: _offers, ...summary } = contract;
  const base = await documentBase(db, regionId, kind, contractId, '', baseUrl, secret);
  const dated = new Date(
    Math.max(
      ...[contract.agreedAt, contract.opdSignedAt, contract.pimpinanSignedAt].map((d) => d?.getTime() ?? 0),
    ),
  );
  return {
    ...base,
    printedOn: localDate(dated, base.region.timeZone),
    contract: summary,
    items,
    regionHead: regionHeadOf(base.region.name),
    number: `PK/${contract.year}/${contract.opdShortName}/${contract.id}`,
  };
}

function details(d: ContractDocument): Details {
  const c = d.contract;
  return {
    year: c.year,
    opd: c.opdName,
    head: c.headName,
    opdSignedAt: c.opdSignedAt?.toISOString() ?? null,
    pimpinanSigner: c.pimpinanSignerName,
    pimpinanSignedAt: c.pimpinanSignedAt?.toISOString() ?? null,
    indicators: d.items.length,
  };
}

function rows(v: { region: { timeZone: string } } & Details): PageRow[] {
  const at = (s: string | null) =>
    s === null
      ? { id: 'Belum ditandatangani', en: 'Not signed yet' }
      : formatDateTime(s, v.region.timeZone, 'id');
  return [
    { label: { id: 'Tahun', en: 'Year' }, value: String(v.year) },
    { label: { id: 'Perangkat daerah', en: 'Agency (OPD)' }, value: v.opd },
    { label: { id: 'Kepala perangkat daerah', en: 'Head of the agency' }, value: v.head },
    { label: { id: 'Ditandatangani kepala', en: 'Signed by the head' }, value: at(v.opdSignedAt) },
    { label: { id: 'Pimpinan', en: 'Leadership' }, value: v.pimpinanSigner ?? '-' },
    {
      label: { id: 'Ditandatangani pimpinan', en: 'Signed by the leadership' },
      value: at(v.pimpinanSignedAt),
    },
    { label: { id: 'Jumlah indikator', en: 'Indicators' }, value: String(v.indicators) },
  ];
}

type AgreementAnswer = { performance_agreement: Details };
type PactAnswer = { integrity_pact: Details };

/**
 * The Perjanjian Kinerja of a contract (kind `performance_agreement`, codes beginning with K): it stands once both
 * sides have signed it; agreed but not yet signed by both, it is genuine and awaits its signatures.
 */
export const AGREEMENT_DOCUMENT: DocumentKind<ContractDocument, AgreementAnswer> = {
  name: 'performance_agreement',
  letter: 'K',
  load: (db, regionId, id, _today, baseUrl, secret) =>
    loadContractDocument(AGREEMENT_DOCUMENT, db, regionId, id, baseUrl, secret),
  render: renderAgreementPdf,
  fileName: (d) => `perjanjian-kinerja-${d.contract.year}-${d.contract.opdShortName.toLowerCase()}.pdf`,
  verification: {
    current: 'an agreement both sides have signed',
    details: CONTRACT_DETAILS,
    answer: async (d) => ({
      ...standing(d, AGREEMENT_TITLE, d.contract.status === 'signed'),
      performance_agreement: details(d),
    }),
    rows: (v) => rows({ ...v, ...v.performance_agreement }),
  },
};

/** The integrity pact of a contract (kind `integrity_pact`, codes beginning with P): it stands once its head signs. */
export const PACT_DOCUMENT: DocumentKind<ContractDocument, PactAnswer> = {
  name: 'integrity_pact',
  letter: 'P',
  load: (db, regionId, id, _today, baseUrl, secret) =>
    loadContractDocument(PACT_DOCUMENT, db, regionId, id, baseUrl, secret),
  render: renderPactPdf,
  fileName: (d) => `pakta-integritas-${d.contract.year}-${d.contract.opdShortName.toLowerCase()}.pdf`,
  verification: {
    current: 'a pact its head has signed',
    details: CONTRACT_DETAILS,
    answer: async (d) => ({
      ...standing(d, PACT_TITLE, d.contract.opdSignedAt !== null),
      integrity_pact: details(d),
    }),
    rows: (v) => rows({ ...v, ...v.integrity_pact }),
  },
};

function standing(d: ContractDocument, title: string, signed: boolean): Standing {
  return {
    current: signed,
    title,
    reference: d.number,
    status: signed ? 'signed' : 'awaiting_signature',
    statusText: signed
      ? { id: 'Telah ditandatangani', en: 'Signed' }
      : { id: 'Disepakati, menunggu tanda tangan', en: 'Agreed, awaiting signature' },
  };
}
