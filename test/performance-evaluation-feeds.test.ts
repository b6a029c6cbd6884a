import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NATIONAL_PREDIKAT_SCALE } from '../src/performance/evaluation/predikat';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * RB items answered from Balai's records (issue 16: "items Balai already knows are filled from its data"): the demo's
 * 2025 PMPRB of Kota Malang reads the BPK opinion, the audit follow-up rate and the SAKIP predikat when it is opened,
 * refreshed and submitted; such an item cannot be typed over (EVALUATION_ANSWER_FED); one Balai has no record for is
 * answered by hand; a feed on a scale it cannot answer is refused with the worksheet.
 */
const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;
const EN = { headers: { 'accept-language': 'en' } };

interface Answer {
  criterion: string;
  answer: string | number | null;
  evidence: string | null;
}
interface Detail {
  id: number;
  status: string;
  answers: Answer[];
  self: { unanswered: string[] };
}

let t: TestApp;
let perencana: Agent;
let verifikator: Agent;
let auditor: Agent;
let rbId: number;

async function ok<T>(
  res: Promise<{ statusCode: number; body: string; json(): unknown }>,
  status = 200,
): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as T;
}
const fed = (d: Detail) =>
  Object.fromEntries(
    d.answers.filter((a) => ['C.2', 'C.4', 'C.5'].includes(a.criterion)).map((a) => [a.criterion, a.answer]),
  );

beforeAll(async () => {
  t = await startTestApp();
  [perencana, verifikator, auditor] = await Promise.all([
    signedIn(t.app, 'perencana@malang.demo'),
    signedIn(t.app, 'verifikator@malang.demo'),
    signedIn(t.app, 'auditor@malang.demo'),
  ]);
  const [draft] = await ok<{ id: number }[]>(perencana.get(`${P}/evaluations?kind=rb&year=2025`));
  rbId = draft?.id as number;
}, 120_000);
afterAll(() => t.close());

