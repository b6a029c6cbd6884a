import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS } from '../src/app';
import { documentBase } from '../src/documents/document-base';
import type { DocumentBase } from '../src/documents/layout';
import type { StsDocument } from '../src/payments/deposit/sts-pdf';
import { renderSspd58mmPdf } from '../src/payments/receipts/sspd-58mm-pdf';
import type { SspdDocument } from '../src/payments/receipts/sspd-pdf';
import { DEFAULT_CAPAIAN_BANDS } from '../src/performance/lkjip/capaian-bands';
import type { LkjipDocument } from '../src/performance/lkjip/lkjip-pdf';
import type { DemoTeller } from '../src/platform/area';
import { DOCUMENTS } from './support/documents';
import { pdfText } from './support/pdf';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Every printed document embeds its fonts (src/documents/fonts.ts): `pdffonts` (poppler-utils) lists each font of a
 * PDF with whether it is embedded. A standard font that is named but not embedded is drawn with whatever the
 * reader's viewer or printer has, so widths and line breaks are not what was laid out. The documents are those of
 * the demo's months of history: one of each registered kind, in both regions.
 */

const BASE_URL = 'https://pajak.example.go.id';
const REGIONS = ['35.73', '19.01'];

/** A row of each kind, by the kind's name: a kind registered without one here fails the first test. */
const ROW_OF: Record<string, string> = {
  bill: 'SELECT id FROM bill WHERE region_id = $1 ORDER BY id LIMIT 1',
  return: "SELECT id FROM tax_return WHERE region_id = $1 AND status <> 'draft' ORDER BY id LIMIT 1",
  assessment: 'SELECT id FROM assessment WHERE region_id = $1 ORDER BY id LIMIT 1',
  payment: 'SELECT id FROM payment WHERE region_id = $1 ORDER BY id LIMIT 1',
  deposit: 'SELECT id FROM deposit WHERE region_id = $1 ORDER BY id LIMIT 1',
  npwpd: 'SELECT id FROM taxpayer WHERE region_id = $1 AND npwpd IS NOT NULL ORDER BY id LIMIT 1',
  collection_letter: 'SELECT id FROM collection_letter WHERE region_id = $1 ORDER BY id LIMIT 1',
  revenue_report: 'SELECT id FROM revenue_report WHERE region_id = $1 ORDER BY id LIMIT 1',
  integrity_pact:
    'SELECT id FROM performance_contract WHERE region_id = $1 AND agreed_at IS NOT NULL ORDER BY id LIMIT 1',
  performance_agreement:
    'SELECT id FROM performance_contract WHERE region_id = $1 AND agreed_at IS NOT NULL ORDER BY id LIMIT 1',
  lkjip: 'SELECT id FROM lkjip_report WHERE region_id = $1 ORDER BY id LIMIT 1',
};

/** Where the demo has no row of a kind (it deposits no day: that waits for the treasurer), a document made here. */
const SAMPLES: Record<string, (base: DocumentBase) => DocumentBase> = {
  deposit: (base): StsDocument => ({
    ...base,
    depositId: 1,
    number: `STS/000001/${base.region.id}/2025`,
    day: '2025-03-10',
    depositedAt: '2025-03-11T03:00:00.000Z',
    bank: { name: 'Bank Contoh' },
    rkud: null,
    treasurer: 'Bendahara Penerimaan',
    amount: 12_345_678_901,
    paymentCount: 3,
    follows: null,
    rows: [{ taxName: 'PBJT Makanan dan/atau Minuman', principal: 12_000_000_000, penalty: 345_678_901 }],
  }),
  // The demo generates no LKjIP draft: the planner does, in the walk-through.
  lkjip: (base): LkjipDocument => {
    const ipm = {
      id: 1,
      name: 'Indeks Pembangunan Manusia (IPM)',
      unit: 'indeks',
      polarity: 'higher' as const,
      iku: true,
      opd: null,
      year: {
        target: 82.6,
        targetUpper: null,
        realisation: 82.7,
        quarter: 4,
        comparedWith: 82.6,
        capaian: 100.12,
        band: 'Sangat Baik',
      },
      lastYear: {
        target: null,
        targetUpper: null,
        realisation: 81.5,
        quarter: 4,
        comparedWith: null,
        capaian: null,
        band: null,
      },
    };
    return {
      ...base,
      reportId: 1,
      number: `LKJIP/${base.region.id}/2024/1`,
      year: 2024,
      generatedAt: new Date('2025-03-11T03:00:00Z'),
      generatedBy: 'Perencana',
      figures: {
        year: 2024,
        bands: { effectiveFrom: null, bands: [...DEFAULT_CAPAIAN_BANDS] },
        goals: [{ name: 'Meningkatnya kualitas pembangunan manusia', indicators: [ipm] }],
        iku: [ipm],
        opds: [],
        bandCounts: DEFAULT_CAPAIAN_BANDS.map((b, i) => ({ label: b.label, count: i === 0 ? 1 : 0 })),
        withoutCapaian: 0,
        sakip: { worksheet: 'LKE SAKIP', score: 77.29, predikat: 'BB' },
        opinions: [{ fiscalYear: 2023, opinion: 'wtp', reportDate: '2024-05-20' }],
      },
    };
  },
};

