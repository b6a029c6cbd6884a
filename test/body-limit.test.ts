import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A body over the limit, over a real connection: the answer must reach the client, not a reset connection. The
 * H2H and SNAP bank APIs allow 64 KiB, the ordinary API 1 MiB here.
 */
let t: TestApp;
let origin = '';
let port = 0;
beforeAll(async () => {
  t = await startTestApp();
  origin = await t.app.listen({ port: 0, host: '127.0.0.1' });
  port = Number(new URL(origin).port);
});
afterAll(() => t.close());

const oversized = (bytes: number) => Buffer.from(JSON.stringify({ billingCode: 'x'.repeat(bytes) }));

interface Received {
  status?: number;
  body?: Record<string, unknown>;
  error?: string;
}

/**
 * A client that sends the whole request before it reads a byte of the answer, as simple bank systems do: if the
 * server answers early and closes with the body unread, the connection is reset and the answer lost.
 */
function sendAllThenRead(path: string, body: Buffer, o: { chunked?: boolean } = {}): Promise<Received> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.pause();
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
    });
    socket.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }));
    socket.on('close', () => {
      const [head = '', rest = ''] = received.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
      resolve(status ? { status, body: JSON.parse(rest) } : { error: 'no answer' });
    });
    const framing = o.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${body.length}`;
    socket.write(
      `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${framing}\r\nConnection: close\r\n\r\n`,
    );
    const sent = o.chunked
      ? Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')])
      : body;
    socket.write(sent, (err) => {
      if (!err) socket.resume();
    });
  });
}

describe('a body over the limit is answered, not reset', () => {
  it('fetch gets 413 with H2H code 30 for an 8 MB body', async () => {
    const res = await fetch(`${origin}/api/h2h/v1/inquiry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: oversized(8 << 20),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).responseCode).toBe('30');
  });

  it('a client that reads only after sending everything gets H2H 413 / 30, SNAP 4002400 and the API’s 413 problem', async () => {
    expect(await sendAllThenRead('/api/h2h/v1/inquiry', oversized(8 << 20))).toMatchObject({
      status: 413,
      body: { responseCode: '30' },
    });
    expect(await sendAllThenRead('/snap/v1.0/transfer-va/inquiry', oversized(8 << 20))).toMatchObject({
      status: 400,
      body: { responseCode: '4002400', responseMessage: 'Bad Request body too large' },
    });
    expect(await sendAllThenRead('/api/v1/auth/login', oversized(8 << 20))).toMatchObject({
      status: 413,
      body: { code: 'BODY_TOO_LARGE', detail: 'Isi permintaan melebihi batas 1048576 bita.' },
    });
  });

  it('so does one that sends the body in chunks, without announcing its length', async () => {
    expect(await sendAllThenRead('/api/h2h/v1/payment', oversized(8 << 20), { chunked: true })).toMatchObject(
      {
        status: 413,
        body: { responseCode: '30' },
      },
    );
    expect(await sendAllThenRead('/api/v1/auth/login', oversized(8 << 20), { chunked: true })).toMatchObject({
      status: 413,
      body: { code: 'BODY_TOO_LARGE' },
    });
  });

  it('a body just under the bank limit is read and answered as usual (unauthenticated: 40)', async () => {
    const res = await fetch(`${origin}/api/h2h/v1/inquiry`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: oversized(60_000),
    });
    expect(res.status).toBe(401);
    expect((await res.json()).responseCode).toBe('40');
  });
});
