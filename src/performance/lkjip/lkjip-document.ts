import { z } from 'zod';
import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentKind } from '../../documents/document-kind';
import { localDate } from '../../platform/clock';
import { formatDateTime } from '../../platform/human-format';
import { Problem } from '../../platform/problem';
import { loadLkjip } from './lkjip';
import { LKJIP_TITLE, type LkjipDocument, renderLkjipPdf } from './lkjip-pdf';

const LKJIP_DETAILS = z.object({
  year: z.number().describe('The year reported on'),
  generatedAt: z.string(),
  latestDraft: z.number().describe('The id of the year’s latest draft'),
  indicators: z.number().describe('How many indicators it reports on'),
  predikat: z.string().nullable().describe('The SAKIP predikat it printed, if any'),
});

type LkjipAnswer = { lkjip: z.infer<typeof LKJIP_DETAILS> };

/** `LKJIP/35.73/2024/12`. */
export const lkjipNumber = (regionId: string, year: number, id: number) => `LKJIP/${regionId}/${year}/${id}`;

async function latestDraft(db: Sql, regionId: string, year: number): Promise<number> {
  const [row] = await db.query<{ id: number | null }>(
    'SELECT max(id) AS id FROM lkjip_report WHERE region_id = $1 AND year = $2',
    [regionId, year],
  );
  return Number(row?.id ?? 0);
}

/**
 * The LKjIP draft (kind `lkjip`, codes beginning with J). It stands while it is the latest draft of its year; a later
 * draft of the same year supersedes it, and the verify page says so: genuine, as made, no longer the year's current.
 */
export const LKJIP_DOCUMENT: DocumentKind<LkjipDocument, LkjipAnswer> = {
  name: 'lkjip',
  letter: 'J',
  load: loadLkjipDocument,
  render: renderLkjipPdf,
  fileName: (r) =>
    `draf-lkjip-${r.region.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${r.year}-${r.reportId}.pdf`,
  verification: {
    current: 'the latest LKjIP draft of its year',
    details: LKJIP_DETAILS,
    answer: async (r, { db, regionId }) => {
      const latest = await latestDraft(db, regionId, r.year);
      const current = r.reportId >= latest;
      return {
        current,
        title: `DRAF ${LKJIP_TITLE}`,
        reference: r.number,
        status: current ? 'latest' : 'superseded',
        statusText: current
          ? { id: 'Draf terakhir untuk tahun ini', en: 'The latest draft of its year' }
          : {
              id: `Telah diperbarui dengan draf ${lkjipNumber(regionId, r.year, latest)}`,
              en: `Superseded by draft ${lkjipNumber(regionId, r.year, latest)}`,
            },
        lkjip: {
          year: r.year,
          generatedAt: r.generatedAt.toISOString(),
          latestDraft: latest,
          indicators: r.figures.bandCounts.reduce((n, b) => n + b.count, 0) + r.figures.withoutCapaian,
          predikat: r.figures.sakip?.predikat ?? null,
        },
      };
    },
    rows(v) {
      const r = v.lkjip;
      return [
        { label: { id: 'Tahun', en: 'Year' }, value: String(r.year) },
        {
          label: { id: 'Disusun', en: 'Generated' },
          value: formatDateTime(r.generatedAt, v.region.timeZone, 'id'),
        },
        { label: { id: 'Jumlah indikator', en: 'Indicators' }, value: String(r.indicators) },
        { label: { id: 'Predikat SAKIP', en: 'SAKIP predikat' }, value: r.predikat ?? '-' },
      ];
    },
  },
};

/** What a draft prints: its row and the figures it kept, dated the day it was made (so every download is the same). */
export async function loadLkjipDocument(
  db: Sql,
  regionId: string,
  reportId: number,
  today: string,
  baseUrl: string,
  secret: string,
): Promise<LkjipDocument> {
  const report = await loadLkjip(db, regionId, reportId).catch((e) => {
    if (e instanceof Problem) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
    throw e;
  });
  const base = await documentBase(db, regionId, LKJIP_DOCUMENT, reportId, today, baseUrl, secret);
  return {
    ...base,
    printedOn: localDate(report.generatedAt, base.region.timeZone),
    reportId,
    number: lkjipNumber(regionId, report.year, reportId),
    year: report.year,
    generatedAt: report.generatedAt,
    generatedBy: report.generatedBy,
    figures: report.figures,
  };
}
