import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * The SAKIP self-evaluation (LKE, PermenPANRB 88/2021) and the RB self-assessment (PMPRB, PermenPANRB 9/2023) on the
 * one evaluation engine (issue 16): the region's worksheets as data, an evaluation answered criterion by criterion with
 * its evidence by its subject (the region, or an OPD through the OPD guard), submitted, reviewed by the verifier and
 * finished with its score and predikat; year on year; bad input refused with problem+json, nothing half-written. The
 * clock stands at 11 March 2025, so the demo's "last year" is 2024.
 */
const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;
const EN = { headers: { 'accept-language': 'en' } };

interface Summary {
  id: number;
  kind: string;
  year: number;
  opdId: number | null;
  subject: string;
  status: string;
  selfScore: number | null;
  finalScore: number | null;
  predikat: string | null;
}
interface Scored {
  total: number;
  graded: number;
  predikat: string | null;
  sections: { code: string; score: number; sections?: { code: string; score: number }[] }[];
  unanswered: string[];
}
interface Detail extends Summary {
  worksheetId: number;
  answers: {
    criterion: string;
    answer: string | number | null;
    evidence: string | null;
    reviewAnswer: unknown;
  }[];
  self: Scored;
  final: Scored | null;
}

let t: TestApp;
let perencana: Agent;
let verifikator: Agent;
let kadinkes: Agent;
let petugasDinkes: Agent;
let auditor: Agent;
let dinkesId: number;
let bapendaId: number;
let lke2025: number;

beforeAll(async () => {
  t = await startTestApp();
  [perencana, verifikator, kadinkes, petugasDinkes, auditor] = await Promise.all([
    signedIn(t.app, 'perencana@malang.demo'),
    signedIn(t.app, 'verifikator@malang.demo'),
    signedIn(t.app, 'kadinkes@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
    signedIn(t.app, 'auditor@malang.demo'),
  ]);
  const opds: { id: number; shortName: string }[] = (await perencana.get(`${P}/opds`)).json();
  dinkesId = opds.find((o) => o.shortName === 'Dinkes')?.id as number;
  bapendaId = opds.find((o) => o.shortName === 'Bapenda')?.id as number;
  const sheets = (await perencana.get(`${P}/evaluation-worksheets?kind=sakip&year=2025`)).json();
  lke2025 = sheets[0].id;
}, 120_000);
afterAll(() => t.close());

async function ok<T>(
  res: Promise<{ statusCode: number; body: string; json(): unknown }>,
  status = 200,
): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}
const open = (worksheetId: number, opdId: number | null) =>
  ok<Detail>(perencana.post(`${P}/evaluations`, { worksheetId, opdId }), 201);
const answer = (agent: Agent, id: number, answers: Record<string, string | number>, opts?: typeof EN) =>
  agent.put(
    `${P}/evaluations/${id}/answers`,
    {
      answers: Object.entries(answers).map(([criterion, a]) => ({
        criterion,
        answer: a,
        evidence: `Bukti ${criterion}`,
      })),
    },
    opts,
  );
const criteriaOf = (d: Detail) => [...d.self.unanswered, ...d.answers.map((a) => a.criterion)];

