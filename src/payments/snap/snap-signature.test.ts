import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  minifyJson,
  signTransaction,
  tokenSignatureValid,
  tokenStringToSign,
  transactionStringToSign,
} from './snap-signature';

const ts = '2025-03-11T10:00:00+07:00';
const token = 'Jq2nV8xT4bR6mW1cZ9kL3pH7sD5fG0aY2eU4iO6uQ8w';
const minified =
  '{"partnerServiceId":"   13573","customerNo":"3573012500000128","virtualAccountNo":"   135733573012500000128","inquiryRequestId":"202503111000000001"}';

describe('SNAP minified body', () => {
  it('drops whitespace between tokens and keeps it inside strings (the padded partnerServiceId)', () => {
    const pretty = JSON.stringify(JSON.parse(minified), null, 2);
    expect(pretty).toContain('\n  "customerNo"');
    expect(minifyJson(pretty)).toBe(minified);
    expect(minifyJson('{ "a" : "x \\" y" ,\r\n\t"b":[ 1 , 2 ] }')).toBe('{"a":"x \\" y","b":[1,2]}');
    expect(minifyJson('')).toBe('');
  });
});

describe('SNAP transaction signature: HMAC-SHA512(clientSecret, METHOD:path:token:hex(sha256(minify(body))):X-TIMESTAMP)', () => {
  // The README's worked example; the expected values were computed independently with `openssl dgst`.
  it('matches the worked example', () => {
    const pretty = JSON.stringify(JSON.parse(minified), null, 2);
    expect(transactionStringToSign('post', '/snap/v1.0/transfer-va/inquiry', token, pretty, ts)).toBe(
      `POST:/snap/v1.0/transfer-va/inquiry:${token}:f103c1a2b135d5222ec3538dc9f1fd5fa2d56ee208bcdbd1630487225e6b44ca:${ts}`,
    );
    expect(
      signTransaction('bankjatim-demo-secret', 'POST', '/snap/v1.0/transfer-va/inquiry', token, pretty, ts),
    ).toBe('j6u7nH29przkz7h3MbOt5fw4pqzl5fWwiRfQqjAZsVtB1a5rJJHlDDcVal1tfzY/hN7bwPO3Tez66oDM1WrClw==');
  });

  it('an empty body signs the SHA-256 of the empty string', () => {
    expect(transactionStringToSign('GET', '/x', token, '', ts)).toBe(
      `GET:/x:${token}:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855:${ts}`,
    );
  });
});

describe('SNAP access-token signature: SHA256withRSA over clientKey|X-TIMESTAMP', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const signed = sign('sha256', Buffer.from(tokenStringToSign('BANKJATIM', ts)), privateKey).toString(
    'base64',
  );

  it('verifies with the registered public key', () => {
    expect(tokenStringToSign('BANKJATIM', ts)).toBe(`BANKJATIM|${ts}`);
    expect(tokenSignatureValid(pem, 'BANKJATIM', ts, signed)).toBe(true);
  });

  it('fails for another client, another timestamp, another key, or a broken key or signature', () => {
    const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
      .publicKey.export({ type: 'spki', format: 'pem' })
      .toString();
    expect(tokenSignatureValid(pem, 'BANK-SANDBOX', ts, signed)).toBe(false);
    expect(tokenSignatureValid(pem, 'BANKJATIM', '2025-03-11T10:00:01+07:00', signed)).toBe(false);
    expect(tokenSignatureValid(other, 'BANKJATIM', ts, signed)).toBe(false);
    expect(tokenSignatureValid('not a key', 'BANKJATIM', ts, signed)).toBe(false);
    expect(tokenSignatureValid(pem, 'BANKJATIM', ts, '')).toBe(false);
  });
});
