import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemBody, toProblem } from './problem-reply';

export const PROGRESS_STREAM = 'application/x-ndjson';

/** Whether the caller asked to follow a long request's progress (`Accept: application/x-ndjson`). */
export function wantsProgress(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes(PROGRESS_STREAM);
}

/**
 * Answers a long request as a stream of JSON lines, so that a screen can show a progress bar while it runs:
 * `{"progress":{"done","total"}}` now and then (at most five a second), then one `{"result":…}` or, if it failed,
 * `{"problem":…}` with the problem+json document it would otherwise have answered. The status is 200 once the
 * stream starts; whatever happens after is in the last line.
 */
export async function streamProgress<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  work: (progress: (done: number, total: number) => void) => Promise<T>,
): Promise<FastifyReply> {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, { 'content-type': `${PROGRESS_STREAM}; charset=utf-8`, 'cache-control': 'no-store' });
  const send = (event: object) => raw.write(`${JSON.stringify(event)}\n`);
  let sentAt = 0;
  try {
    const result = await work((done, total) => {
      const now = Date.now();
      if (now - sentAt < 200 && done < total) return;
      sentAt = now;
      send({ progress: { done, total } });
    });
    send({ result });
  } catch (err) {
    const problem = toProblem(err as Error);
    if (problem.status >= 500) request.log.error(err);
    send({ problem: problemBody(request, problem) });
  }
  raw.end();
  return reply;
}