describe('the demo: Kota Malang’s LKE and PMPRB year on year, Bangka’s LKE', () => {
  it('shows the region’s LKE year on year: 2024 reviewed (self-assessed 84.90 A, graded 77.29 BB), 2025 in draft', async () => {
    const history = await ok<Summary[]>(perencana.get(`${P}/evaluations/history?kind=sakip`));
    expect(history.map((e) => [e.year, e.status, e.selfScore, e.finalScore, e.predikat])).toEqual([
      [2024, 'reviewed', 84.9, 77.29, 'BB'],
      [2025, 'draft', null, null, null],
    ]);
    const draft = await ok<Detail>(perencana.get(`${P}/evaluations/${history[1]?.id}`));
    expect(draft.self.unanswered).toEqual(['1.c.1', '2.c.2', '4.c.1']);
    expect(draft.self.predikat).toBeNull();
    expect(draft.final).toBeNull();
  });

  it('shows the 2024 LKE’s sections, answers with evidence and the verifier’s notes', async () => {
    const [last] = await ok<Summary[]>(perencana.get(`${P}/evaluations?kind=sakip&year=2024`));
    const d = await ok<Detail>(perencana.get(`${P}/evaluations/${last?.id}`));
    expect(d.subject).toBe('Kota Malang');
    expect(d.final?.sections.map((s) => [s.code, s.score])).toEqual([
      ['1', 26.43], // 6 + 9 × (1 + 1 + 0.66)/3 + 15 × (1 + 0.66)/2, the verifier's B for 1.c.2
      ['2', 23.37],
      ['3', 9.68], // 3 + 4.5 × 0.66 + 7.5 × (0.33 + 0.66)/2 = 9.6825, the verifier's C for 3.c.1
      ['4', 17.81],
    ]);
    expect(d.answers.find((a) => a.criterion === '3.c.1')).toMatchObject({
      answer: 'A',
      evidence: expect.stringContaining('3.c.1'),
      reviewAnswer: 'C',
      reviewNote: expect.stringContaining('rekomendasi'),
      // Seeded by the system, as every demo record is: no person's name on what no person did.
      answeredBy: null,
      reviewedBy: null,
    });
  });

  it('grades the PMPRB on RB General (79.90, BB) with RB Tematik beside it (9 of 20)', async () => {
    const [rb] = await ok<Summary[]>(perencana.get(`${P}/evaluations/history?kind=rb`));
    expect(rb).toMatchObject({ year: 2024, status: 'reviewed', finalScore: 79.9, predikat: 'BB' });
    const d = await ok<Detail>(perencana.get(`${P}/evaluations/${rb?.id}`));
    expect(d.final?.sections.map((s) => [s.code, s.score])).toEqual([
      ['general', 79.9],
      ['tematik', 9],
    ]);
    expect(d.final?.total).toBe(88.9);
  });

  it('Kabupaten Bangka has its own finished LKE, and Kota Malang’s planner cannot see it', async () => {
    const bangka = await signedIn(t.app, 'perencana@bangka.demo');
    const list = await ok<Summary[]>(bangka.get('/api/v1/regions/19.01/performance/evaluations'));
    expect(list.map((e) => [e.year, e.kind, e.subject, e.status, e.predikat])).toEqual([
      [2024, 'sakip', 'Kabupaten Bangka', 'reviewed', 'B'],
    ]);
    expect(
      (await perencana.get(`/api/v1/regions/19.01/performance/evaluations/${list[0]?.id}`)).statusCode,
    ).toBe(404);
    expect((await perencana.get(`${P}/evaluations/${list[0]?.id}`)).statusCode).toBe(404);
  });
});

