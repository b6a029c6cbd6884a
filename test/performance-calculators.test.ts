import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVALUATION_MESSAGES } from '../src/performance/evaluation/evaluation-messages';
import { CALCULATOR_MESSAGES } from '../src/performance/public/calculator-messages';
import { startTestApp, type TestApp } from './support/test-app';

/** The public calculators of issue 16, `POST /api/v1/public/calculations/capaian` and `…/sakip-predikat`. */
let t: TestApp;
let app: FastifyInstance;
beforeAll(async () => {
  t = await startTestApp();
  app = t.app;
});
afterAll(async () => {
  await t.close();
});

const EN = { 'accept-language': 'en' };
const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url: `/api/v1/public/calculations/${url}`,
    payload: payload as object,
    headers,
  });

/** A 400 problem+json with its code, title and detail, and the fields its errors name. */
function refusal(res: LightMyRequestResponse) {
  const body = res.json();
  return {
    status: res.statusCode,
    type: String(res.headers['content-type']).split(';')[0],
    code: body.code,
    fields: (body.errors ?? []).map((e: { field: string }) => e.field),
  };
}

describe('POST /api/v1/public/calculations/capaian: PermenPANRB 8/2021, two decimals half away from zero', () => {
  it.each([
    ['higher', { target: 80, realisation: 92 }, 115],
    ['higher', { target: 3, realisation: 2 }, 66.67],
    ['higher', { target: 100, realisation: 1.005 }, 1.01],
    ['lower (kondisi khusus)', { target: 7, realisation: 6.5 }, 107.14],
    ['lower (kondisi khusus)', { target: 8, realisation: 9 }, 87.5],
    ['range, within', { target: 80, targetUpper: 90, realisation: 85 }, 100],
    ['range, above: against the upper bound', { target: 80, targetUpper: 90, realisation: 92 }, 102.22],
    ['range, below: against the lower bound', { target: 80, targetUpper: 90, realisation: 70 }, 87.5],
  ])('%s %o → %d%%', async (polarity, numbers, capaianPercent) => {
    const res = await post('capaian', { polarity: polarity.split(/[ ,]/)[0], ...numbers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ capaianPercent });
  });

  it('needs no sign-in and no region', async () => {
    const res = await post('capaian', { polarity: 'higher', target: 10, realisation: 10 });
    expect([res.statusCode, res.json()]).toEqual([200, { capaianPercent: 100 }]);
  });
});

describe('POST /api/v1/public/calculations/sakip-predikat: the national AA…D scale, lower bound exclusive', () => {
  it.each([
    [100, 'AA'],
    [90.01, 'AA'],
    [90, 'A'],
    [80.01, 'A'],
    [80, 'BB'],
    [70, 'B'],
    [60, 'CC'],
    [50, 'C'],
    [30, 'D'],
    [0, 'D'],
  ])('score %d → %s', async (score, predikat) => {
    const res = await post('sakip-predikat', { score });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ predikat });
  });
});

