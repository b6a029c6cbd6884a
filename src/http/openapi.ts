import type { FastifyDynamicSwaggerOptions, SwaggerTransform } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ProblemCode, problemCodes } from '../platform/problem-messages';
import { SESSION_COOKIE } from './authentication';
import { REGION_PREFIX } from './tenancy';

/**
 * How /openapi.json describes every operation, by mechanism rather than by hand: the swagger `transform` gives each
 * route an operationId, its security and the problem+json answers it can really give, from the kind of route it is
 * (region-scoped, signed in, public), its method, input and rate limit, plus the few per-route extras below. The bank
 * APIs, which answer their own protocol rather than problem+json, bring their contract with `documentedBy`.
 */

/** Security schemes; a route names the ones it needs (`security`), a public one none. */
export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: 'The session cookie set by POST /api/v1/auth/login (HttpOnly).',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CSRF-Token',
    description:
      'The csrfToken returned by POST /api/v1/auth/login (and GET /api/v1/auth/me), sent on every state-changing request.',
  },
  h2hPartnerId: {
    type: 'apiKey',
    in: 'header',
    name: 'X-PARTNER-ID',
    description: 'H2H: the bank partner id Balai registered (e.g. BANK-SANDBOX in the demo).',
  },
  h2hSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-SIGNATURE',
    description:
      'H2H: base64 of HMAC-SHA512, keyed with the partner secret, over `METHOD:PATH:hex(sha256(body)):X-TIMESTAMP` ' +
      '(PATH without host or query; the lower-case hex SHA-256 of the body bytes exactly as sent).',
  },
  snapClientKey: {
    type: 'apiKey',
    in: 'header',
    name: 'X-CLIENT-KEY',
    description: 'SNAP BI access token: the partner id (client key).',
  },
  snapTokenSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-SIGNATURE',
    description:
      'SNAP BI access token: base64 SHA256withRSA of `X-CLIENT-KEY|X-TIMESTAMP` with the bank’s private key; Balai holds its public key.',
  },
  snapBearer: {
    type: 'http',
    scheme: 'bearer',
    description: 'SNAP BI transactions: the accessToken from POST /snap/v1.0/access-token/b2b.',
  },
  snapSignature: {
    type: 'apiKey',
    in: 'header',
    name: 'X-SIGNATURE',
    description:
      'SNAP BI transactions: base64 HMAC-SHA512 with the partner secret over ' +
      '`POST:<path>:<accessToken>:<lowercase hex SHA-256 of the minified body>:<X-TIMESTAMP>`.',
  },
} as const;

type SchemeName = keyof typeof SECURITY_SCHEMES;
export type SecurityRequirement = Partial<Record<SchemeName, string[]>>[];

/**
 * RFC 9457 problem details, as every error outside the bank APIs is answered (src/http/problem-reply.ts). Built when
 * the document is, so that its codes are those of every area the server was built with.
 */
export const problemSchema = () =>
  z
    .object({
      type: z.string().describe('A URI naming the problem: https://balai.id/problems/<code in kebab case>'),
      status: z.number().int().min(400).max(599).describe('The HTTP status'),
      code: z
        .enum(problemCodes() as [ProblemCode, ...ProblemCode[]])
        .describe('Stable machine code: act on this'),
      title: z
        .string()
        .describe('Short text in the caller’s language (Indonesian, English with Accept-Language: en)'),
      detail: z.string().describe('What happened, in the caller’s language'),
      instance: z.string().describe('The request path'),
      errors: z
        .array(z.object({ field: z.string(), message: z.string() }))
        .optional()
        .describe(
          'For VALIDATION_FAILED: what is wrong with each field (`querystring.day` for a query field)',
        ),
    })
    .describe('An error, RFC 9457 application/problem+json');

const PROBLEM_REF = '#/components/schemas/Problem';

const DEFAULT_PROBLEMS: Record<number, string> = {
  400: 'The request is invalid: VALIDATION_FAILED (with `errors` per field), MALFORMED_JSON, or a code naming what is wrong',
  401: 'Not signed in, or the session has ended (AUTH_REQUIRED, SESSION_EXPIRED)',
  403: 'Refused: the caller’s roles do not allow it (FORBIDDEN_ROLE), or a state-changing request without the session’s X-CSRF-Token (CSRF_TOKEN_INVALID)',
  404: 'Not found: for a region-scoped path also a region that is not hosted or where the caller holds no role (REGION_NOT_FOUND, the same answer for both)',
  409: 'Conflicts with the current state (e.g. already decided, already deposited, no tax policy in force)',
  413: 'The body is larger than the server accepts (BODY_TOO_LARGE)',
  415: 'The body is not application/json (UNSUPPORTED_MEDIA_TYPE)',
  422: 'Well formed but refused by a rule (the code says which)',
  429: 'Too many requests from this client address (RATE_LIMITED)',
};

