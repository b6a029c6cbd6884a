import { type Readable, Transform } from 'node:stream';
import { errorCodes, type FastifyInstance } from 'fastify';

/** How far past its route's limit a body is read and dropped; beyond, the connection is cut as it was before. */
const DRAIN_MAX_BYTES = 16 * 1024 * 1024;

const tooLarge = () => new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();

/**
 * A body over its route's limit is read to its end and dropped before the 413 goes out. Fastify otherwise answers at
 * once and closes the connection with the rest of the body unread, and the kernel then resets it: a client that
 * reads the answer only once it has sent everything (as many bank systems do) gets a reset instead of the 413. One
 * hook for every route (the ordinary API, H2H, SNAP); each still answers 413 its own way. Reading is bounded: a body
 * more than DRAIN_MAX_BYTES past the limit has its connection cut, as before.
 */
export function drainOversizedBodies(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, reply, payload) => {
    const limit = request.routeOptions.bodyLimit;
    const declared = Number(request.headers['content-length']);
    if (declared > limit) {
      if (!(await drained(payload, limit + DRAIN_MAX_BYTES))) reply.header('connection', 'close');
      throw tooLarge();
    }
    // A body without a length (chunked) is counted as it comes: past the limit it is dropped, and refused at its end.
    return request.headers['transfer-encoding'] === undefined ? payload : capped(payload, limit);
  });
}

/** Reads a body to its end, up to `maxBytes`; false if it went on past them or broke off. */
function drained(payload: Readable, maxBytes: number): Promise<boolean> {
  return new Promise((resolve) => {
    let read = 0;
    const finish = (complete: boolean) => {
      payload.off('data', onData).off('end', onEnd).off('error', onBreak).off('close', onBreak);
      resolve(complete);
    };
    const onData = (chunk: Buffer) => {
      read += chunk.length;
      if (read <= maxBytes) return;
      payload.pause();
      finish(false);
    };
    const onEnd = () => finish(true);
    const onBreak = () => finish(false);
    payload.on('data', onData).on('end', onEnd).on('error', onBreak).on('close', onBreak);
  });
}

/** The body as it comes, up to `limit`; past it the rest is read and dropped, and the body ends in "too large". */
function capped(payload: Readable, limit: number): Readable {
  let seen = 0;
  const counted = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen <= limit) done(null, chunk);
      else if (seen <= limit + DRAIN_MAX_BYTES) done();
      else done(tooLarge());
    },
    flush(done) {
      done(seen > limit ? tooLarge() : null);
    },
  });
  return payload.pipe(counted);
}
