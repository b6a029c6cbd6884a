import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { confirmDialog, DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/*
 * Issue 16, "a verifier completes an LKE and an RB self-assessment and sees both predikat", in the browser: the
 * planner answers what Kota Malang's 2025 LKE draft still lacks and submits it and the 2025 PMPRB draft; the verifier
 * lowers one LKE answer with a note, finishes both and sees their predikat, year on year beside 2024's. On a phone the
 * leadership reads them. The clock stands at 11 March 2025. Screenshots in /tmp/performance-evaluations-*.png.
 */
const app = serverAndBrowser();
const PREDIKAT = /^(AA|A|BB|B|CC|C|D)$/;

async function as(email: string, viewport: typeof DESKTOP): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, email);
  await page.getByTestId('user-menu').waitFor();
  return page;
}

/** Opens the evaluation of a row of the list ("2025", "SAKIP (LKE)", "Kota Malang"). */
async function openEvaluation(page: Page, year: string, kind: string) {
  await go(page, 'Evaluasi SAKIP & RB');
  const row = page
    .getByTestId('eval-row')
    .filter({ hasText: year })
    .filter({ hasText: kind })
    .filter({ hasText: 'Kota Malang' });
  await row.getByTestId('eval-open').click();
  await page.getByTestId('eval-detail-predikat').waitFor();
}

/** A criterion of the open worksheet, its sub-component opened. */
async function criterion(page: Page, code: string, partCode = code.split('.').slice(0, 2).join('.')) {
  const part = page.locator(`[data-testid="eval-section"][data-code="${partCode}"]`);
  if ((await part.getAttribute('open')) === null) await part.locator('summary').first().click();
  return page.locator(`[data-testid="eval-criterion"][data-code="${code}"]`);
}

async function save(
  page: Page,
  code: string,
  value: string,
  text: string,
  kind: 'select' | 'fill' = 'select',
) {
  const c = await criterion(page, code);
  if (kind === 'select') await c.getByTestId('eval-input').selectOption(value);
  else await c.getByTestId('eval-input').fill(value);
  await c.getByTestId('eval-text').fill(text);
  await c.getByTestId('eval-save').click();
  await c.getByText('Tersimpan.').waitFor();
  return c;
}

describe('on a desktop (1280 px)', () => {
  it('the planner completes and submits the 2025 LKE and PMPRB drafts', async () => {
    const page = await as('perencana@malang.demo', DESKTOP);
    await openEvaluation(page, '2025', 'SAKIP (LKE)');
    expect(await page.getByTestId('eval-unanswered').textContent()).toBe('3 kriteria belum dijawab');
    await save(page, '1.c.1', 'A', 'Dokumen penganggaran berbasis kinerja 2025');
    await save(page, '2.c.2', 'B', 'Notulen refocusing kegiatan');
    await save(page, '4.c.1', 'B', 'Laporan tindak lanjut LHE');
    expect(await page.getByTestId('eval-unanswered').count()).toBe(0);
    expect(await page.getByTestId('eval-detail-predikat').textContent()).toMatch(PREDIKAT);
    await page.getByTestId('eval-submit').click();
    await confirmDialog(page);
    await expect.poll(() => page.getByTestId('eval-status').first().textContent()).toBe('Diajukan');
    expect(await page.getByTestId('eval-criterion-form').count()).toBe(0);

    await openEvaluation(page, '2025', 'RB (PMPRB)');
    // The BPK opinion is Balai's own record: shown as such, not typed.
    await page.getByTestId('eval-refresh').click();
    const opinion = await criterion(page, 'C.2', 'C');
    expect(await opinion.getByTestId('eval-fed').textContent()).toBe('Dari data Balai');
    expect(await opinion.getByTestId('eval-answer').textContent()).toBe('WTP');
    expect(await opinion.textContent()).toContain('opini BPK atas LKPD 2023 WTP');
    expect(await opinion.getByTestId('eval-criterion-form').count()).toBe(0);
    expect(await (await criterion(page, 'C.1', 'C')).getByTestId('eval-criterion-form').count()).toBe(1);
    await page.screenshot({ path: '/tmp/performance-evaluations-rb-draft-1280.png', fullPage: true });
    await page.getByTestId('eval-submit').click();
    await confirmDialog(page);
    await expect.poll(() => page.getByTestId('eval-status').first().textContent()).toBe('Diajukan');
  });

  it('the verifier reviews and finishes both and sees both predikat, year on year', async () => {
    const page = await as('verifikator@malang.demo', DESKTOP);
    await openEvaluation(page, '2025', 'SAKIP (LKE)');
    const self = await page.getByTestId('eval-self-score').textContent();
    const lowered = await save(page, '1.c.1', 'C', 'Anggaran belum mengikuti kinerja di semua OPD.');
    expect(await lowered.getByTestId('eval-review-answer').textContent()).toBe('Verifikator: C');
    await page.getByTestId('eval-finish').click();
    await confirmDialog(page);
    await expect.poll(() => page.getByTestId('eval-status').first().textContent()).toBe('Selesai dievaluasi');
    const lke = (await page.getByTestId('eval-detail-predikat').textContent()) as string;
    expect(lke).toMatch(PREDIKAT);
    expect(await page.getByTestId('eval-self-score').textContent()).toBe(self);
    expect(await page.getByTestId('eval-final-score').textContent()).not.toBe(
      self?.replace('mandiri', 'akhir'),
    );
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/performance-evaluations-lke-1280.png', fullPage: true });

    await openEvaluation(page, '2025', 'RB (PMPRB)');
    await page.getByTestId('eval-finish').click();
    await confirmDialog(page);
    await expect.poll(() => page.getByTestId('eval-status').first().textContent()).toBe('Selesai dievaluasi');
    const rb = (await page.getByTestId('eval-detail-predikat').textContent()) as string;
    expect(rb).toMatch(PREDIKAT);
    await page.screenshot({ path: '/tmp/performance-evaluations-rb-1280.png', fullPage: true });

    await go(page, 'Evaluasi SAKIP & RB');
    await expect
      .poll(() => page.getByTestId('eval-years-sakip').getByTestId('eval-year').allTextContents())
      .toEqual(['2024 BB', `2025 ${lke}`]);
    expect(await page.getByTestId('eval-years-rb').getByTestId('eval-year').allTextContents()).toEqual([
      '2024 BB',
      `2025 ${rb}`,
    ]);
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/performance-evaluations-1280.png', fullPage: true });
  });
});

describe('on a phone (390 px)', () => {
  it('the leadership reads the evaluations and a worksheet with its section scores', async () => {
    const page = await as('pimpinan@malang.demo', PHONE);
    await go(page, 'Evaluasi SAKIP & RB');
    await page.getByTestId('eval-list').waitFor();
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/performance-evaluations-390.png', fullPage: true });
    await openEvaluation(page, '2024', 'RB (PMPRB)');
    expect(await page.getByTestId('eval-detail-predikat').textContent()).toBe('BB');
    expect(await page.getByTestId('eval-criterion-form').count()).toBe(0);
    const general = page.locator('[data-testid="eval-section"][data-code="general"]');
    expect(await general.getByTestId('eval-section-score').first().textContent()).toMatch(/ dari 100$/);
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/performance-evaluations-rb-390.png', fullPage: true });
  });
});
