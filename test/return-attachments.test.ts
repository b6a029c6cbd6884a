import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENTS_PER_RETURN,
  attachmentType,
  cleanFileName,
} from '../src/tax/returns/return-attachments';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/** Lampiran SPTPD: what a taxpayer sends with a return to support the omzet declared. */

let t: TestApp;
let taxpayer: Agent;
let officer: Agent;
let warung: { taxpayerId: number; objectId: number };
const REGION = '/api/v1/regions/35.73';
const returnsOf = () => `${REGION}/taxpayers/${warung.taxpayerId}/objects/${warung.objectId}/returns`;

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% rekap kasir ${text}\n%%EOF\n`);
const png = (n: number) =>
  Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from(`foto struk ${n}`),
  ]);
const attach = (returnId: number, fileName: string, content: Buffer, who = taxpayer) =>
  who.post(`${REGION}/returns/${returnId}/attachments`, {
    fileName,
    contentBase64: content.toString('base64'),
  });

async function file(period: string, submit = true): Promise<number> {
  const res = await taxpayer.post(returnsOf(), { period, gross: 10_000_000, submit });
  expect(res.statusCode).toBe(201);
  return res.json().id;
}

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set(new Date('2025-04-02T09:00:00+07:00'));
  warung = await restaurantFixture(t.db, { ownerEmail: 'wp@malang.demo' });
  taxpayer = await signedIn(t.app, 'wp@malang.demo');
  officer = await signedIn(t.app, 'petugas@malang.demo');
});
afterAll(() => t.close());

describe('the kind of a file is read from its first bytes', () => {
  it('PDF, JPEG and PNG are known; text, an executable or an empty file are not', () => {
    expect(attachmentType(pdf('x'))).toBe('application/pdf');
    expect(attachmentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBe('image/jpeg');
    expect(attachmentType(png(1))).toBe('image/png');
    expect(attachmentType(Buffer.from('omzet maret: 10.000.000'))).toBeNull();
    expect(attachmentType(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(attachmentType(Buffer.alloc(0))).toBeNull();
  });
});

describe('a file name is stored without control and bidirectional characters', () => {
  it('strips C0 and C1 controls, DEL and the bidi marks, embeddings, overrides and isolates; keeps the rest', () => {
    expect(cleanFileName('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.exe');
    expect(cleanFileName('rekap\tkasir\n\u0000\u007f\u0085.pdf', 'application/pdf')).toBe('rekapkasir.pdf');
    const bidi = ['\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u2066', '\u2067'];
    expect(cleanFileName(`a${bidi.join('')}\u2068\u2069b.png`, 'image/png')).toBe('ab.png');
    expect(cleanFileName('Struk Warung Bu Tini – Maret (2).jpg', 'image/jpeg')).toBe(
      'Struk Warung Bu Tini – Maret (2).jpg',
    );
    expect(cleanFileName('  \u202E laporan.pdf \u0007', 'application/pdf')).toBe('laporan.pdf');
  });

  it('a name of nothing but such characters becomes a plain name of the file’s kind', () => {
    expect(cleanFileName('\u202E\u200F', 'application/pdf')).toBe('lampiran.pdf');
    expect(cleanFileName('\u0001 \u0002', 'image/jpeg')).toBe('lampiran.jpg');
    expect(cleanFileName('\u2066', 'image/png')).toBe('lampiran.png');
    expect(cleanFileName('\u2066', null)).toBe('lampiran');
  });
});

describe('attachments of an SPTPD', () => {
  let march = 0;

  it('a taxpayer attaches a cash-register recap to a filed return: listed, downloadable as it was, audited', async () => {
    march = await file('2025-02');
    const content = pdf('februari');
    const res = await attach(march, 'rekap-kasir-februari.pdf', content);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      returnId: march,
      fileName: 'rekap-kasir-februari.pdf',
      contentType: 'application/pdf',
      sizeBytes: content.length,
      uploadedBy: 'wp@malang.demo',
    });
    const listed = (await officer.get(`${REGION}/returns/${march}/attachments`)).json().items;
    expect(listed.map((a: { fileName: string }) => a.fileName)).toEqual(['rekap-kasir-februari.pdf']);
    const got = await officer.get(`${REGION}/returns/${march}/attachments/${res.json().id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.rawPayload.equals(content)).toBe(true);
    const audit = (
      await signedIn(t.app, 'auditor@malang.demo').then((a) =>
        a.get(`${REGION}/audit?action=sptpd.attach&limit=1`),
      )
    ).json();
    expect(audit.entries[0]).toMatchObject({
      actor: 'wp@malang.demo',
      entity: 'tax_return',
      entityId: String(march),
      after: { attachments: 1, fileName: 'rekap-kasir-februari.pdf', contentType: 'application/pdf' },
    });
  });

  it('refuses what is not a PDF, JPEG or PNG whatever its name, the same file twice, and a file over 5 MB', async () => {
    const text = await attach(march, 'omzet.pdf', Buffer.from('omzet maret: 10.000.000'));
    expect(text.statusCode).toBe(422);
    expect(text.json()).toMatchObject({
      code: 'ATTACHMENT_TYPE_REFUSED',
      detail: 'Berkas omzet.pdf bukan PDF, JPEG atau PNG.',
    });
    const twice = await attach(march, 'salinan.pdf', pdf('februari'));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('ATTACHMENT_DUPLICATE');
    const big = Buffer.concat([pdf('besar'), Buffer.alloc(ATTACHMENT_MAX_BYTES)]);
    const tooBig = await attach(march, 'besar.pdf', big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({
      code: 'ATTACHMENT_TOO_LARGE',
      detail: 'Berkas besar.pdf melebihi 5 MB.',
    });
    const notBase64 = await taxpayer.post(`${REGION}/returns/${march}/attachments`, {
      fileName: 'x.pdf',
      contentBase64: 'bukan base64!',
    });
    expect(notBase64.statusCode).toBe(400);
    expect((await officer.get(`${REGION}/returns/${march}/attachments`)).json().items).toHaveLength(1);
  });

  it('a name with a right-to-left override (invoice U+202E fdp.exe) is stored, listed, served and audited cleaned', async () => {
    const april = await file('2025-03');
    const res = await attach(april, 'invoice\u202Efdp.exe', pdf('maret'));
    expect(res.statusCode).toBe(201);
    expect(res.json().fileName).toBe('invoicefdp.exe');
    const listed = (await officer.get(`${REGION}/returns/${april}/attachments`)).json().items;
    expect(listed.map((a: { fileName: string }) => a.fileName)).toEqual(['invoicefdp.exe']);
    const got = await officer.get(`${REGION}/returns/${april}/attachments/${res.json().id}`);
    expect(got.headers['content-disposition']).toBe("inline; filename*=UTF-8''invoicefdp.exe");
    const [stored] = await t.db.query<{ fileName: string }>(
      'SELECT file_name AS "fileName" FROM return_attachment WHERE region_id = $1 AND id = $2',
      ['35.73', res.json().id],
    );
    expect(stored?.fileName).toBe('invoicefdp.exe');
    const audit = (
      await signedIn(t.app, 'auditor@malang.demo').then((a) =>
        a.get(`${REGION}/audit?action=sptpd.attach&limit=1`),
      )
    ).json();
    expect(audit.entries[0].after.fileName).toBe('invoicefdp.exe');
    const nameless = await attach(april, '\u202E\u2066', png(7));
    expect(nameless.json().fileName).toBe('lampiran.png');
  });

  it(`a return takes at most ${ATTACHMENTS_PER_RETURN} attachments, also a draft`, async () => {
    const draft = await file('2025-01', false);
    for (let n = 0; n < ATTACHMENTS_PER_RETURN; n++) {
      expect((await attach(draft, `struk-${n}.png`, png(n))).statusCode).toBe(201);
    }
    const extra = await attach(draft, 'struk-lagi.png', png(99));
    expect(extra.statusCode).toBe(409);
    expect(extra.json().code).toBe('ATTACHMENTS_FULL');
  });

  it('once the officer has reviewed the return it takes no more; what it has stays', async () => {
    expect((await officer.post(`${REGION}/returns/${march}/review`, { verdict: 'verify' })).statusCode).toBe(
      200,
    );
    const late = await attach(march, 'susulan.pdf', pdf('susulan'));
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('RETURN_CLOSED_TO_ATTACHMENTS');
    expect((await taxpayer.get(`${REGION}/returns/${march}/attachments`)).json().items).toHaveLength(1);
  });

  it('who may: an auditor reads but does not attach; another region sees nothing; another taxpayer gets 404', async () => {
    const auditor = await signedIn(t.app, 'auditor@malang.demo');
    expect((await auditor.get(`${REGION}/returns/${march}/attachments`)).statusCode).toBe(200);
    expect((await attach(march, 'a.pdf', pdf('auditor'), auditor)).statusCode).toBe(403);
    const bangka = await signedIn(t.app, 'petugas@bangka.demo');
    expect((await bangka.get(`${REGION}/returns/${march}/attachments`)).statusCode).toBe(404);
    expect((await bangka.get(`/api/v1/regions/19.01/returns/${march}/attachments`)).statusCode).toBe(404);
    const stranger = await signedIn(t.app, 'wp@bangka.demo');
    expect((await stranger.get(`/api/v1/regions/19.01/returns/${march}/attachments/1`)).statusCode).toBe(404);
  });

  it('an attachment is never changed or removed, even by SQL', async () => {
    await expect(t.db.query(`UPDATE return_attachment SET file_name = 'lain.pdf'`)).rejects.toThrow();
    await expect(t.db.query('DELETE FROM return_attachment')).rejects.toThrow();
  });
});
