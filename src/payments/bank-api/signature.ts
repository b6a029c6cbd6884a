import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The H2H request signature (Balai's bank contract, issue 4, modelled on SNAP BI's symmetric signature, domain
 * notes §4.5): base64 of HMAC-SHA512 with the partner's secret over
 * `METHOD:PATH:lowercase hex(SHA-256(raw body)):X-TIMESTAMP`, where PATH has no host and no query.
 * The raw body is signed as sent, byte for byte, so the bank and Balai never disagree about JSON formatting.
 */
export function stringToSign(method: string, path: string, rawBody: string, timestamp: string): string {
  const bodyHash = createHash('sha256').update(rawBody, 'utf8').digest('hex');
  return `${method.toUpperCase()}:${path}:${bodyHash}:${timestamp}`;
}

export function signRequest(
  secret: string,
  method: string,
  path: string,
  rawBody: string,
  timestamp: string,
): string {
  return createHmac('sha512', secret)
    .update(stringToSign(method, path, rawBody, timestamp))
    .digest('base64');
}

/** Compares in constant time, so a caller cannot learn a valid signature byte by byte from response times. */
export function signatureMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'base64');
  const b = Buffer.from(given, 'base64');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/** ISO 8601 with an explicit offset, as SNAP's X-TIMESTAMP: `2025-03-11T10:00:00+07:00` (fraction allowed). */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export const TIMESTAMP_TOLERANCE_MS = 5 * 60 * 1000;

/** A request's X-TIMESTAMP must be well formed and within ±5 minutes of Balai's clock: an old request cannot be replayed later. */
export function timestampIsFresh(timestamp: string, now: Date): boolean {
  if (!ISO_INSTANT.test(timestamp)) return false;
  const at = Date.parse(timestamp);
  return Number.isFinite(at) && Math.abs(at - now.getTime()) <= TIMESTAMP_TOLERANCE_MS;
}
