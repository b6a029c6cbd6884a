import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * Evidence files of performance management (issue 16), through the audit follow-up that is their first user: the type
 * is sniffed from the bytes, the size and types are the region's limits (data, evidence_limit, else the SPTPD
 * attachment's 5 MB of PDF/JPEG/PNG); a refused file is problem+json in both languages and leaves nothing written.
 */
const P = '/api/v1/regions/35.73/performance';

let t: TestApp;
let verifikator: Agent;
let petugasDinkes: Agent;
let recId: number;

const upload = (content: Buffer, fileName = 'bukti.pdf', lang = 'id') =>
  petugasDinkes.post(
    `${P}/audit-recommendations/${recId}/follow-ups`,
    {
      answer: 'Tindak lanjut dengan bukti.',
      evidence: [{ fileName, contentBase64: content.toString('base64') }],
    },
    { headers: { 'accept-language': lang } },
  );

beforeAll(async () => {
  t = await startTestApp();
  [verifikator, petugasDinkes] = await Promise.all([
    signedIn(t.app, 'verifikator@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
  ]);
  const opds: { id: number; shortName: string }[] = (await verifikator.get(`${P}/opds`)).json();
  const dinkesId = opds.find((o) => o.shortName === 'Dinkes')?.id;
  const res = await verifikator.post(`${P}/audit-findings`, {
    source: 'bpk',
    year: 2025,
    reportNumber: 'LHP/2025/01',
    title: 'Temuan untuk uji bukti dukung',
    description: 'Uji.',
    recommendations: [{ opdId: dinkesId, text: 'Melampirkan bukti.', deadline: '2099-01-01' }],
  });
  recId = res.json().recommendations[0].id;
}, 120_000);
afterAll(() => t.close());

async function followUps(): Promise<number> {
  return (await verifikator.get(`${P}/audit-recommendations/${recId}`)).json().followUps;
}

describe('an evidence file', () => {
  it('of a type not taken (an executable named .pdf) is refused in both languages, nothing written', async () => {
    const exe = Buffer.from('MZ\x90\x00 pretending to be a PDF');
    const id = await upload(exe, 'laporan.pdf', 'id');
    expect(id.statusCode).toBe(422);
    expect(id.headers['content-type']).toContain('application/problem+json');
    expect(id.json()).toMatchObject({
      code: 'EVIDENCE_TYPE_NOT_ALLOWED',
      title: 'Jenis berkas tidak diterima',
    });
    const en = await upload(exe, 'laporan.pdf', 'en');
    expect(en.json().title).toBe('File type not accepted');
    expect(await followUps()).toBe(0);
  });

  it("larger than the region's limit is refused (413 EVIDENCE_TOO_LARGE), nothing written", async () => {
    await t.db.query(
      `INSERT INTO evidence_limit (region_id, effective_from, max_bytes, content_types)
       VALUES ('35.73', '2000-01-01', 64, ARRAY['application/pdf'])`,
    );
    try {
      const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 0x20)]);
      const res = await upload(big, 'besar.pdf', 'en');
      expect(res.statusCode).toBe(413);
      expect(res.json().code).toBe('EVIDENCE_TOO_LARGE');
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
      const notTaken = await upload(png, 'foto.png', 'en');
      expect(notTaken.json()).toMatchObject({ code: 'EVIDENCE_TYPE_NOT_ALLOWED' });
      expect(notTaken.json().detail).toContain('PDF');
      expect(await followUps()).toBe(0);
    } finally {
      await t.db.query(`DELETE FROM evidence_limit WHERE region_id = '35.73'`);
    }
  });

  it('within the limits is kept as sent, downloadable, and never changed or removed', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% bukti\n');
    const res = await upload(pdf, 'bukti\u202Efdp.exe');
    expect(res.statusCode, res.body).toBe(201);
    const evidence = res.json().evidence[0];
    expect(evidence).toMatchObject({ fileName: 'buktifdp.exe', contentType: 'application/pdf' });
    const file = await petugasDinkes.get(`${P}/evidence/${evidence.id}`);
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    await expect(
      t.db.query('UPDATE performance_evidence SET file_name = $1 WHERE id = $2', ['lain.pdf', evidence.id]),
    ).rejects.toThrow();
    await expect(
      t.db.query('DELETE FROM performance_evidence WHERE id = $1', [evidence.id]),
    ).rejects.toThrow();
  });

  it('of another region is not found there', async () => {
    const bangka = await signedIn(t.app, 'verifikator@bangka.demo');
    const [row] = await t.db.query<{ id: number }>(
      `SELECT id FROM performance_evidence WHERE region_id = '35.73' LIMIT 1`,
    );
    const res = await bangka.get(`/api/v1/regions/19.01/performance/evidence/${row?.id}`);
    expect(res.statusCode).toBe(404);
  });
});