/**
 * Answers that the defaults by kind cannot know, with why. Keys are `METHOD url` as Fastify registers the route;
 * `test/openapi.test.ts` checks that each names a route that exists.
 */
const EXTRAS: Record<string, { problems?: Record<number, string>; produces?: string[] }> = {
  'GET /health': { problems: { 503: 'The database does not answer (SERVICE_UNAVAILABLE)' } },
  'POST /api/v1/auth/login': {
    problems: {
      401: 'Wrong email or password (INVALID_CREDENTIALS)',
      403: 'The account is disabled (ACCOUNT_DISABLED)',
      423: 'Locked after too many wrong passwords (ACCOUNT_LOCKED; `detail` says until when)',
    },
  },
  'POST /api/v1/auth/password': {
    problems: {
      400: 'The current password is wrong (WRONG_CURRENT_PASSWORD), or a field is invalid (VALIDATION_FAILED)',
      422: 'The new password is too weak (WEAK_PASSWORD)',
    },
  },
  'POST /api/v1/public/simulations/penalty': {
    problems: {
      404: 'The region is not hosted (REGION_NOT_FOUND)',
      409: 'No tax policy in force (TAX_POLICY_MISSING)',
    },
  },
  'POST /api/v1/public/calculations/capaian': {
    problems: {
      400: 'VALIDATION_FAILED, CAPAIAN_NEGATIVE_VALUE, CAPAIAN_RANGE_INVERTED, CAPAIAN_TARGET_ZERO, CAPAIAN_TOO_LARGE',
    },
  },
  'POST /api/v1/public/calculations/sakip-predikat': {
    problems: { 400: 'VALIDATION_FAILED, SAKIP_SCORE_OUT_OF_RANGE' },
  },
  'POST /api/v1/public/simulations/pbjt': {
    problems: {
      404: 'The region is not hosted (REGION_NOT_FOUND)',
      409: 'No tax policy or rate in force that day (TAX_POLICY_MISSING, TAX_RATE_MISSING)',
      422: 'Not a category of that tax (UNKNOWN_TAX_CATEGORY)',
    },
  },
  // Reads that price a bill or a return as of a day need the region's tax policy in force that day.
  ...Object.fromEntries(
    [
      '/tax/policy',
      '/bills',
      '/bills/:billId',
      '/arrears',
      '/tax/overview',
      '/returns/missing',
      '/bills/:billId/qris',
    ].map((path) => [
      `GET ${REGION_PREFIX}${path}`,
      {
        problems: {
          409: 'No tax policy in force that day (TAX_POLICY_MISSING); for a QRIS quote also a bill no longer open (BILL_NOT_OPEN)',
        },
      },
    ]),
  ),
  ...Object.fromEntries(
    ['/bills/:id/pdf', '/returns/:id/pdf', '/assessments/:id/pdf'].map((path) => [
      `GET ${REGION_PREFIX}${path}`,
      { produces: ['application/pdf'], problems: { 409: 'No tax policy in force (TAX_POLICY_MISSING)' } },
    ]),
  ),
  [`GET ${REGION_PREFIX}/payments/:paymentId/sspd.pdf`]: { produces: ['application/pdf'] },
  [`GET ${REGION_PREFIX}/deposits/:depositId/sts.pdf`]: { produces: ['application/pdf'] },
  [`GET ${REGION_PREFIX}/returns/:returnId/attachments/:attachmentId`]: {
    produces: ['application/pdf', 'image/jpeg', 'image/png'],
  },
  [`GET ${REGION_PREFIX}/performance/evidence/:evidenceId`]: {
    produces: ['application/pdf', 'image/jpeg', 'image/png'],
  },
};

/** Routes outside the region scope that need a session; every other one outside it is public. */
const SIGNED_IN = new Set([
  'GET /api/v1/auth/me',
  'PATCH /api/v1/auth/me',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/password',
]);

/** The `METHOD url` keys of the per-route tables, for the test that checks they name real routes. */
export const DOCUMENTED_ROUTE_KEYS = [...Object.keys(EXTRAS), ...SIGNED_IN];

