import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { fieldErrorsIn, languageOf, Problem, problemText } from '../platform/problem';

/** Renders any error as RFC 9457 application/problem+json; nothing but a Problem's own text reaches the client. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  return reply
    .code(problem.status)
    .header('content-language', languageOf(request.headers['accept-language']))
    .type('application/problem+json; charset=utf-8')
    .send(problemBody(request, problem));
}

/** A Problem as the problem+json document, worded in the caller's language. */
export function problemBody(request: FastifyRequest, problem: Problem) {
  const lang = languageOf(request.headers['accept-language']);
  const { title, detail } = problemText(problem.code, lang, problem.params);
  return {
    type: `https://balai.id/problems/${problem.code.toLowerCase().replaceAll('_', '-')}`,
    status: problem.status,
    code: problem.code,
    title,
    detail,
    instance: request.url.split('?')[0],
    ...(problem.errors ? { errors: fieldErrorsIn(problem.errors, lang) } : {}),
  };
}

/** Translates framework errors (body parsing, limits) into Problems with stable codes; validation throws its own (validation.ts). */
export function toProblem(err: FastifyError | Error): Problem {
  if (err instanceof Problem) return err;
  const e = err as FastifyError;
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new Problem(400, 'MALFORMED_JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem(413, 'BODY_TOO_LARGE', { limit: 0 });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new Problem(415, 'UNSUPPORTED_MEDIA_TYPE');
  }
  if (e instanceof SyntaxError && e.statusCode === 400) return new Problem(400, 'MALFORMED_JSON');
  if (e.statusCode === 429) return new Problem(429, 'RATE_LIMITED');
  if (e.statusCode === 404) return new Problem(404, 'NOT_FOUND');
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return new Problem(400, 'VALIDATION_FAILED');
  return new Problem(500, 'INTERNAL_ERROR');
}
