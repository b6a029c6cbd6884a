import { createHash, createHmac, verify } from 'node:crypto';

/**
 * SNAP BI hashes the body "minified" (Standar Teknis dan Keamanan SNAP, symmetric signature): the whitespace
 * between JSON tokens goes, everything inside strings stays, including the spaces that left-pad a
 * partnerServiceId. Done on the text rather than by re-serialising, so Balai hashes exactly the bank's bytes.
 */
export function minifyJson(raw: string): string {
  return raw.replace(/("(?:[^"\\]|\\.)*")|[ \t\n\r]+/g, (_match, quoted: string | undefined) => quoted ?? '');
}

/**
 * The string a SNAP transaction request signs: `METHOD:relativePath:accessToken:lowercase(hex(SHA-256(minified
 * body))):X-TIMESTAMP`. An empty body hashes the empty string (SNAP: "dalam hal tidak terdapat Request Body maka
 * digunakan string kosong").
 */
export function transactionStringToSign(
  method: string,
  path: string,
  accessToken: string,
  rawBody: string,
  timestamp: string,
): string {
  const bodyHash = createHash('sha256').update(minifyJson(rawBody), 'utf8').digest('hex');
  return `${method.toUpperCase()}:${path}:${accessToken}:${bodyHash}:${timestamp}`;
}

/** X-SIGNATURE of a SNAP transaction: base64 of HMAC-SHA512 keyed with the partner's client secret. */
export function signTransaction(
  clientSecret: string,
  method: string,
  path: string,
  accessToken: string,
  rawBody: string,
  timestamp: string,
): string {
  return createHmac('sha512', clientSecret)
    .update(transactionStringToSign(method, path, accessToken, rawBody, timestamp))
    .digest('base64');
}

/** The string a B2B access-token request signs (SNAP service 73): `X-CLIENT-KEY|X-TIMESTAMP`. */
export function tokenStringToSign(clientKey: string, timestamp: string): string {
  return `${clientKey}|${timestamp}`;
}

/**
 * Checks a B2B access-token request's X-SIGNATURE: base64 SHA256withRSA by the partner's private key, verified
 * with the public key it registered (PEM). A malformed key or signature is simply "not valid".
 */
export function tokenSignatureValid(
  publicKeyPem: string,
  clientKey: string,
  timestamp: string,
  signature: string,
): boolean {
  try {
    return verify(
      'sha256',
      Buffer.from(tokenStringToSign(clientKey, timestamp), 'utf8'),
      publicKeyPem,
      Buffer.from(signature, 'base64'),
    );
  } catch {
    return false;
  }
}