describe('a verifier completes an LKE of Dinas Kesehatan and an RB self-assessment and sees both predikat', () => {
  let lke: Detail;
  let rb: Detail;

  it('Dinas Kesehatan’s head answers its LKE with evidence and submits it; the answers lock', async () => {
    lke = await open(lke2025, dinkesId);
    expect(lke).toMatchObject({ status: 'draft', subject: 'Dinas Kesehatan', opdId: dinkesId });
    const all = Object.fromEntries(
      criteriaOf(lke).map((c) => [c, c.includes('.a.') ? 'Y' : c.startsWith('1') ? 'A' : 'B']),
    );
    const answered = await ok<Detail>(answer(kadinkes, lke.id, all));
    expect(answered.self.unanswered).toEqual([]);
    expect(answered.self).toMatchObject({ total: 80.96, predikat: 'A' });
    const submitted = await ok<Detail>(kadinkes.post(`${P}/evaluations/${lke.id}/submit`));
    expect(submitted).toMatchObject({ status: 'submitted', selfScore: 80.96 });
  });

  it('the verifier lowers one answer, keeps another with a note, and finishes: 80.96 less 15 × (1 − 0.33)/2, 75.94, BB', async () => {
    await ok<Detail>(
      verifikator.put(`${P}/evaluations/${lke.id}/review`, {
        reviews: [
          { criterion: '1.c.1', answer: 'C', note: 'Anggaran belum mengikuti kinerja pada dua program.' },
          { criterion: '1.c.2', answer: null, note: 'Sesuai bukti.' },
        ],
      }),
    );
    const done = await ok<Detail>(verifikator.post(`${P}/evaluations/${lke.id}/finish`));
    expect(done).toMatchObject({ status: 'reviewed', selfScore: 80.96, finalScore: 75.94, predikat: 'BB' });
    expect(done.final?.sections[0]?.sections?.map((s) => s.score)).toEqual([6, 9, 9.98]);
    expect(done.answers.find((a) => a.criterion === '1.c.2')).toMatchObject({
      answer: 'A',
      reviewAnswer: null,
    });
  });

  it("answers the demo's 2025 PMPRB draft (graded on RB General), and the verifier finishes it: A", async () => {
    const [draft] = await ok<Summary[]>(verifikator.get(`${P}/evaluations?kind=rb&year=2025`));
    expect(draft).toMatchObject({ subject: 'Kota Malang', status: 'draft' });
    rb = await ok<Detail>(verifikator.get(`${P}/evaluations/${draft?.id}`));
    const answers = { 'A.1': 90, 'A.2': 80, 'B.1': 100, 'B.2': 5, 'B.3': 80, 'B.4': 'A' };
    await ok(answer(perencana, rb.id, answers));
    await ok(answer(perencana, rb.id, { 'C.1': 95, 'C.3': 70, 'T.1': 80, 'T.2': 50 }));
    await ok(perencana.post(`${P}/evaluations/${rb.id}/submit`));
    const done = await ok<Detail>(verifikator.post(`${P}/evaluations/${rb.id}/finish`));
    // Fed from Balai's records: C.2 the BPK opinion on LKPD 2023 (WTP), C.4 one of Malang's four recommendations
    // sesuai (25), C.5 the 2024 LKE's BB. 3×0.9 + 7×0.8 + 2 + 2 + 29×0.8 + 7 + 10×0.95 + 10 + 20×0.7 + 5×0.25 + 5×0.8
    // = 81.25 → A; RB Tematik 4 + 7.5 = 11.5
    expect(done).toMatchObject({ status: 'reviewed', finalScore: 81.25, predikat: 'A' });
    expect(done.final?.sections.map((s) => s.score)).toEqual([81.25, 11.5]);
  });

  it('lists both with their predikat for 2025', async () => {
    const list = await ok<Summary[]>(verifikator.get(`${P}/evaluations?year=2025`));
    expect(list.map((e) => [e.kind, e.subject, e.status, e.predikat])).toEqual([
      ['rb', 'Kota Malang', 'reviewed', 'A'],
      ['sakip', 'Kota Malang', 'draft', null],
      ['sakip', 'Dinas Kesehatan', 'reviewed', 'BB'],
    ]);
    const history = await ok<Summary[]>(
      kadinkes.get(`${P}/evaluations/history?kind=sakip&opdId=${dinkesId}`),
    );
    expect(history.map((e) => [e.year, e.predikat])).toEqual([[2025, 'BB']]);
  });

  it('audits every step with who did it', async () => {
    const res = await ok<{ entries: { action: string; actor: string; after: unknown }[] }>(
      auditor.get(`${R}/audit?action=evaluation.finish`),
    );
    expect(res.entries[0]).toMatchObject({
      actor: 'verifikator@malang.demo',
      after: { finalScore: 81.25, predikat: 'A' },
    });
    const answers = await ok<{ entries: { actor: string }[] }>(
      auditor.get(`${R}/audit?action=evaluation.answer`),
    );
    expect(answers.entries.map((e) => e.actor)).toContain('kadinkes@malang.demo');
  });
});

