import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * Audit opinions and findings (issue 16): the verifier records the BPK's opinion and a finding with recommendations
 * for OPD; the responsible OPD answers with evidence; the verifier sets the status; overdue follow-ups show on the
 * region's list and the OPD's worklist. An OPD reads and answers its own recommendations only, no region another's.
 */
const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;
const EN = { headers: { 'accept-language': 'en' } };
const PDF = Buffer.from('%PDF-1.4\n% bukti tindak lanjut\n');

let t: TestApp;
let verifikator: Agent;
let petugasDinkes: Agent;
let kadinkes: Agent;
let pimpinan: Agent;
let bangkaVerifikator: Agent;
let dinkesId: number;
let bapendaId: number;
let bangkaDinkesId: number;

beforeAll(async () => {
  t = await startTestApp();
  [verifikator, petugasDinkes, kadinkes, pimpinan, bangkaVerifikator] = await Promise.all([
    signedIn(t.app, 'verifikator@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
    signedIn(t.app, 'kadinkes@malang.demo'),
    signedIn(t.app, 'pimpinan@malang.demo'),
    signedIn(t.app, 'verifikator@bangka.demo'),
  ]);
  const opds: { id: number; shortName: string }[] = (await verifikator.get(`${P}/opds`)).json();
  dinkesId = opds.find((o) => o.shortName === 'Dinkes')?.id as number;
  bapendaId = opds.find((o) => o.shortName === 'Bapenda')?.id as number;
  const bangkaOpds: { id: number; shortName: string }[] = (
    await bangkaVerifikator.get('/api/v1/regions/19.01/performance/opds')
  ).json();
  bangkaDinkesId = bangkaOpds.find((o) => o.shortName === 'Dinkes')?.id as number;
}, 120_000);
afterAll(() => t.close());

async function newFinding(deadline: string) {
  const res = await verifikator.post(`${P}/audit-findings`, {
    source: 'inspektorat',
    year: 2025,
    reportNumber: 'LHP-INSP/2025/99',
    title: 'Kas tunai di bendahara melebihi batas',
    description: 'Saldo kas tunai bendahara pengeluaran melebihi batas yang ditetapkan.',
    recommendations: [
      { opdId: dinkesId, text: 'Menyetor kelebihan kas tunai ke rekening kas daerah.', deadline },
      { opdId: bapendaId, text: 'Menyusun SOP batas kas tunai.', deadline },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number; recommendations: { id: number; opdId: number }[] };
}

describe('the demo', () => {
  it("shows Kota Malang's WTP opinions year by year, publicly and without a finding", async () => {
    const pub = await t.app.inject({ url: '/api/v1/public/regions/35.73/performance/audit-opinions' });
    expect(pub.statusCode).toBe(200);
    const opinions = pub.json().opinions as { fiscalYear: number; opinion: string }[];
    expect(opinions.filter((o) => o.opinion === 'wtp').map((o) => o.fiscalYear)).toContain(2022);
    expect(opinions.length).toBeGreaterThanOrEqual(12);
    expect(pub.body).not.toContain('Penatausahaan');
    const unknown = await t.app.inject({ url: '/api/v1/public/regions/99.99/performance/audit-opinions' });
    expect(unknown.statusCode).toBe(404);
  });

  it('has an overdue recommendation and one followed up with evidence and found sesuai', async () => {
    const findings = (await pimpinan.get(`${P}/audit-findings`)).json() as {
      recommendations: { status: string; overdue: boolean; followUps: number }[];
    }[];
    const recs = findings.flatMap((f) => f.recommendations);
    expect(recs.some((r) => r.overdue)).toBe(true);
    expect(recs.some((r) => r.status === 'sesuai' && r.followUps > 0)).toBe(true);
  });
});

describe('a finding followed up', () => {
  it('is recorded by the verifier, answered with evidence by the OPD and found sesuai, each step audited', async () => {
    const finding = await newFinding('2099-12-31');
    const rec = finding.recommendations.find((r) => r.opdId === dinkesId) as { id: number };

    const early = await verifikator.post(
      `${P}/audit-recommendations/${rec.id}/status`,
      { status: 'sesuai' },
      EN,
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('AUDIT_FOLLOWUP_MISSING');

    const answered = await petugasDinkes.post(`${P}/audit-recommendations/${rec.id}/follow-ups`, {
      answer: 'Kelebihan kas telah disetor; bukti setor terlampir.',
      evidence: [{ fileName: 'bukti-setor.pdf', contentBase64: PDF.toString('base64') }],
    });
    expect(answered.statusCode, answered.body).toBe(201);
    const evidenceId = answered.json().evidence[0].id;
    const file = await kadinkes.get(`${P}/evidence/${evidenceId}`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.from(file.rawPayload).equals(PDF)).toBe(true);

    const byOpd = await petugasDinkes.post(`${P}/audit-recommendations/${rec.id}/status`, {
      status: 'sesuai',
    });
    expect(byOpd.statusCode).toBe(403); // the status is the verifier's, not the OPD's
    const done = await verifikator.post(`${P}/audit-recommendations/${rec.id}/status`, { status: 'sesuai' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('sesuai');

    const again = await petugasDinkes.post(
      `${P}/audit-recommendations/${rec.id}/follow-ups`,
      { answer: 'Lagi.' },
      EN,
    );
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('AUDIT_RECOMMENDATION_CLOSED');

    const auditor = await signedIn(t.app, 'auditor@malang.demo');
    const audit = (await auditor.get(`${R}/audit?entity=audit_recommendation&entityId=${rec.id}`)).json();
    const actions = audit.entries.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'audit_recommendation.create',
        'audit_followup.submit',
        'audit_recommendation.status',
      ]),
    );
  });

  it('cannot be found tidak dapat ditindaklanjuti without its reason', async () => {
    const finding = await newFinding('2099-12-31');
    const res = await verifikator.post(
      `${P}/audit-recommendations/${finding.recommendations[0]?.id}/status`,
      { status: 'tidak_dapat_ditindaklanjuti' },
      EN,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('AUDIT_STATUS_REASON_REQUIRED');
  });

  it('with an OPD of another region is refused and nothing is written', async () => {
    const before = (await verifikator.get(`${P}/audit-findings`)).json().length;
    const res = await verifikator.post(`${P}/audit-findings`, {
      source: 'bpk',
      year: 2025,
      reportNumber: 'X',
      title: 'Temuan titipan',
      description: 'Tidak jadi.',
      recommendations: [{ opdId: bangkaDinkesId, text: 'Rekomendasi titipan', deadline: '2099-01-01' }],
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('OPD_NOT_FOUND');
    expect((await verifikator.get(`${P}/audit-findings`)).json().length).toBe(before);
  });
});

describe('OPD tenancy of recommendations', () => {
  it("lets an OPD read and answer its own recommendations and not another OPD's", async () => {
    const finding = await newFinding('2099-12-31');
    const bapendaRec = finding.recommendations.find((r) => r.opdId === bapendaId) as { id: number };
    const read = await petugasDinkes.get(`${P}/audit-recommendations/${bapendaRec.id}`, EN);
    expect(read.statusCode).toBe(403);
    expect(read.json().code).toBe('OPD_FORBIDDEN');
    const answer = await kadinkes.post(`${P}/audit-recommendations/${bapendaRec.id}/follow-ups`, {
      answer: 'Jawaban titipan.',
    });
    expect(answer.statusCode).toBe(403);
    const worklist = await petugasDinkes.get(`${P}/opds/${bapendaId}/audit-recommendations`);
    expect(worklist.statusCode).toBe(403);
    const list = (await petugasDinkes.get(`${P}/audit-findings`)).json() as {
      recommendations: { opdId: number }[];
    }[];
    expect(list.flatMap((f) => f.recommendations).every((r) => r.opdId === dinkesId)).toBe(true);
  });

  it("does not let a region read or answer another region's recommendation", async () => {
    const finding = await newFinding('2099-12-31');
    const recId = finding.recommendations[0]?.id;
    const other = await bangkaVerifikator.get(
      `/api/v1/regions/19.01/performance/audit-recommendations/${recId}`,
    );
    expect(other.statusCode).toBe(404);
    const cross = await bangkaVerifikator.get(`${P}/audit-recommendations/${recId}`); // not their region
    expect(cross.statusCode).toBe(404);
  });
});

describe('overdue follow-ups', () => {
  it('list recommendations past their deadline and not closed, region-wide and on the OPD worklist', async () => {
    const finding = await newFinding('2020-01-31');
    const dinkesRec = finding.recommendations.find((r) => r.opdId === dinkesId) as { id: number };
    const overdue = (await verifikator.get(`${P}/audit-findings/overdue`)).json() as { id: number }[];
    expect(overdue.map((r) => r.id)).toContain(dinkesRec.id);
    const own = (await petugasDinkes.get(`${P}/audit-findings/overdue`)).json() as { opdId: number }[];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.opdId === dinkesId)).toBe(true);
    const worklist = (await kadinkes.get(`${P}/opds/${dinkesId}/audit-recommendations`)).json() as {
      id: number;
      overdue: boolean;
    }[];
    expect(worklist.find((r) => r.id === dinkesRec.id)?.overdue).toBe(true);
    expect(worklist[0]?.overdue).toBe(true); // overdue first
  });
});

describe('the findings list download', () => {
  it('is a CSV with one row per recommendation, headers in the language asked for, and an XLSX', async () => {
    const csv = await verifikator.get(`${P}/audit-findings/download?format=csv&lang=en`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toContain('Recommendation');
    const xlsx = await verifikator.get(`${P}/audit-findings/download?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('the BPK opinion', () => {
  it('is recorded with its report file by the verifier, not by an OPD', async () => {
    const body = {
      opinion: 'wdp',
      reportNumber: '99/LHP/2001',
      reportDate: '2001-05-20',
      report: { fileName: 'LHP.pdf', contentBase64: PDF.toString('base64') },
    };
    expect((await kadinkes.put(`${P}/audit-opinions/2000`, body)).statusCode).toBe(403);
    const res = await verifikator.put(`${P}/audit-opinions/2000`, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ fiscalYear: 2000, opinion: 'wdp', report: [{ fileName: 'LHP.pdf' }] });
    const file = await kadinkes.get(`${P}/evidence/${res.json().report[0].id}`);
    expect(file.statusCode).toBe(404); // the region's own file: not for OPD staff
  });
});
