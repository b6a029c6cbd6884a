import SwaggerParser from '@apidevtools/swagger-parser';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTED_ROUTE_KEYS } from '../src/http/openapi';
import { RESPONSE } from '../src/payments/h2h/response-codes';
import { SANDBOX_PARTNER_ID, SANDBOX_SECRET } from '../src/payments/sandbox';
import { CASES } from '../src/payments/snap/response-codes';
import { Bank, openBill } from './support/bank';
import { DEMO_PRIVATE_KEY, SnapBank } from './support/snap-bank';
import { Agent, startTestApp, type TestApp } from './support/test-app';

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}
interface Schema {
  $ref?: string;
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  enum?: unknown[];
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, object>; schemas: Record<string, Schema> };
}

let t: TestApp;
let doc: Document;
beforeAll(async () => {
  t = await startTestApp();
  doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
});
afterAll(() => t.close());

function operations(): { method: string; path: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
}

const BANK_OPERATIONS = {
  'POST /api/h2h/v1/inquiry': 'h2hInquiry',
  'POST /api/h2h/v1/payment': 'h2hPayment',
  'POST /api/h2h/v1/reversal': 'h2hReversal',
  'POST /api/h2h/v1/status': 'h2hStatus',
  'POST /api/h2h/v1/qris/notify': 'h2hQrisNotify',
  'GET /api/h2h/v1/sandbox/bills': 'h2hSandboxBills',
  'POST /snap/v1.0/access-token/b2b': 'snapAccessTokenB2b',
  'POST /snap/v1.0/transfer-va/inquiry': 'snapTransferVaInquiry',
  'POST /snap/v1.0/transfer-va/payment': 'snapTransferVaPayment',
  'POST /snap/v1.0/transfer-va/status': 'snapTransferVaStatus',
};
const isBank = (path: string) => path.startsWith('/api/h2h/') || path.startsWith('/snap/');

function operation(method: string, path: string): Operation {
  const op = doc.paths[path]?.[method.toLowerCase()];
  if (!op) throw new Error(`${method} ${path} is not documented`);
  return op;
}

/** The responseCodes a documented bank response allows. */
function responseCodes(op: Operation, status: number): unknown[] {
  const schema = op.responses[status]?.content?.['application/json']?.schema;
  const branches = schema?.anyOf ?? (schema ? [schema] : []);
  return branches.flatMap((b) => b.properties?.responseCode?.enum ?? []);
}

/** A real answer agrees with the document: its status is documented, with the body's media type and code. */
function expectDocumented(method: string, path: string, res: LightMyRequestResponse) {
  const op = operation(method, path);
  const documented = op.responses[res.statusCode];
  expect({ method, path, status: res.statusCode, documented: Boolean(documented) }).toEqual({
    method,
    path,
    status: res.statusCode,
    documented: true,
  });
  if (isBank(path)) {
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(responseCodes(op, res.statusCode)).toContain(res.json().responseCode);
  } else if (res.statusCode >= 400) {
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(documented?.content?.['application/problem+json']?.schema).toEqual({
      $ref: '#/components/schemas/Problem',
    });
  }
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI for swagger-parser', async () => {
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeTruthy();
  });

  it('gives every operation a unique operationId', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(operation('GET', '/api/v1/regions/{regionId}/bills/{billId}').operationId).toBe('getRegionBill');
    expect(operation('POST', '/api/v1/regions/{regionId}/bills/{billId}/write-off').operationId).toBe(
      'postRegionBillWriteOff',
    );
  });

  it('declares every {parameter} of a path on each of its operations (a client generator refuses one that does not)', () => {
    const missing = operations().flatMap(({ method, path, op }) => {
      const declared = new Set((op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name));
      return [...path.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1] as string)
        .filter((name) => !declared.has(name))
        .map((name) => `${method} ${path}: ${name}`);
    });
    expect(missing).toEqual([]);
  });

  it('documents no path with a trailing slash (the region itself is /api/v1/regions/{regionId})', async () => {
    expect(Object.keys(doc.paths).filter((p) => p.length > 1 && p.endsWith('/'))).toEqual([]);
    expect(doc.paths['/api/v1/regions/{regionId}']?.get).toBeTruthy();
  });

  it('declares the security of every operation: session cookie, + CSRF header when it changes state, none when public', () => {
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(
      [
        'csrf',
        'h2hPartnerId',
        'h2hSignature',
        'session',
        'snapBearer',
        'snapClientKey',
        'snapSignature',
        'snapTokenSignature',
      ].sort(),
    );
    for (const { method, path, op } of operations())
      expect({ method, path, security: op.security }).toEqual({
        method,
        path,
        security: expect.any(Array),
      });
    expect(operation('GET', '/api/v1/regions/{regionId}/bills').security).toEqual([{ session: [] }]);
    expect(operation('POST', '/api/v1/regions/{regionId}/deposits').security).toEqual([
      { session: [], csrf: [] },
    ]);
    expect(operation('PATCH', '/api/v1/auth/me').security).toEqual([{ session: [], csrf: [] }]);
    expect(operation('POST', '/api/v1/auth/login').security).toEqual([]);
    expect(operation('POST', '/api/v1/public/simulations/penalty').security).toEqual([]);
  });

  it('lists each route table key of the per-route extras as a real route', () => {
    const routes = new Set(t.app.routeTable.map((r) => `${r.method} ${r.url}`));
    expect(DOCUMENTED_ROUTE_KEYS.filter((key) => !routes.has(key))).toEqual([]);
  });
});