describe('bad input: refused with problem+json in both languages, nothing half-written', () => {
  let bapenda: Detail;
  let dinkesDraft: Detail;

  beforeAll(async () => {
    const sheet = await ok<{ id: number }>(
      perencana.post(`${P}/evaluation-worksheets`, {
        kind: 'sakip',
        year: 2023,
        name: 'LKE 2023',
        worksheet: (await ok<{ worksheet: unknown }>(perencana.get(`${P}/evaluation-worksheets/${lke2025}`)))
          .worksheet,
        predikatScale: {
          min: 0,
          max: 100,
          bands: [{ predikat: 'D', above: 0, label: { id: 'Kurang', en: 'Poor' } }],
        },
      }),
      201,
    );
    bapenda = await open(sheet.id, bapendaId);
    dinkesDraft = await open(sheet.id, dinkesId);
  });

  it('LKE_ANSWER_OUT_OF_SCALE (422): an answer outside its scale; the good answers of the batch are not kept', async () => {
    const res = await answer(kadinkes, dinkesDraft.id, { '1.a.1': 'Y', '1.b.1': 'AA' }, EN);
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ code: 'LKE_ANSWER_OUT_OF_SCALE', title: 'Answer outside the scale' });
    expect(res.json().errors).toEqual([{ field: 'answers.1.b.1', message: 'Valid answers: A, B, C, D' }]);
    const id = await answer(kadinkes, dinkesDraft.id, { '1.a.1': 2 });
    expect(id.json()).toMatchObject({ code: 'LKE_ANSWER_OUT_OF_SCALE', title: 'Jawaban di luar skala' });
    const after = await ok<Detail>(kadinkes.get(`${P}/evaluations/${dinkesDraft.id}`));
    expect(after.answers).toEqual([]);
  });

  it('LKE_UNKNOWN_CRITERION (422): a criterion the worksheet does not have', async () => {
    const res = await answer(kadinkes, dinkesDraft.id, { '9.z.1': 'Y' });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'LKE_UNKNOWN_CRITERION' });
  });

  it('OPD_FORBIDDEN (403): Dinas Kesehatan’s people cannot read or answer Bapenda’s evaluation', async () => {
    for (const agent of [kadinkes, petugasDinkes]) {
      const res = await answer(agent, bapenda.id, { '1.a.1': 'Y' });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('OPD_FORBIDDEN');
      expect((await agent.get(`${P}/evaluations/${bapenda.id}`)).json().code).toBe('OPD_FORBIDDEN');
    }
    const theirs = await ok<Summary[]>(petugasDinkes.get(`${P}/evaluations`));
    expect(new Set(theirs.map((e) => e.opdId))).toEqual(new Set([dinkesId]));
  });

  it('FORBIDDEN_ROLE (403): an OPD officer cannot answer the region’s own evaluation, nor review one', async () => {
    const [regionOwn] = await ok<Summary[]>(perencana.get(`${P}/evaluations/history?kind=sakip`));
    expect((await answer(petugasDinkes, regionOwn?.id as number, { '1.a.1': 'Y' })).json().code).toBe(
      'FORBIDDEN_ROLE',
    );
    const review = await kadinkes.put(`${P}/evaluations/${dinkesDraft.id}/review`, {
      reviews: [{ criterion: '1.a.1', answer: 'Y' }],
    });
    expect(review.json().code).toBe('FORBIDDEN_ROLE');
  });

  it('EVALUATION_NOT_SUBMITTED (409): reviewing or finishing a draft', async () => {
    const review = await verifikator.put(`${P}/evaluations/${dinkesDraft.id}/review`, {
      reviews: [{ criterion: '1.a.1', answer: 'Y' }],
    });
    expect(review.statusCode).toBe(409);
    expect(review.json().code).toBe('EVALUATION_NOT_SUBMITTED');
    expect((await verifikator.post(`${P}/evaluations/${dinkesDraft.id}/finish`)).json().code).toBe(
      'EVALUATION_NOT_SUBMITTED',
    );
  });

  it('EVALUATION_UNANSWERED (422): submitting with criteria unanswered', async () => {
    await ok(answer(kadinkes, dinkesDraft.id, { '1.a.1': 'Y' }));
    const res = await kadinkes.post(`${P}/evaluations/${dinkesDraft.id}/submit`, {}, EN);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'EVALUATION_UNANSWERED' });
    expect(res.json().detail).toMatch(/^22 criteria have no answer yet \(1\.a\.2, /);
  });

  it('EVALUATION_LOCKED (409): answering after submission; EVALUATION_FINISHED (409): reviewing after finishing', async () => {
    const all = Object.fromEntries(criteriaOf(dinkesDraft).map((c) => [c, c.includes('.a.') ? 'Y' : 'B']));
    await ok(answer(kadinkes, dinkesDraft.id, all));
    await ok(kadinkes.post(`${P}/evaluations/${dinkesDraft.id}/submit`));
    const late = await answer(kadinkes, dinkesDraft.id, { '1.a.1': 'T' });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('EVALUATION_LOCKED');
    expect((await kadinkes.post(`${P}/evaluations/${dinkesDraft.id}/submit`)).json().code).toBe(
      'EVALUATION_LOCKED',
    );
    // The one-band scale grades everything D.
    expect(await ok<Detail>(verifikator.post(`${P}/evaluations/${dinkesDraft.id}/finish`))).toMatchObject({
      predikat: 'D',
    });
    const again = await verifikator.put(`${P}/evaluations/${dinkesDraft.id}/review`, {
      reviews: [{ criterion: '1.a.1', answer: 'T' }],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('EVALUATION_FINISHED');
  });

  it('EVALUATION_EXISTS (409): a second evaluation of one worksheet for one subject', async () => {
    const res = await perencana.post(`${P}/evaluations`, { worksheetId: lke2025, opdId: dinkesId });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('EVALUATION_EXISTS');
    expect(res.json().detail).toContain('Dinas Kesehatan');
  });

  it('refuses a worksheet whose weights do not add up, a bad predikat scale, a graded part too big, a second one', async () => {
    const [demoRb] = await ok<
      { worksheet: { sections: { code: string; weight: number }[] }; predikatScale: unknown }[]
    >(perencana.get(`${P}/evaluation-worksheets?kind=rb`));
    const base = {
      kind: 'rb',
      year: 2022,
      name: 'PMPRB 2022',
      worksheet: demoRb?.worksheet,
      predikatScale: demoRb?.predikatScale,
      gradedPart: 'general',
    };
    const skewed = { ...base.worksheet, total: 119 };
    const weights = await perencana.post(`${P}/evaluation-worksheets`, { ...base, worksheet: skewed });
    expect([weights.statusCode, weights.json().code]).toEqual([422, 'LKE_WEIGHTS_DO_NOT_ADD_UP']);
    const scale = await perencana.post(`${P}/evaluation-worksheets`, {
      ...base,
      predikatScale: { min: 0, max: 100, bands: [{ predikat: 'A', above: 50, label: { id: 'A', en: 'A' } }] },
    });
    expect([scale.statusCode, scale.json().code]).toEqual([422, 'PREDIKAT_SCALE_INVALID']);
    const graded = await perencana.post(`${P}/evaluation-worksheets`, { ...base, gradedPart: null });
    expect([graded.statusCode, graded.json().code]).toEqual([422, 'EVALUATION_GRADED_PART_INVALID']);
    const malformed = await perencana.post(`${P}/evaluation-worksheets`, {
      ...base,
      worksheet: { total: 1 },
    });
    expect([malformed.statusCode, malformed.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await ok<unknown[]>(perencana.get(`${P}/evaluation-worksheets?year=2022`))).toEqual([]);
    const twice = await perencana.post(`${P}/evaluation-worksheets`, { ...base, year: 2024 });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'EVALUATION_WORKSHEET_EXISTS']);
    expect((await kadinkes.post(`${P}/evaluation-worksheets`, base)).json().code).toBe('FORBIDDEN_ROLE');
  });
});
