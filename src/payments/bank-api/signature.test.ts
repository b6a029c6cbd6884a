import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signatureMatches, signRequest, stringToSign, timestampIsFresh } from './signature';

describe('H2H signature: HMAC-SHA512 over METHOD:PATH:hex(sha256(body)):TIMESTAMP', () => {
  const body = '{"billingCode":"3573011000000128"}';
  const ts = '2025-03-11T10:00:00+07:00';

  it('the string to sign puts the lower-case hex SHA-256 of the raw body between path and timestamp', () => {
    const hash = createHash('sha256').update(body).digest('hex');
    expect(stringToSign('post', '/api/h2h/v1/inquiry', body, ts)).toBe(
      `POST:/api/h2h/v1/inquiry:${hash}:${ts}`,
    );
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an empty body signs the SHA-256 of the empty string', () => {
    expect(stringToSign('GET', '/x', '', ts)).toBe(
      `GET:/x:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855:${ts}`,
    );
  });

  it('the signature is base64 of a 64-byte HMAC and matches only the same secret, body and timestamp', () => {
    const sig = signRequest('sandbox-secret', 'POST', '/api/h2h/v1/inquiry', body, ts);
    expect(Buffer.from(sig, 'base64')).toHaveLength(64);
    expect(
      signatureMatches(sig, signRequest('sandbox-secret', 'POST', '/api/h2h/v1/inquiry', body, ts)),
    ).toBe(true);
    expect(signatureMatches(sig, signRequest('other-secret', 'POST', '/api/h2h/v1/inquiry', body, ts))).toBe(
      false,
    );
    expect(
      signatureMatches(sig, signRequest('sandbox-secret', 'POST', '/api/h2h/v1/inquiry', `${body} `, ts)),
    ).toBe(false);
    expect(signatureMatches(sig, '')).toBe(false);
    expect(signatureMatches(sig, 'not base64 at all')).toBe(false);
  });

  it('a timestamp is fresh within five minutes either side of the clock, and needs an offset', () => {
    const now = new Date('2025-03-11T03:00:00Z');
    expect(timestampIsFresh('2025-03-11T10:05:00+07:00', now)).toBe(true);
    expect(timestampIsFresh('2025-03-11T09:55:00+07:00', now)).toBe(true);
    expect(timestampIsFresh('2025-03-11T10:05:01+07:00', now)).toBe(false);
    expect(timestampIsFresh('2025-03-11T09:54:59+07:00', now)).toBe(false);
    expect(timestampIsFresh('2025-03-11T03:00:00.123Z', now)).toBe(true);
    expect(timestampIsFresh('2025-03-11T10:00:00', now)).toBe(false);
    expect(timestampIsFresh('1741662000', now)).toBe(false);
  });
});
