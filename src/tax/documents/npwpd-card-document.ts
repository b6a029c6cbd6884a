import { z } from 'zod';
import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentKind } from '../../documents/document-kind';
import { localDate } from '../../platform/clock';
import { formatDate } from '../../platform/human-format';
import { Problem } from '../../platform/problem';
import { type NpwpdCardDocument, renderNpwpdCardPdf } from './npwpd-card-pdf';

/** What the verify answer says of an NPWPD card. */
const CARD_DETAILS = z.object({
  taxpayer: z.object({ name: z.string(), npwpd: z.string() }),
  registeredOn: z.string().nullable(),
  objects: z.array(z.object({ name: z.string(), taxType: z.string() })),
});

type CardAnswer = { npwpd: z.infer<typeof CARD_DETAILS> };

/**
 * The kartu NPWPD (kind `npwpd`, codes beginning with N), one per taxpayer given an NPWPD. It stands while the
 * registration is verified.
 */
export const NPWPD_CARD: DocumentKind<NpwpdCardDocument, CardAnswer> = {
  name: 'npwpd',
  letter: 'N',
  load: loadNpwpdCard,
  render: renderNpwpdCardPdf,
  fileName: (card) => `kartu-npwpd-${card.npwpd.replace(/[^0-9A-Za-z]+/g, '')}.pdf`,
  verification: {
    current: "a taxpayer's registration that is verified",
    details: CARD_DETAILS,
    async answer(card) {
      const verified = card.status === 'verified';
      return {
        current: verified,
        title: 'KARTU NPWPD',
        reference: card.npwpd,
        status: card.status,
        statusText: verified
          ? { id: 'Terdaftar', en: 'Registered' }
          : { id: 'Tidak lagi terdaftar', en: 'No longer registered' },
        npwpd: {
          taxpayer: { name: card.name, npwpd: card.npwpd },
          registeredOn: card.registeredOn,
          objects: card.objects,
        },
      };
    },
    rows: (v) => [
      { label: { id: 'Wajib pajak', en: 'Taxpayer' }, value: v.npwpd.taxpayer.name },
      { label: { id: 'NPWPD', en: 'Regional taxpayer number' }, value: v.npwpd.taxpayer.npwpd },
      {
        label: { id: 'Terdaftar sejak', en: 'Registered on' },
        value: v.npwpd.registeredOn ? formatDate(v.npwpd.registeredOn, 'id') : '-',
      },
      {
        label: { id: 'Objek pajak', en: 'Tax objects' },
        value: v.npwpd.objects.map((o) => `${o.name} (${o.taxType})`).join(', ') || '-',
      },
    ],
  },
};

/** The card of a taxpayer with an NPWPD; one still pending has none. */
async function loadNpwpdCard(
  db: Sql,
  regionId: string,
  id: number,
  today: string,
  baseUrl: string,
  secret: string,
): Promise<NpwpdCardDocument> {
  const [row] = await db.query<{
    name: string;
    npwpd: string | null;
    status: NpwpdCardDocument['status'];
    decidedAt: Date | null;
    objects: { name: string; taxType: string }[];
  }>(
    `SELECT t.name, t.npwpd, t.status, t.decided_at AS "decidedAt",
            (SELECT coalesce(jsonb_agg(jsonb_build_object('name', o.name, 'taxType', ty.name_id) ORDER BY o.id), '[]')
             FROM tax_object o JOIN tax_type ty ON ty.code = o.tax_code
             WHERE o.region_id = $1 AND o.taxpayer_id = t.id AND o.status = 'active') AS objects
     FROM taxpayer t WHERE t.region_id = $1 AND t.id = $2`,
    [regionId, id],
  );
  if (!row?.npwpd) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const base = await documentBase(db, regionId, NPWPD_CARD, id, today, baseUrl, secret);
  return {
    ...base,
    taxpayerId: id,
    name: row.name,
    npwpd: row.npwpd,
    status: row.status,
    registeredOn: row.decidedAt ? localDate(row.decidedAt, base.region.timeZone) : null,
    objects: row.objects,
  };
}
