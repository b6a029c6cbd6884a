import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { Problem } from '../platform/problem';
import { findSession, type SessionUser } from '../platform/sessions';
import type { AppContext } from './context';

export const SESSION_COOKIE = 'balai_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The caller's session, or a 401. A state-changing request must also echo the session's CSRF token in
 * `X-CSRF-Token`: a cross-site form can send the cookie but cannot read the token.
 */
export async function requireSession(ctx: AppContext, request: FastifyRequest): Promise<SessionUser> {
  if (request.session) return request.session;
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw new Problem(401, 'AUTH_REQUIRED');
  const found = await findSession(ctx.db, ctx.secrets.session, token, ctx.clock.now());
  if (!found) throw new Problem(401, 'AUTH_REQUIRED');
  if ('expired' in found) throw new Problem(401, 'SESSION_EXPIRED');
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (typeof sent !== 'string' || !sameToken(sent, found.session.csrfToken)) {
      throw new Problem(403, 'CSRF_TOKEN_INVALID');
    }
  }
  request.session = found.session;
  return found.session;
}