type Kind = 'region' | 'signedIn' | 'public' | 'contract';
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const READS_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A stable, readable operationId from the method and path: `GET /api/v1/regions/:regionId/bills/:billId` is
 * `getRegionBill`, `POST …/bills/:billId/write-off` is `postRegionBillWriteOff`. A collection followed by a
 * parameter names one of it (singular); parameters themselves add nothing.
 */
export function operationIdOf(method: string, url: string): string {
  const segments = url
    .replace(/^\/api\/v1(?=\/)/, '')
    .split('/')
    .filter(Boolean);
  const words = segments.flatMap((segment, i) => {
    if (segment.startsWith(':')) return [];
    const word = segments[i + 1]?.startsWith(':') ? singular(segment) : segment;
    return word.split(/[^A-Za-z0-9]+/).filter(Boolean);
  });
  return method.toLowerCase() + words.map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
}

function singular(word: string): string {
  if (/(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The refusals a route gives beyond what its kind says, by status: the codes its handler can answer with (an OPD's
 * 403 OPD_FORBIDDEN, a rule's 422…). The route declares them in its schema (`problems: { 409: ['EVALUATION_LOCKED'] }`),
 * checked against the problem catalogue by the compiler; each status's answer is documented with them.
 */
export type RouteProblems = Partial<Record<400 | 403 | 404 | 409 | 413 | 422, readonly ProblemCode[]>>;

declare module 'fastify' {
  interface FastifySchema {
    problems?: RouteProblems;
  }
}

interface Documented extends FastifySchema {
  operationId?: string;
  security?: SecurityRequirement;
  response?: Record<string, unknown>;
}

function securityOf(kind: Kind, method: string): SecurityRequirement {
  if (kind === 'public' || kind === 'contract') return [];
  return SAFE.has(method) ? [{ session: [] }] : [{ session: [], csrf: [] }];
}

/** The problem+json statuses a route can answer, from its kind, method, input and configuration. */
function problemsOf(
  kind: Kind,
  method: string,
  url: string,
  schema: Documented,
  rateLimited: boolean,
): Record<number, string> {
  const problems: Record<number, string> = {};
  const add = (...statuses: number[]) => {
    for (const s of statuses) problems[s] = DEFAULT_PROBLEMS[s] as string;
  };
  const readsBody = READS_BODY.has(method);
  const hasParams = url.includes('/:');
  if (kind === 'region' || readsBody || hasParams || schema.querystring || schema.body || schema.headers)
    add(400);
  if (kind === 'region' || kind === 'signedIn') add(401);
  if (kind === 'region' || (kind === 'signedIn' && !SAFE.has(method))) add(403);
  if (kind === 'region' || hasParams) add(404);
  if (kind === 'region' && !SAFE.has(method)) add(409, 422);
  if (readsBody) add(413, 415);
  if (rateLimited) add(429);
  for (const [status, codes] of Object.entries(schema.problems ?? {})) {
    const general = DEFAULT_PROBLEMS[Number(status)] ?? 'Refused';
    problems[Number(status)] = `${general}. Here also: ${(codes ?? []).join(', ')}`;
  }
  return { ...problems, ...EXTRAS[`${method} ${url}`]?.problems };
}

function problemResponse(description: string) {
  return { description, content: { 'application/problem+json': { schema: { $ref: PROBLEM_REF } } } };
}

/**
 * Documents one operation: zod schemas to JSON Schema (fastify-type-provider-zod), then operationId, security and
 * problem answers unless the route declares its own. Documentation only: nothing here runs on a request.
 */
function describe(doc: Parameters<SwaggerTransform>[0], kind: Kind | null) {
  // A bank contract's response headers are not zod: set them aside around the zod conversion.
  const declared = (doc.schema as Documented).response ?? {};
  const responseHeaders = Object.fromEntries(
    Object.entries(declared).flatMap(([status, r]) =>
      r && typeof r === 'object' && 'headers' in r ? [[status, (r as { headers: unknown }).headers]] : [],
    ),
  );
  const converted = jsonSchemaTransform(doc as Parameters<typeof jsonSchemaTransform>[0]);
  const schema = converted.schema as Documented;
  if (schema.hide) return converted;
  const method = [doc.route.method].flat()[0] as string;
  // `/api/v1/regions/:regionId/` answers without its trailing slash too; document the path without it.
  const url = doc.url.length > 1 ? doc.url.replace(/\/$/, '') : doc.url;
  const routeKind =
    kind ??
    (url.startsWith(REGION_PREFIX) ? 'region' : SIGNED_IN.has(`${method} ${url}`) ? 'signedIn' : 'public');

  const response: Record<string, unknown> = { ...schema.response };
  for (const [status, headers] of Object.entries(responseHeaders)) {
    response[status] = { ...(response[status] as object), headers };
  }
  if (!Object.keys(response).some((s) => s.startsWith('2'))) {
    const produces = EXTRAS[`${method} ${doc.url}`]?.produces;
    response[200] = produces
      ? {
          description: 'The file',
          content: Object.fromEntries(
            produces.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
          ),
        }
      : { description: 'Success' };
  }
  if (routeKind !== 'contract') {
    const rateLimited = Boolean((doc.route.config as { rateLimit?: unknown } | undefined)?.rateLimit);
    for (const [status, description] of Object.entries(
      problemsOf(
        routeKind,
        method,
        doc.url,
        { ...schema, problems: (doc.schema as Documented).problems },
        rateLimited,
      ),
    )) {
      response[status] ??= problemResponse(description);
    }
  }
  const { problems: _declared, ...documented } = schema;
  return {
    url,
    schema: {
      ...documented,
      operationId: schema.operationId ?? operationIdOf(method, url),
      security: schema.security ?? securityOf(routeKind, method),
      response,
    },
  };
}

/** The swagger transform of every route that does not bring its own. */
export const documentRoute: SwaggerTransform = (doc) => describe(doc, null);

/**
 * For a route whose handler enforces its contract itself (the bank APIs read their raw body: the signature covers
 * its bytes, and a bad body is answered in the bank's protocol, not with problem+json). The contract documents
 * headers, body and responses, its operationId and security; Fastify never validates against it.
 */
export function documentedBy(contract: FastifySchema & Record<string, unknown>): SwaggerTransform {
  return (doc) => describe({ ...doc, schema: { ...doc.schema, ...contract } }, 'contract');
}

/**
 * OpenAPI 3.0 has no null type: a nullable union must carry `nullable` on a branch with a type, not beside
 * `anyOf` (where it has no effect, and validators refuse it). fastify-type-provider-zod writes the latter for a
 * union of three or more types with null; this moves `nullable` onto a null-only branch.
 */
function fixNullableUnions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) fixNullableUnions(item);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (schema.nullable === true && schema.type === undefined) {
    const branches = (schema.anyOf ?? schema.oneOf) as unknown[] | undefined;
    if (branches) {
      branches.push({ type: 'string', nullable: true, enum: [null] });
      delete schema.nullable;
    }
  }
  for (const value of Object.values(schema)) fixNullableUnions(value);
}

/** @fastify/swagger calls a response without a description of its own "Default Response". */
function nameSuccesses(paths: object | undefined): void {
  for (const operations of Object.values(paths ?? {}) as Record<string, { responses?: object }>[]) {
    for (const { responses } of Object.values(operations)) {
      for (const response of Object.values(responses ?? {}) as { description?: string }[]) {
        if (response.description === 'Default Response') response.description = 'Success';
      }
    }
  }
}

/** The options of @fastify/swagger: the document's frame, its components and the transforms above. */
export function swaggerOptions(): FastifyDynamicSwaggerOptions {
  return {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Balai API',
        version: '1',
        license: { name: 'Apache-2.0', url: 'https://www.apache.org/licenses/LICENSE-2.0' },
        description:
          'Balai: regional revenue and performance platform. Errors are RFC 9457 application/problem+json with a stable `code`. ' +
          `Sign in with POST /api/v1/auth/login; send the returned csrfToken as ${SECURITY_SCHEMES.csrf.name} on every state-changing request. ` +
          'Banks: the host-to-host API (/api/h2h/v1) and SNAP BI virtual accounts (/snap/v1.0) answer in their own protocol, ' +
          'with a `responseCode`.',
      },
      // Paths are relative to the server that serves this document.
      servers: [{ url: '/', description: 'This Balai server' }],
      components: {
        securitySchemes: SECURITY_SCHEMES as never,
        schemas: { Problem: z.toJSONSchema(problemSchema(), { target: 'openapi-3.0' }) as never },
      },
    },
    transform: documentRoute,
    transformObject: (doc) => {
      if (!('openapiObject' in doc)) return doc.swaggerObject;
      // A schema with an id (`.meta({ id })`: the organisation's units nest themselves) is a component, referred to.
      const openapi = jsonSchemaTransformObject(doc);
      fixNullableUnions(openapi.paths);
      fixNullableUnions((openapi as { components?: { schemas?: object } }).components?.schemas);
      nameSuccesses(openapi.paths);
      return openapi;
    },
  };
}
