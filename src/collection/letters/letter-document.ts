import { z } from 'zod';
import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentKind, PageRow } from '../../documents/document-kind';
import { formatDate, formatRupiah } from '../../platform/human-format';
import { Problem } from '../../platform/problem';
import { billSummaries, formatBillingCode } from '../../receivables';
import {
  receiptParticulars,
  TAXPAYER_ABOUT,
  type TaxpayerAbout,
  taxpayerAbout,
  taxpayerRows,
} from '../../tax';
import { LETTER_TITLE, type LetterDocument, renderLetterPdf } from './letter-pdf';
import { loadLetter } from './letters';

const LETTER_DETAILS = z.object({
  kind: z.enum(['teguran', 'paksa']),
  number: z.string(),
  issuedOn: z.string(),
  deadline: z.string(),
  billingCode: z.string(),
  principal: z.number().describe('unpaid principal on the letter’s date'),
  interest: z.number().describe('interest to the letter’s date'),
  total: z.number(),
  billStatus: z.enum(['open', 'paid', 'written_off', 'cancelled']),
});

type LetterAnswer = TaxpayerAbout & { collection_letter: z.infer<typeof LETTER_DETAILS> };

/**
 * A Surat Teguran or Surat Paksa (kind `collection_letter`, codes beginning with C). It stands while its bill is
 * unpaid; once the bill is paid (or written off) it is genuine but no longer current: nothing is owed on it.
 */
export const LETTER_DOCUMENT: DocumentKind<LetterDocument, LetterAnswer> = {
  name: 'collection_letter',
  letter: 'C',
  load: loadLetterDocument,
  render: renderLetterPdf,
  fileName: (l) =>
    `${l.kind === 'teguran' ? 'surat-teguran' : 'surat-paksa'}-${l.number.replace(/\//g, '-')}.pdf`,
  verification: {
    current: 'a letter whose bill is still unpaid',
    about: TAXPAYER_ABOUT,
    details: LETTER_DETAILS,
    answer: async (l) => ({
      current: l.billStatus === 'open',
      title: LETTER_TITLE[l.kind],
      reference: l.number,
      status: l.billStatus,
      statusText:
        l.billStatus === 'open'
          ? { id: 'Utang pajak belum dilunasi', en: 'Tax debt not yet paid' }
          : l.billStatus === 'paid'
            ? { id: 'Utang pajak telah dilunasi', en: 'Tax debt paid' }
            : { id: 'Tagihan tidak lagi terutang', en: 'The bill is no longer owed' },
      ...taxpayerAbout(l),
      collection_letter: {
        kind: l.kind,
        number: l.number,
        issuedOn: l.issuedOn,
        deadline: l.deadline,
        billingCode: l.billingCode,
        principal: l.principal,
        interest: l.interest,
        total: l.total,
        billStatus: l.billStatus,
      },
    }),
    rows(v) {
      const l = v.collection_letter;
      const rows: PageRow[] = [
        ...taxpayerRows(v),
        { label: { id: 'Kode bayar', en: 'Payment code' }, value: formatBillingCode(l.billingCode) },
        { label: { id: 'Tanggal surat', en: 'Letter date' }, value: formatDate(l.issuedOn, 'id') },
        { label: { id: 'Batas waktu pelunasan', en: 'Pay by' }, value: formatDate(l.deadline, 'id') },
        { label: { id: 'Pokok pajak', en: 'Principal' }, value: formatRupiah(l.principal) },
        { label: { id: 'Sanksi bunga', en: 'Interest' }, value: formatRupiah(l.interest) },
        { label: { id: 'Jumlah utang pajak', en: 'Total owed' }, value: formatRupiah(l.total) },
      ];
      return rows;
    },
  },
};

/** What a letter prints: its row as issued, its bill's debtor and object as tax names them, its bill's status now. */
export async function loadLetterDocument(
  db: Sql,
  regionId: string,
  letterId: number,
  today: string,
  baseUrl: string,
  secret: string,
): Promise<LetterDocument> {
  const letter = await loadLetter(db, regionId, letterId).catch((e) => {
    if (e instanceof Problem) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
    throw e;
  });
  const bill = (await billSummaries(db, regionId, [letter.billId])).get(letter.billId);
  if (!bill) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const tax = await receiptParticulars(db, regionId, bill);
  const [due] = await db.query<{ dueDate: string }>(
    `SELECT due_date AS "dueDate" FROM bill WHERE region_id = $1 AND id = $2`,
    [regionId, letter.billId],
  );
  const teguran = letter.teguranId ? await loadLetter(db, regionId, letter.teguranId) : null;
  const base = await documentBase(db, regionId, LETTER_DOCUMENT, letterId, today, baseUrl, secret);
  return {
    ...base,
    letterId,
    kind: letter.kind,
    number: letter.number,
    issuedOn: letter.issuedOn,
    deadline: letter.deadline,
    billingCode: bill.billingCode,
    billStatus: bill.status,
    taxpayer: { name: tax.taxpayerName || bill.debtorName, npwpd: tax.npwpd },
    object: tax.objectName ? { name: tax.objectName } : null,
    taxType: { name: bill.subject },
    period: bill.period ?? tax.returnPeriod,
    dueDate: due?.dueDate ?? '',
    principal: letter.principal,
    interest: letter.interest,
    total: letter.total,
    perdaRef: letter.perdaRef,
    signerName: letter.signerName,
    teguran: teguran ? { number: teguran.number, issuedOn: teguran.issuedOn } : null,
  };
}