describe("the demo's 2025 PMPRB", () => {
  it("declares three items fed from Balai's records in its worksheet", async () => {
    const d = await ok<{
      worksheet: { worksheet: { sections: { sections?: { code: string; criteria?: unknown[] }[] }[] } };
    }>(perencana.get(`${P}/evaluations/${rbId}`));
    const c = d.worksheet.worksheet.sections[0]?.sections?.find((s) => s.code === 'C');
    expect(c?.criteria).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'C.2', feed: 'audit_opinion' }),
        expect.objectContaining({ code: 'C.4', feed: 'audit_followup_rate' }),
        expect.objectContaining({ code: 'C.5', feed: 'sakip_predikat' }),
      ]),
    );
  });

  it('refreshed, answers them from the records with the record as evidence, audited', async () => {
    const d = await ok<Detail>(perencana.post(`${P}/evaluations/${rbId}/refresh`));
    expect(fed(d)).toEqual({ 'C.2': 'WTP', 'C.4': 25, 'C.5': 'BB' });
    expect(d.self.unanswered).toEqual([]);
    expect(d.answers.find((a) => a.criterion === 'C.2')?.evidence).toBe(
      'Dari data Balai: opini BPK atas LKPD 2023 WTP',
    );
    expect(d.answers.find((a) => a.criterion === 'C.4')?.evidence).toBe(
      'Dari data Balai: 1 dari 4 rekomendasi hasil pemeriksaan ditindaklanjuti sesuai',
    );
    const entries: { actor: string; entity: string; entityId: string; after: { answers: unknown[] } }[] = (
      await auditor.get(`${R}/audit?action=evaluation.feed`)
    ).json().entries;
    // The demo opened it after its audit records: opening fed all three (the system's entry); nothing changed since,
    // so this refresh wrote nothing.
    expect(entries.map((e) => [e.actor, e.entityId])).toEqual([['system', String(rbId)]]);
    expect(entries[0]?.after.answers).toEqual([
      expect.objectContaining({ criterion: 'C.2', answer: 'WTP' }),
      expect.objectContaining({ criterion: 'C.4', answer: 25 }),
      expect.objectContaining({ criterion: 'C.5', answer: 'BB' }),
    ]);
  });

  it('refuses typing over a fed item in both languages, none of the batch kept', async () => {
    const body = {
      answers: [
        { criterion: 'C.1', answer: 50, evidence: 'Bukti' },
        { criterion: 'C.2', answer: 'WDP', evidence: 'Ketik manual' },
      ],
    };
    const id = await perencana.put(`${P}/evaluations/${rbId}/answers`, body);
    expect(id.statusCode).toBe(422);
    expect(id.headers['content-type']).toContain('application/problem+json');
    expect(id.json()).toMatchObject({ code: 'EVALUATION_ANSWER_FED', title: 'Jawaban dari data Balai' });
    const en = await perencana.put(`${P}/evaluations/${rbId}/answers`, body, EN);
    expect(en.json()).toMatchObject({
      code: 'EVALUATION_ANSWER_FED',
      title: "Answered from Balai's records",
    });
    expect(en.json().detail).toContain('C.2');
    const d = await ok<Detail>(perencana.get(`${P}/evaluations/${rbId}`));
    expect(d.answers.find((a) => a.criterion === 'C.1')?.answer).toBe(90);
    expect(fed(d)['C.2']).toBe('WTP');
  });

  it('follows the records: a recommendation found sesuai raises the follow-up rate at the next refresh', async () => {
    const dinkes = await signedIn(t.app, 'kinerja.dinkes@malang.demo');
    const [rec] = (await verifikator.get(`${P}/audit-findings?status=belum_sesuai`)).json()[0]
      .recommendations as { id: number }[];
    await ok(
      dinkes.post(`${P}/audit-recommendations/${rec?.id}/follow-ups`, {
        answer: 'Bukti penginapan lengkap.',
      }),
      201,
    );
    await ok(verifikator.post(`${P}/audit-recommendations/${rec?.id}/status`, { status: 'sesuai' }));
    const d = await ok<Detail>(perencana.post(`${P}/evaluations/${rbId}/refresh`));
    expect(fed(d)['C.4']).toBe(50);
    const [entry] = (await auditor.get(`${R}/audit?action=evaluation.feed`)).json().entries;
    expect(entry).toMatchObject({
      actor: 'perencana@malang.demo',
      before: { answers: [{ criterion: 'C.4', answer: 25 }] },
      after: { answers: [{ criterion: 'C.4', answer: 50 }] },
    });
  });

  it('submitted, keeps the fed answers locked like the rest; a refresh is refused (409 EVALUATION_LOCKED)', async () => {
    const d = await ok<Detail>(perencana.post(`${P}/evaluations/${rbId}/submit`));
    expect(d.status).toBe('submitted');
    const res = await perencana.post(`${P}/evaluations/${rbId}/refresh`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('EVALUATION_LOCKED');
  });
});

