import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode } from '../src/documents/verification';
import { Bank, openBill, wibTimestamp } from './support/bank';
import { DOCUMENTS } from './support/documents';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The region's identity on the last two things that lacked it (issue 14, "every document"): the SSPD slip a counter's
 * 58 mm thermal printer prints, and the public page a document's QR code opens. Each shows the region's logo (the
 * demo's Kota Malang has its drawn emblem, 256 × 256 PNG) and, once the administrator removes it, the name alone.
 */

const MALANG_LOGO = fs.readFileSync(new URL('../src/platform/demo-logos/kota-malang.png', import.meta.url));

let t: TestApp;
let officer: Agent;
let admin: Agent;
const payment = { id: 0 };

beforeAll(async () => {
  t = await startTestApp();
  const jatim = new Bank(t.app, t.clock, 'BANKJATIM', 'bankjatim-demo-secret');
  const bill = await openBill(t.db, { principal: 1_250_000, dueDate: '2025-03-15' });
  const res = await jatim.post('payment', {
    billingCode: bill.billingCode,
    amount: 1_250_000,
    bankReference: 'JTM-LOGO-1',
    paidAt: wibTimestamp(t.clock.now()),
  });
  expect(res.json().responseCode).toBe('00');
  const [row] = await t.db.query<{ id: number }>(
    `SELECT id FROM payment WHERE partner_id = 'BANKJATIM' AND bank_reference = 'JTM-LOGO-1'`,
  );
  payment.id = (row as { id: number }).id;
  officer = await signedIn(t.app, 'petugas@malang.demo');
  admin = await signedIn(t.app, 'admin@malang.demo');
});
afterAll(() => t.close());

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-images-'));

/** `pdfimages -list` (poppler-utils) on the PDF: each image's type and size in pixels (a PNG's alpha is its `smask`). */
function pdfImages(pdf: Uint8Array, name: string): { type: string; width: number; height: number }[] {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const out = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' });
  return out
    .trimEnd()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .map(([, , type = '', width = '0', height = '0']) => ({
      type,
      width: Number(width),
      height: Number(height),
    }));
}

const slip = async () => {
  const res = await officer.get(`/api/v1/regions/35.73/payments/${payment.id}/sspd.pdf?layout=58mm`);
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return new Uint8Array(res.rawPayload);
};
const verifyPage = () => {
  const code = verificationCode(t.secrets.document, DOCUMENTS.kind('payment'), '35.73', payment.id);
  return t.app.inject({ method: 'GET', url: `/verify/${code}`, headers: { accept: 'text/html' } });
};

describe('the region’s logo on the 58 mm SSPD slip and the verify page', () => {
  it('the 58 mm slip of a region with a logo carries the logo as an image (pdfimages lists it)', async () => {
    const images = pdfImages(await slip(), 'slip-with-logo').filter((i) => i.type === 'image');
    expect(images).toEqual([{ type: 'image', width: 256, height: 256 }]);
  });

  it('the verify page heads the document with an <img> of the region’s logo at its public versioned address, which its policy allows from this server only', async () => {
    const res = await verifyPage();
    expect(res.statusCode).toBe(200);
    const img = /<img src="([^"]+)" alt="Logo Kota Malang" width="64" height="64">/.exec(res.body);
    expect(img?.[1]).toMatch(/^\/api\/v1\/public\/regions\/35\.73\/logo\?v=[0-9a-f]{16}$/);
    expect(res.body.indexOf('<img')).toBeLessThan(res.body.indexOf('PEMERINTAH KOTA MALANG'));
    const logo = await t.app.inject({ method: 'GET', url: img?.[1] ?? '' });
    expect(logo.statusCode).toBe(200);
    expect(logo.rawPayload.equals(MALANG_LOGO)).toBe(true);
    const policy = String(res.headers['content-security-policy']);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("img-src 'self'");
  });

  it('once the administrator removes the logo, the slip has no image and the page no <img> (nor any image allowed)', async () => {
    expect((await admin.request('DELETE', '/api/v1/regions/35.73/logo')).statusCode).toBe(204);
    expect(pdfImages(await slip(), 'slip-without-logo')).toEqual([]);
    const res = await verifyPage();
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<img');
    expect(res.body).toContain('PEMERINTAH KOTA MALANG');
    expect(String(res.headers['content-security-policy'])).not.toContain('img-src');
  });
});
