import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * The region's limits on evidence files (issue 16, "evidence of the wrong type or size"): the planner or the
 * administrator sets them from today or a later day; a day gone, more than 20 MB or an unknown type is refused as
 * problem+json in both languages with nothing written; every change audited; the uploads of that day follow them.
 */
const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;

let t: TestApp;
let perencana: Agent;
let admin: Agent;
let petugasDinkes: Agent;
let auditor: Agent;

beforeAll(async () => {
  t = await startTestApp();
  [perencana, admin, petugasDinkes, auditor] = await Promise.all([
    signedIn(t.app, 'perencana@malang.demo'),
    signedIn(t.app, 'admin@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
    signedIn(t.app, 'auditor@malang.demo'),
  ]);
}, 120_000);
afterAll(() => t.close());

const rows = async () => (await t.db.query(`SELECT 1 FROM evidence_limit WHERE region_id = '35.73'`)).length;

describe("the region's evidence limits", () => {
  it('are the default (PDF, JPEG, PNG up to 5 MB) while the region has set none, readable by OPD staff', async () => {
    const res = await petugasDinkes.get(`${P}/evidence-limits`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      day: '2025-03-11',
      inForce: {
        effectiveFrom: null,
        maxBytes: 5 * 1024 * 1024,
        contentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
      },
      rows: [],
    });
  });

  it('are set by the planner from today, in force at once, and audited before and after', async () => {
    const res = await perencana.post(`${P}/evidence-limits`, {
      effectiveFrom: '2025-03-11',
      maxBytes: 64,
      contentTypes: ['application/pdf'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().inForce).toEqual({
      effectiveFrom: '2025-03-11',
      maxBytes: 64,
      contentTypes: ['application/pdf'],
    });
    const [entry] = (await auditor.get(`${R}/audit?action=evidence_limit.create`)).json().entries;
    expect(entry).toMatchObject({
      entity: 'evidence_limit',
      entityId: '2025-03-11',
      actor: 'perencana@malang.demo',
      before: { maxBytes: 5242880 },
      after: { effectiveFrom: '2025-03-11', maxBytes: 64, contentTypes: ['application/pdf'] },
    });
    expect(entry.subject).toMatchObject({ name: 'Batas bukti dukung sejak 2025-03-11' });
  });

  it("govern that day's uploads: a file above the new size is refused", async () => {
    const opds: { id: number; shortName: string }[] = (await perencana.get(`${P}/opds`)).json();
    const verifikator = await signedIn(t.app, 'verifikator@malang.demo');
    const finding = await verifikator.post(`${P}/audit-findings`, {
      source: 'inspektorat',
      year: 2025,
      reportNumber: 'LHP/IRBAN/2025/09',
      title: 'Temuan untuk uji batas bukti dukung',
      description: 'Uji.',
      recommendations: [
        { opdId: opds.find((o) => o.shortName === 'Dinkes')?.id, text: 'Lampirkan.', deadline: '2099-01-01' },
      ],
    });
    const recId = finding.json().recommendations[0].id;
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(100, 0x20)]);
    const res = await petugasDinkes.post(`${P}/audit-recommendations/${recId}/follow-ups`, {
      answer: 'Tindak lanjut.',
      evidence: [{ fileName: 'besar.pdf', contentBase64: big.toString('base64') }],
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().code).toBe('EVIDENCE_TOO_LARGE');
  });

  it('set again for the same day by the administrator replace the row, audited as a change', async () => {
    const res = await admin.post(`${P}/evidence-limits`, {
      effectiveFrom: '2025-03-11',
      maxBytes: 10 * 1024 * 1024,
      contentTypes: ['image/png', 'application/pdf'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().rows).toEqual([
      { effectiveFrom: '2025-03-11', maxBytes: 10485760, contentTypes: ['application/pdf', 'image/png'] },
    ]);
    const [entry] = (await auditor.get(`${R}/audit?action=evidence_limit.update`)).json().entries;
    expect(entry).toMatchObject({ before: { maxBytes: 64 }, after: { maxBytes: 10485760 } });
  });

  it('for a later day wait for it: today keeps the row in force', async () => {
    const res = await perencana.post(`${P}/evidence-limits`, {
      effectiveFrom: '2025-07-01',
      maxBytes: 20 * 1024 * 1024,
      contentTypes: ['application/pdf', 'image/jpeg', 'image/png'],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().inForce.effectiveFrom).toBe('2025-03-11');
    expect(res.json().rows.map((r: { effectiveFrom: string }) => r.effectiveFrom)).toEqual([
      '2025-07-01',
      '2025-03-11',
    ]);
  });

  it('from a day gone by are refused in both languages, nothing written', async () => {
    const before = await rows();
    const body = { effectiveFrom: '2025-03-10', maxBytes: 1024, contentTypes: ['application/pdf'] };
    const id = await perencana.post(`${P}/evidence-limits`, body);
    expect(id.statusCode).toBe(422);
    expect(id.headers['content-type']).toContain('application/problem+json');
    expect(id.json()).toMatchObject({ code: 'EVIDENCE_LIMIT_IN_PAST', title: 'Tanggal berlaku sudah lewat' });
    const en = await perencana.post(`${P}/evidence-limits`, body, { headers: { 'accept-language': 'en' } });
    expect(en.json()).toMatchObject({ code: 'EVIDENCE_LIMIT_IN_PAST', title: 'Effective date in the past' });
    expect(en.json().detail).toBe(
      'Evidence limits cannot take effect on 10 March 2025, a day gone by; choose today (11 March 2025) or later.',
    );
    expect(await rows()).toBe(before);
  });

  it('above 20 MB are refused in both languages, nothing written', async () => {
    const before = await rows();
    const body = {
      effectiveFrom: '2025-04-01',
      maxBytes: 25 * 1024 * 1024,
      contentTypes: ['application/pdf'],
    };
    const id = await perencana.post(`${P}/evidence-limits`, body);
    expect(id.statusCode).toBe(422);
    expect(id.json()).toMatchObject({
      code: 'EVIDENCE_LIMIT_TOO_LARGE',
      title: 'Batas ukuran terlalu besar',
    });
    expect(id.json().detail).toContain('25 MB');
    const en = await perencana.post(`${P}/evidence-limits`, body, { headers: { 'accept-language': 'en' } });
    expect(en.json().title).toBe('Size limit too large');
    expect(await rows()).toBe(before);
  });

  it('naming an unknown type are refused in both languages, nothing written', async () => {
    const before = await rows();
    const body = {
      effectiveFrom: '2025-04-01',
      maxBytes: 1024,
      contentTypes: ['application/pdf', 'application/zip'],
    };
    const id = await perencana.post(`${P}/evidence-limits`, body);
    expect(id.statusCode).toBe(422);
    expect(id.json()).toMatchObject({
      code: 'EVIDENCE_LIMIT_TYPE_UNKNOWN',
      title: 'Jenis berkas tidak dikenal',
    });
    expect(id.json().detail).toContain('application/zip');
    const en = await perencana.post(`${P}/evidence-limits`, body, { headers: { 'accept-language': 'en' } });
    expect(en.json().title).toBe('Unknown file type');
    expect(await rows()).toBe(before);
  });

  it('are not set by an OPD officer or the verifier (403 FORBIDDEN_ROLE)', async () => {
    const body = { effectiveFrom: '2025-04-01', maxBytes: 1024, contentTypes: ['application/pdf'] };
    const verifikator = await signedIn(t.app, 'verifikator@malang.demo');
    for (const agent of [petugasDinkes, verifikator]) {
      const res = await agent.post(`${P}/evidence-limits`, body);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN_ROLE');
    }
  });

  it("of another region are not another region's planner's to read or set", async () => {
    const bangka = await signedIn(t.app, 'perencana@bangka.demo');
    expect((await bangka.get(`${P}/evidence-limits`)).statusCode).toBe(404);
    const res = await bangka.post(`${P}/evidence-limits`, {
      effectiveFrom: '2025-04-01',
      maxBytes: 1024,
      contentTypes: ['application/pdf'],
    });
    expect(res.statusCode).toBe(404);
    const own = (await bangka.get('/api/v1/regions/19.01/performance/evidence-limits')).json();
    expect(own.rows).toEqual([]);
  });
});