describe('a worksheet with fed items', () => {
  const sheet = (feedScale: string) => ({
    kind: 'rb',
    year: 2026,
    name: 'PMPRB uji',
    worksheet: {
      total: 10,
      scales: {
        sakip: { kind: 'choice', values: { AA: 1, A: 0.9, BB: 0.8, B: 0.7, CC: 0.6, C: 0.4, D: 0.2 } },
        percent: { kind: 'range', min: 0, max: 100 },
      },
      sections: [
        {
          code: 'X',
          weight: 10,
          criteria: [
            { code: 'X.1', scale: feedScale, weight: 5, feed: 'sakip_predikat' },
            { code: 'X.2', scale: 'percent', weight: 5, feed: 'audit_followup_rate' },
          ],
        },
      ],
    },
    predikatScale: NATIONAL_PREDIKAT_SCALE,
    gradedPart: null,
  });

  it('is refused when a feed cannot answer on its scale (422 EVALUATION_FEED_SCALE), in both languages', async () => {
    const id = await perencana.post(`${P}/evaluation-worksheets`, sheet('percent'));
    expect(id.statusCode).toBe(422);
    expect(id.json()).toMatchObject({
      code: 'EVALUATION_FEED_SCALE',
      title: 'Skala tidak cocok dengan sumber data',
    });
    const en = await perencana.post(`${P}/evaluation-worksheets`, sheet('percent'), EN);
    expect(en.json().detail).toBe('Criterion X.1 reads sakip_predikat, which cannot answer on its scale.');
  });

  it("answers an OPD's IKU capaian once a realisation of it is accepted, at the next refresh", async () => {
    const w = await ok<{ id: number }>(
      perencana.post(`${P}/evaluation-worksheets`, {
        ...sheet('sakip'),
        // One worksheet a kind and year: an LKE one, so that the RB one stays for the test below.
        kind: 'sakip',
        name: 'LKE uji IKU',
        worksheet: {
          total: 10,
          scales: { percent: { kind: 'range', min: 0, max: 100 } },
          sections: [
            {
              code: 'Y',
              weight: 10,
              criteria: [{ code: 'Y.1', scale: 'percent', weight: 10, feed: 'iku_capaian' }],
            },
          ],
        },
      }),
      201,
    );
    const opds: { id: number; shortName: string }[] = (await perencana.get(`${P}/opds`)).json();
    const dinkes = opds.find((o) => o.shortName === 'Dinkes')?.id;
    const e = await ok<Detail>(perencana.post(`${P}/evaluations`, { worksheetId: w.id, opdId: dinkes }), 201);
    // A 2026 evaluation reads 2026's IKU, else 2025's: on 11 March 2025 nothing of either is accepted yet.
    expect(e.self.unanswered).toEqual(['Y.1']);

    const { indicators } = (await perencana.get(`${P}/opds/${dinkes}/indicators?year=2025`)).json() as {
      indicators: { id: number; name: string; target: { quarters: number[] } }[];
    };
    const stunting = indicators.find((i) => i.name.startsWith('Prevalensi stunting'));
    const url = `${P}/realisation/${stunting?.id}/2025/1`;
    const petugas = await signedIn(t.app, 'kinerja.dinkes@malang.demo');
    const evidence = [
      { fileName: 'eppgbm.pdf', contentBase64: Buffer.from('%PDF-1.4\n%\n').toString('base64') },
    ];
    await ok(petugas.put(url, { value: stunting?.target.quarters[0], evidence }));
    await ok(petugas.post(`${url}/submit`));
    await ok(verifikator.post(`${url}/accept`, {}));

    const d = await ok<Detail>(perencana.post(`${P}/evaluations/${e.id}/refresh`));
    // Stunting met its Tw1 target exactly: 100 % of the one IKU reported in 2025.
    expect(d.answers.find((a) => a.criterion === 'Y.1')).toMatchObject({
      answer: 100,
      evidence: 'Dari data Balai: rata-rata capaian 1 IKU tahun 2025 100%',
    });
  });

  it('leaves an item Balai has no record for to be answered by hand (an OPD without an LKE or findings)', async () => {
    const w = await ok<{ id: number }>(perencana.post(`${P}/evaluation-worksheets`, sheet('sakip')), 201);
    const opds: { id: number; shortName: string }[] = (await perencana.get(`${P}/opds`)).json();
    const dinsos =
      opds.find((o) => o.shortName === 'Diskominfo') ?? opds.find((o) => o.shortName !== 'Dinkes');
    const e = await ok<Detail>(
      perencana.post(`${P}/evaluations`, { worksheetId: w.id, opdId: dinsos?.id }),
      201,
    );
    expect(e.self.unanswered).toEqual(['X.1', 'X.2']);
    const d = await ok<Detail>(
      perencana.put(`${P}/evaluations/${e.id}/answers`, {
        answers: [
          { criterion: 'X.1', answer: 'B', evidence: 'LHE Inspektorat' },
          { criterion: 'X.2', answer: 100, evidence: 'Tidak ada temuan' },
        ],
      }),
    );
    expect(d.self.unanswered).toEqual([]);
  });
});