describe('bad input is a 400 problem+json with a code, in Indonesian and in English', () => {
  it('a range without targetUpper: VALIDATION_FAILED naming targetUpper', async () => {
    const id = await post('capaian', { polarity: 'range', target: 5, realisation: 6 });
    expect(refusal(id)).toEqual({
      status: 400,
      type: 'application/problem+json',
      code: 'VALIDATION_FAILED',
      fields: ['targetUpper'],
    });
    expect(id.json().errors[0].message).toBe('Wajib diisi untuk target berupa rentang');
    const en = await post('capaian', { polarity: 'range', target: 5, realisation: 6 }, EN);
    expect(en.json().errors[0].message).toBe('Required for a range target');
  });

  it('targetUpper for a polarity that is not a range: VALIDATION_FAILED', async () => {
    const res = await post('capaian', { polarity: 'higher', target: 5, targetUpper: 7, realisation: 6 });
    expect(refusal(res)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', fields: ['targetUpper'] });
  });

  it('targetUpper below target: CAPAIAN_RANGE_INVERTED', async () => {
    const body = { polarity: 'range', target: 90, targetUpper: 80, realisation: 85 };
    const id = await post('capaian', body);
    expect(refusal(id)).toEqual({
      status: 400,
      type: 'application/problem+json',
      code: 'CAPAIAN_RANGE_INVERTED',
      fields: ['targetUpper'],
    });
    expect(id.json()).toMatchObject({
      title: 'Rentang target terbalik',
      detail:
        'Batas atas rentang target (targetUpper) harus sama dengan atau lebih besar daripada batas bawahnya (target).',
    });
    const en = await post('capaian', body, EN);
    expect(en.json()).toMatchObject({
      title: 'Target range inverted',
      errors: [
        {
          field: 'targetUpper',
          message: 'The upper bound of the target range is below its lower bound (target)',
        },
      ],
    });
  });

  it.each([
    [{ polarity: 'higher', target: 0, realisation: 5 }, 'CAPAIAN_TARGET_ZERO', ['target']],
    [{ polarity: 'lower', target: 0, realisation: 0 }, 'CAPAIAN_TARGET_ZERO', ['target']],
    [{ polarity: 'higher', target: -80, realisation: 5 }, 'CAPAIAN_NEGATIVE_VALUE', ['target']],
    [{ polarity: 'lower', target: 7, realisation: -1 }, 'CAPAIAN_NEGATIVE_VALUE', ['realisation']],
    [{ polarity: 'higher', target: 1e-300, realisation: 1e300 }, 'CAPAIAN_TOO_LARGE', []],
    [{ polarity: 'higher', target: '80', realisation: 92 }, 'VALIDATION_FAILED', ['target']],
    [{ polarity: 'higher', target: 80, realisation: null }, 'VALIDATION_FAILED', ['realisation']],
    [{ polarity: 'higher', target: 80 }, 'VALIDATION_FAILED', ['realisation']],
    [{ polarity: 'up', target: 80, realisation: 92 }, 'VALIDATION_FAILED', ['polarity']],
  ])('capaian %o: %s', async (body, code, fields) => {
    const res = await post('capaian', body);
    expect(refusal(res)).toEqual({ status: 400, type: 'application/problem+json', code, fields });
    const en = await post('capaian', body, EN);
    expect(en.json().title).not.toBe(res.json().title); // worded in each language
  });

  it('a score outside 0–100: SAKIP_SCORE_OUT_OF_RANGE', async () => {
    for (const score of [100.01, -1]) {
      const id = await post('sakip-predikat', { score });
      expect(refusal(id)).toEqual({
        status: 400,
        type: 'application/problem+json',
        code: 'SAKIP_SCORE_OUT_OF_RANGE',
        fields: ['score'],
      });
      expect(id.json()).toMatchObject({
        title: 'Nilai di luar skala',
        detail: 'Nilai evaluasi harus dari 0 sampai 100.',
      });
      const en = await post('sakip-predikat', { score }, EN);
      expect(en.json()).toMatchObject({
        title: 'Score outside the scale',
        detail: 'An evaluation score is from 0 to 100.',
      });
    }
  });

  it.each([[{ score: 'A' }], [{ score: null }], [{}], [{ score: 80, regionId: '35.73' }]])(
    'a score that is not a number, or anything else: VALIDATION_FAILED %o',
    async (body) => {
      const res = await post('sakip-predikat', body);
      expect(refusal(res)).toMatchObject({
        status: 400,
        type: 'application/problem+json',
        code: 'VALIDATION_FAILED',
      });
    },
  );

  it('a body that is not JSON: MALFORMED_JSON', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/public/calculations/sakip-predikat',
      payload: '{"score": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(refusal(res)).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
  });
});

describe('the OpenAPI document', () => {
  it('lists both calculators, public, with their body and answer schemas and their problem codes', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const capaian = doc.paths['/api/v1/public/calculations/capaian'].post;
    const predikat = doc.paths['/api/v1/public/calculations/sakip-predikat'].post;
    expect(capaian).toMatchObject({
      operationId: 'postPublicCalculationsCapaian',
      security: [],
      tags: ['public'],
    });
    expect(predikat).toMatchObject({ operationId: 'postPublicCalculationsSakipPredikat', security: [] });
    expect(capaian.requestBody.content['application/json'].schema).toMatchObject({
      required: ['polarity', 'target', 'realisation'],
      properties: { polarity: { enum: ['higher', 'lower', 'range'] }, targetUpper: { type: 'number' } },
    });
    expect(capaian.responses['200'].content['application/json'].schema).toMatchObject({
      properties: { capaianPercent: { type: 'number' } },
    });
    expect(predikat.responses['200'].content['application/json'].schema).toMatchObject({
      properties: { predikat: { enum: ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'] } },
    });
    for (const op of [capaian, predikat]) {
      expect(op.responses['400'].content['application/problem+json'].schema).toEqual({
        $ref: '#/components/schemas/Problem',
      });
    }
    expect(doc.components.schemas.Problem.properties.code.enum).toEqual(
      expect.arrayContaining([...Object.keys(CALCULATOR_MESSAGES), ...Object.keys(EVALUATION_MESSAGES)]),
    );
  });
});
