/**
 * Draws the demo regions' logos (src/platform/demo-logos/*.png): a plain coloured shield with the region's initials,
 * made up for the demo. They are NOT the regions' coats of arms, which belong to the regions; a real deployment's
 * administrator uploads the real one. Remake with `npx tsx scripts/draw-demo-logos.ts` (Debian's chromium).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

interface Emblem {
  file: string;
  initials: string;
  word: string;
  field: string;
  edge: string;
}

const EMBLEMS: Emblem[] = [
  { file: 'kota-malang.png', initials: 'KM', word: 'MALANG', field: '#1d4e89', edge: '#f2b705' },
  { file: 'kabupaten-bangka.png', initials: 'KB', word: 'BANGKA', field: '#0f7b5f', edge: '#f2f2f2' },
];

function svg(e: Emblem): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <path d="M128 10 L228 42 V120 C228 182 184 222 128 246 C72 222 28 182 28 120 V42 Z" fill="${e.edge}"/>
  <path d="M128 24 L214 51 V120 C214 174 176 209 128 231 C80 209 42 174 42 120 V51 Z" fill="${e.field}"/>
  <path d="M128 40 l7 15 16 2 -12 11 3 16 -14 -8 -14 8 3 -16 -12 -11 16 -2 z" fill="${e.edge}"/>
  <text x="128" y="150" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="700"
        font-size="72" fill="#ffffff">${e.initials}</text>
  <rect x="58" y="168" width="140" height="28" rx="4" fill="${e.edge}"/>
  <text x="128" y="189" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="700"
        font-size="19" fill="${e.field}">${e.word}</text>
</svg>`;
}

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/platform/demo-logos');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
for (const emblem of EMBLEMS) {
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(emblem)}</body></html>`);
  await page.locator('svg').screenshot({ path: path.join(out, emblem.file), omitBackground: true });
  console.log(path.join(out, emblem.file));
}
await browser.close();