describe('the bank contract (H2H and SNAP BI)', () => {
  it('documents the 10 bank operations with headers, body, security and responses', () => {
    for (const [key, operationId] of Object.entries(BANK_OPERATIONS)) {
      const [method, path] = key.split(' ') as [string, string];
      const op = operation(method, path);
      const headers = (op.parameters ?? []).filter((p) => p.in === 'header' && p.required).map((p) => p.name);
      const snap = path.startsWith('/snap/');
      const token = path.endsWith('/b2b');
      expect({ key, operationId: op.operationId }).toEqual({ key, operationId });
      expect({ key, headers }).toEqual({
        key,
        headers: expect.arrayContaining(
          token
            ? ['X-TIMESTAMP']
            : snap
              ? ['X-TIMESTAMP', 'X-PARTNER-ID', 'CHANNEL-ID', 'X-EXTERNAL-ID']
              : ['X-TIMESTAMP', 'X-EXTERNAL-ID'],
        ),
      });
      expect({ key, security: op.security }).toEqual({
        key,
        security: [
          token
            ? { snapClientKey: [], snapTokenSignature: [] }
            : snap
              ? { snapBearer: [], snapSignature: [] }
              : { h2hPartnerId: [], h2hSignature: [] },
        ],
      });
      if (method === 'POST') expect(op.requestBody?.content['application/json']?.schema).toBeTruthy();
      expect(responseCodes(op, 200)).toContain(snap ? `200${snapService(path)}00` : '00');
      expect(responseCodes(op, 401).length).toBeGreaterThan(0);
      expect(responseCodes(op, 429).length).toBeGreaterThan(0);
    }
    // The security schemes hold the credentials; the body schema is the one the handler parses with.
    const payment = operation('POST', '/api/h2h/v1/payment').requestBody?.content['application/json']?.schema;
    expect(payment).toMatchObject({ required: ['billingCode', 'amount', 'bankReference', 'paidAt'] });
  });

  it('documents every H2H response code at its HTTP status, drawn from the code table', () => {
    const h2h = Object.keys(BANK_OPERATIONS)
      .filter((k) => k.includes('/api/h2h/'))
      .map((k) => operation(...(k.split(' ') as [string, string])));
    for (const [code, { http }] of Object.entries(RESPONSE)) {
      expect({ code, http, documented: h2h.some((op) => responseCodes(op, http).includes(code)) }).toEqual({
        code,
        http,
        documented: true,
      });
    }
    expect(responseCodes(operation('POST', '/api/h2h/v1/inquiry'), 200).sort()).toEqual(['00', '10', '13']);
    expect(responseCodes(operation('POST', '/api/h2h/v1/reversal'), 422)).toEqual(['12']);
    expect(responseCodes(operation('POST', '/api/h2h/v1/payment'), 413)).toEqual(['30']);
  });

  it('documents every SNAP case of each service at its HTTP status, drawn from the case table', () => {
    for (const [kase, [http, code]] of Object.entries(CASES)) {
      const documented = ['inquiry', 'payment', 'status'].some((s) =>
        responseCodes(operation('POST', `/snap/v1.0/transfer-va/${s}`), http).includes(
          `${http}${snapService(`/snap/v1.0/transfer-va/${s}`)}${code}`,
        ),
      );
      expect({ kase, documented }).toEqual({ kase, documented: true });
    }
    expect(responseCodes(operation('POST', '/snap/v1.0/transfer-va/payment'), 404).sort()).toEqual([
      '4042504', // a payment request whose payment was reversed since
      '4042512',
      '4042513',
      '4042514',
      '4042518',
    ]);
  });

  it('the banks’ real answers (success, refusals, malformed bodies) are the documented ones', async () => {
    const sandbox = new Bank(t.app, t.clock, SANDBOX_PARTNER_ID, SANDBOX_SECRET);
    const bill = await openBill(t.db, { principal: 1_000_000, dueDate: '2025-03-15' });
    const h2h = async (method: 'GET' | 'POST', op: string, call: Parameters<Bank['call']>[2]) =>
      expectDocumented(method, `/api/h2h/v1/${op}`, await sandbox.call(method, op, call));
    await h2h('POST', 'inquiry', { body: { billingCode: bill.billingCode } });
    await h2h('POST', 'inquiry', { body: { billingCode: '3573012500000099' } });
    // A malformed body is still answered in the bank protocol (code 30), not by Fastify's validation.
    const malformed = await sandbox.call('POST', 'payment', { raw: '{"billingCode":' });
    expect({ status: malformed.statusCode, code: malformed.json().responseCode }).toEqual({
      status: 400,
      code: '30',
    });
    expectDocumented('POST', '/api/h2h/v1/payment', malformed);
    await h2h('POST', 'payment', { body: { billingCode: bill.billingCode } });
    await h2h('POST', 'payment', { raw: JSON.stringify({ billingCode: 'x'.repeat(100_000) }) });
    await h2h('POST', 'status', { body: { bankReference: 'NOPE' }, secret: 'wrong' });
    await h2h('POST', 'reversal', { body: { billingCode: bill.billingCode, bankReference: 'NOPE' } });
    await h2h('GET', 'sandbox/bills', {});

    const jatim = await new SnapBank(
      t.app,
      t.clock,
      'BANKJATIM',
      'bankjatim-demo-secret',
      DEMO_PRIVATE_KEY,
      '   13573',
    ).login();
    const snapPath = (s: string) => `/snap/v1.0/transfer-va/${s}`;
    expectDocumented('POST', '/snap/v1.0/access-token/b2b', await jatim.requestToken());
    expectDocumented('POST', '/snap/v1.0/access-token/b2b', await jatim.requestToken({ raw: '{' }));
    const va = jatim.va(bill.billingCode);
    expectDocumented(
      'POST',
      snapPath('inquiry'),
      await jatim.post('inquiry', { ...va, inquiryRequestId: '202503111000000001' }),
    );
    expectDocumented('POST', snapPath('inquiry'), await jatim.post('inquiry', null, { raw: '{"a":' }));
    expectDocumented('POST', snapPath('payment'), await jatim.post('payment', { ...va }));
    expectDocumented('POST', snapPath('status'), await jatim.post('status', { ...va }, { token: 'expired' }));
  });
});

