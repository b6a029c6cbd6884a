import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * The refusals of the audit findings, the evaluations and the evidence files are declared on their routes
 * (`problems` in the schema) and so documented in /openapi.json: each real refusal below is answered at a status the
 * operation documents, and that answer's description names its code.
 */
interface Operation {
  responses: Record<string, { description: string; content?: Record<string, unknown> }>;
}

const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;
let t: TestApp;
let paths: Record<string, Record<string, Operation & Record<string, unknown>>>;
let verifikator: Agent;
let petugasDinkes: Agent;

beforeAll(async () => {
  t = await startTestApp();
  paths = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json().paths;
  [verifikator, petugasDinkes] = await Promise.all([
    signedIn(t.app, 'verifikator@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
  ]);
}, 120_000);
afterAll(() => t.close());

/** The documented path of a request's URL (`/…/evaluations/7/finish` → `/…/evaluations/{evaluationId}/finish`). */
function documented(method: string, url: string): Operation {
  const path = url.split('?')[0] as string;
  const entry = Object.entries(paths).find(([template]) =>
    new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  );
  const op = entry?.[1][method.toLowerCase()];
  if (!op) throw new Error(`${method} ${url} is not documented`);
  return op;
}

function expectDocumented(method: string, url: string, res: LightMyRequestResponse) {
  const { code } = res.json();
  const answer = documented(method, url).responses[String(res.statusCode)];
  expect({
    method,
    url,
    status: res.statusCode,
    code,
    documented: answer?.description.includes(code),
  }).toEqual({
    method,
    url,
    status: res.statusCode,
    code,
    documented: true,
  });
}

describe("the performance area's refusals in the OpenAPI document", () => {
  it('no operation carries the declaration itself, only the answers it makes', () => {
    for (const methods of Object.values(paths))
      for (const op of Object.values(methods)) expect(op).not.toHaveProperty('problems');
  });

  it("an evidence file's download is documented as the PDF, JPEG or PNG it is", () => {
    const op = documented('GET', `${P}/evidence/1`);
    expect(Object.keys(op.responses['200']?.content ?? {})).toEqual([
      'application/pdf',
      'image/jpeg',
      'image/png',
    ]);
  });

  it('the real refusals of audit findings, evaluations and evidence are the documented ones', async () => {
    const opds: { id: number; shortName: string }[] = (await verifikator.get(`${P}/opds`)).json();
    const bapenda = opds.find((o) => o.shortName === 'Bapenda')?.id as number;
    const dinkes = opds.find((o) => o.shortName === 'Dinkes')?.id as number;
    const calls: [string, string, () => Promise<LightMyRequestResponse>][] = [];
    const call = (method: 'get' | 'post' | 'put', url: string, agent: Agent, body?: unknown) =>
      calls.push([
        method.toUpperCase(),
        url,
        () => (method === 'get' ? agent.get(url) : agent[method](url, body ?? {})),
      ]);

    const finding = await verifikator.post(`${P}/audit-findings`, {
      source: 'inspektorat',
      year: 2025,
      reportNumber: 'LHP/IRBAN/2025/77',
      title: 'Temuan untuk uji dokumen API',
      description: 'Uji.',
      recommendations: [{ opdId: dinkes, text: 'Lampirkan bukti.', deadline: '2099-01-01' }],
    });
    const recId = finding.json().recommendations[0].id;
    call('get', `${P}/opds/${bapenda}/audit-recommendations`, petugasDinkes);
    call('get', `${P}/audit-recommendations/999999`, verifikator);
    call('post', `${P}/audit-recommendations/${recId}/status`, verifikator, { status: 'sesuai' });
    call('post', `${P}/audit-recommendations/${recId}/status`, verifikator, {
      status: 'tidak_dapat_ditindaklanjuti',
    });
    call('post', `${P}/audit-recommendations/${recId}/follow-ups`, petugasDinkes, {
      answer: 'Bukti yang salah.',
      evidence: [{ fileName: 'x.pdf', contentBase64: Buffer.from('MZ not a pdf').toString('base64') }],
    });
    call('post', `${P}/audit-findings/999999/recommendations`, verifikator, {
      opdId: dinkes,
      text: 'Tidak ada temuannya.',
      deadline: '2099-01-01',
    });
    call('get', `${P}/evidence/999999`, verifikator);
    call('post', `${P}/evidence-limits`, await signedIn(t.app, 'perencana@malang.demo'), {
      effectiveFrom: '2025-01-01',
      maxBytes: 1024,
      contentTypes: ['application/pdf'],
    });

    const evaluations: { id: number; status: string; opdId: number | null }[] = (
      await verifikator.get(`${P}/evaluations`)
    ).json();
    const reviewed = evaluations.find((e) => e.status === 'reviewed') as { id: number };
    const draft = evaluations.find((e) => e.status === 'draft' && e.opdId === null) as { id: number };
    call('get', `${P}/evaluations/999999`, verifikator);
    call('post', `${P}/evaluations/${draft.id}/finish`, verifikator);
    call('put', `${P}/evaluations/${reviewed.id}/review`, verifikator, {
      reviews: [{ criterion: 'x', answer: null }],
    });
    call('get', `${P}/evaluation-worksheets/999999`, verifikator);

    for (const [method, url, run] of calls) {
      const res = await run();
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expectDocumented(method, url, res);
    }
  });
});
