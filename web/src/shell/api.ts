import type { z } from 'zod';
import type { problemSchema } from '../../../src/http/openapi';
import type { healthSchema } from '../../../src/http/server';
import type { meSchemaOf } from '../../../src/platform/auth-routes';
import type { regionSchema } from '../../../src/platform/region-routes';

/**
 * A value of a server type as it arrives here in JSON: a `Date` comes as its ISO string, all else as it was. The
 * API's types come from the zod schemas its routes answer with (`WireOf<typeof billSchema>`), imported as types
 * only, so that nothing of the server is bundled.
 */
export type Wire<T> = T extends Date ? string : T extends object ? { [K in keyof T]: Wire<T[K]> } : T;

/** The JSON body of an answer that a route's zod schema describes. */
export type WireOf<S extends z.ZodType> = Wire<z.output<S>>;

/** Who is signed in, with the regions they hold roles in (`/auth/me`). */
export type Me = WireOf<ReturnType<typeof meSchemaOf>>;

/** A region the signed-in user holds roles in, as `/auth/me` describes it. */
export type RegionGrant = Me['regions'][number];

export type Lang = Me['user']['locale'];

type FieldError = NonNullable<WireOf<ReturnType<typeof problemSchema>>['errors']>[number];

/** An RFC 9457 problem from the server, or a stand-in when the answer was not one (network down, proxy page). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(`${code}: ${detail}`);
  }

  /** The field errors keyed by field name, for showing beside each input. */
  fieldMessages(): Record<string, string> {
    return Object.fromEntries(this.errors.map((e) => [e.field, e.message]));
  }
}

/** Where a 401 is an answer, not news that the session ended. */
const SESSION_PATHS = new Set(['/auth/login', '/auth/me', '/auth/logout']);

let csrfToken = '';
let language: Lang = 'id';
let onSessionLost: (problem: ApiProblem) => void = () => {};

/** The session's CSRF token, sent on every state-changing request. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** The UI language, sent as Accept-Language so that server messages come back in it. */
export function setRequestLanguage(lang: Lang): void {
  language = lang;
}

/** Called when a request finds the session gone (expired, signed out elsewhere). */
export function onSessionEnded(handler: (problem: ApiProblem) => void): void {
  onSessionLost = handler;
}

async function problemOf(res: Response): Promise<ApiProblem> {
  if ((res.headers.get('content-type') ?? '').includes('json')) {
    const body = (await res.json().catch(() => ({}))) as Partial<
      Pick<ApiProblem, 'code' | 'title' | 'detail' | 'errors'>
    >;
    if (body.code) {
      return new ApiProblem(res.status, body.code, body.title ?? '', body.detail ?? '', body.errors ?? []);
    }
  }
  return new ApiProblem(res.status, 'HTTP_ERROR', res.statusText, '');
}

/**
 * One request to the API. State-changing methods carry the CSRF token and a JSON body (`{}` when empty);
 * failures throw an ApiProblem.
 */
export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  body?: unknown,
): Promise<T> {
  const headers: Record<string, string> = { 'accept-language': language, accept: 'application/json' };
  let payload: string | undefined;
  if (method !== 'GET') {
    headers['content-type'] = 'application/json';
    headers['x-csrf-token'] = csrfToken;
    payload = JSON.stringify(body ?? {});
  }
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, { method, headers, body: payload, credentials: 'same-origin' });
  } catch {
    throw new ApiProblem(0, 'NETWORK', '', '');
  }
  if (!res.ok) {
    const problem = await problemOf(res);
    if (res.status === 401 && !SESSION_PATHS.has(path)) onSessionLost(problem);
    throw problem;
  }
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/**
 * A long POST whose progress the screen shows: the server streams JSON lines (`Accept: application/x-ndjson`),
 * `{"progress":{"done","total"}}` while it works, then `{"result":…}` or `{"problem":…}` (thrown as an ApiProblem).
 */
export async function requestWithProgress<T>(
  path: string,
  body: unknown,
  onProgress: (done: number, total: number) => void,
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(`/api/v1${path}`, {
      method: 'POST',
      headers: {
        'accept-language': language,
        accept: 'application/x-ndjson',
        'content-type': 'application/json',
        'x-csrf-token': csrfToken,
      },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiProblem(0, 'NETWORK', '', '');
  }
  if (!res.ok || !res.body) {
    const problem = await problemOf(res);
    if (res.status === 401) onSessionLost(problem);
    throw problem;
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let pending = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += value;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines.filter((l) => l.trim() !== '')) {
      const event = JSON.parse(line) as {
        progress?: { done: number; total: number };
        result?: T;
        problem?: { status: number; code: string; title: string; detail: string; errors?: FieldError[] };
      };
      if (event.progress) onProgress(event.progress.done, event.progress.total);
      if (event.problem) {
        const p = event.problem;
        throw new ApiProblem(p.status, p.code, p.title, p.detail, p.errors ?? []);
      }
      if ('result' in event) return event.result as T;
    }
  }
  throw new ApiProblem(0, 'NETWORK', '', '');
}

/** The API path of something inside one region, e.g. `regionPath('35.73', '/users')`. */
export function regionPath(regionId: string, path: string): string {
  return `/regions/${encodeURIComponent(regionId)}${path}`;
}

/** A hosted region as the public list names it, with today's date there on the server's business clock. */
export type RegionToday = WireOf<typeof regionSchema>;

let demoMode: Promise<boolean> | undefined;

/** Whether the server runs the demo (its sandbox simulates a bank's side of a payment); asked once. */
export function isDemo(): Promise<boolean> {
  demoMode ??= fetch('/health', { headers: { accept: 'application/json' } })
    .then((res) => res.json() as Promise<WireOf<typeof healthSchema>>)
    .then((body) => body.demo === true)
    .catch(() => false);
  return demoMode;
}

/** Where a PDF of a bill, return or assessment downloads from. */
export function documentUrl(regionId: string, path: string): string {
  return `/api/v1${regionPath(regionId, path)}`;
}