interface FontLine {
  name: string;
  type: string;
  embedded: boolean;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-fonts-'));

/** `pdffonts` on the PDF: one entry per font, with its `emb` column. */
function pdffonts(pdf: Uint8Array, name: string): FontLine[] {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const out = execFileSync('pdffonts', [file], { encoding: 'utf8' });
  const [, rule = '', ...rows] = out.trimEnd().split('\n');
  // The columns are fixed-width, as wide as the dashes under their headings.
  const widths = rule.split(' ').map((dashes) => dashes.length);
  return rows.map((row) => {
    const cells: string[] = [];
    let at = 0;
    for (const width of widths) {
      cells.push(row.slice(at, at + width).trim());
      at += width + 1;
    }
    return { name: cells[0] as string, type: cells[1] as string, embedded: cells[3] === 'yes' };
  });
}

let t: TestApp;
const rendered: { name: string; pdf: Uint8Array }[] = [];

beforeAll(async () => {
  t = await startTestApp();
  const teller = AREAS.find((area) => area.demo?.teller)?.demo?.teller as DemoTeller;
  for (const area of AREAS) await area.demo?.history?.(t.db, t.clock.now(), teller);
  const today = '2025-03-11';
  for (const regionId of REGIONS) {
    for (const kind of DOCUMENTS.kinds) {
      const sql = ROW_OF[kind.name];
      if (!sql) continue;
      const [row] = await t.db.query<{ id: number }>(sql, [regionId]);
      const sample = SAMPLES[kind.name];
      if (!row && !sample) continue;
      const document = row
        ? await kind.load(t.db, regionId, row.id, today, BASE_URL, t.secrets.document)
        : (sample as (base: DocumentBase) => DocumentBase)(
            await documentBase(t.db, regionId, kind, 1, today, BASE_URL, t.secrets.document),
          );
      rendered.push({ name: `${regionId}-${kind.name}`, pdf: await kind.render(document) });
      if (kind.name === 'payment') {
        const slip = await renderSspd58mmPdf(document as SspdDocument);
        rendered.push({ name: `${regionId}-payment-58mm`, pdf: slip });
      }
    }
  }
}, 240_000);

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await t?.close();
});

describe('printed documents embed their fonts', () => {
  it('every registered kind of document is rendered here, and the 58 mm SSPD slip, in both demo regions', () => {
    expect(Object.keys(ROW_OF).sort()).toEqual(DOCUMENTS.kinds.map((kind) => kind.name).sort());
    const names = rendered.map((r) => r.name);
    for (const kind of DOCUMENTS.kinds) expect(names).toContain(`35.73-${kind.name}`);
    for (const regionId of REGIONS) {
      expect(names).toContain(`${regionId}-bill`);
      expect(names).toContain(`${regionId}-payment-58mm`);
    }
  });

  it('pdffonts shows every font of every document embedded, none of the 14 standard fonts', () => {
    for (const { name, pdf } of rendered) {
      const fonts = pdffonts(pdf, name);
      expect(fonts.length, name).toBeGreaterThan(0);
      for (const font of fonts) {
        expect(font.embedded, `${name}: ${font.name}`).toBe(true);
        expect(font.name, name).not.toMatch(/^(Helvetica|Courier|Times|Symbol|ZapfDingbats)/);
        expect(font.name, name).toMatch(/\+DejaVuSans/);
      }
    }
  });

  it('the fonts are subsets: an A4 document stays under 150 KB', () => {
    for (const { name, pdf } of rendered) expect(pdf.byteLength, name).toBeLessThan(150_000);
  });

  it('Indonesian text comes back out of the embedded fonts as written (ToUnicode maps)', () => {
    const bill = rendered.find((r) => r.name === '35.73-bill') as { pdf: Uint8Array };
    const text = pdfText(bill.pdf);
    expect(text).toContain('PEMERINTAH KOTA MALANG');
    expect(text).toContain('BADAN PENDAPATAN DAERAH');
  });
});