describe('problem+json answers', () => {
  it('the Problem schema is shared and names status, code, title, detail and errors', () => {
    expect(Object.keys(doc.components.schemas.Problem?.properties ?? {})).toEqual(
      expect.arrayContaining(['type', 'status', 'code', 'title', 'detail', 'errors']),
    );
  });

  it('every region-scoped operation documents 400, 401, 403 and 404, and a body 413 and 415', () => {
    for (const { method, path, op } of operations().filter((o) => o.path.startsWith('/api/v1/regions/{'))) {
      const statuses = [
        '400',
        '401',
        '403',
        '404',
        ...(method === 'GET' ? [] : ['409', '413', '415', '422']),
      ];
      expect({ method, path, missing: statuses.filter((s) => !op.responses[s]) }).toEqual({
        method,
        path,
        missing: [],
      });
    }
    expect(operation('POST', '/api/v1/auth/login').responses).toHaveProperty('429');
    expect(operation('POST', '/api/v1/auth/login').responses).toHaveProperty('423');
  });

  it('what every operation answers a caller without a session is documented; 401 only where a session is declared', async () => {
    const anonymous = new Agent(t.app);
    for (const { method, path, op } of operations()) {
      const url = path
        .replace('{regionId}', '35.73')
        .replace('{code}', '35.73.01')
        .replace(/\{\w+\}/g, '1');
      const res = await anonymous.request(method, url, method === 'GET' ? {} : { body: {} });
      expectDocumented(method, path, res);
      const needsSession = (op.security ?? []).some((s) => 'session' in s);
      if (isBank(path)) continue;
      // The tenancy guard runs before validation; elsewhere a body may be refused (400) before the session is read.
      const expected = !needsSession
        ? expect.not.stringMatching(/^401$/)
        : path.startsWith('/api/v1/regions/{regionId}')
          ? '401'
          : expect.stringMatching(/^40[01]$/);
      expect({ method, path, status: String(res.statusCode) }).toEqual({ method, path, status: expected });
    }
  });
});

function snapService(path: string): string {
  return { inquiry: '24', payment: '25', status: '26', b2b: '73' }[path.split('/').pop() as string] as string;
}
