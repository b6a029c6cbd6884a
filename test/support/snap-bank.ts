import { type KeyObject, randomInt, sign } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { signTransaction, tokenStringToSign } from '../../src/payments/snap/snap-signature';
import type { PinnedClock } from '../../src/platform/clock';
import { wibTimestamp } from './bank';

/** The README's demo key pair for BANKJATIM: a public demo value. */
export const DEMO_PRIVATE_KEY = fs.readFileSync(
  new URL('../fixtures/snap-demo-bankjatim.private.pem', import.meta.url),
  'utf8',
);

export interface SnapCall {
  raw?: string;
  externalId?: string;
  timestamp?: string;
  token?: string;
  secret?: string;
  headers?: Record<string, string>;
  /** The client's address as the server sees it (refusals are throttled per address). */
  remoteAddress?: string;
}

/** SNAP's X-EXTERNAL-ID is a numeric string, unique per day. */
export const numericId = () => `${Date.now()}${String(randomInt(1e9)).padStart(9, '0')}`;

/** A bank calling Balai's SNAP BI endpoints the way the README tells integrators to. */
export class SnapBank {
  token = '';
  constructor(
    private readonly app: FastifyInstance,
    private readonly clock: PinnedClock,
    readonly partnerId: string,
    private readonly secret: string,
    private readonly privateKey: string | KeyObject,
    readonly partnerServiceId: string,
  ) {}

  requestToken(
    o: {
      key?: string | KeyObject;
      timestamp?: string;
      raw?: string;
      headers?: Record<string, string>;
      remoteAddress?: string;
    } = {},
  ): Promise<LightMyRequestResponse> {
    const timestamp = o.timestamp ?? wibTimestamp(this.clock.now());
    const signature = sign(
      'sha256',
      Buffer.from(tokenStringToSign(this.partnerId, timestamp)),
      o.key ?? this.privateKey,
    ).toString('base64');
    return this.app.inject({
      method: 'POST',
      url: '/snap/v1.0/access-token/b2b',
      headers: {
        'content-type': 'application/json',
        'x-timestamp': timestamp,
        'x-client-key': this.partnerId,
        'x-signature': signature,
        ...(o.headers ?? {}),
      },
      payload: o.raw ?? '{"grantType":"client_credentials"}',
      ...(o.remoteAddress ? { remoteAddress: o.remoteAddress } : {}),
    });
  }

  async login(): Promise<this> {
    const res = await this.requestToken();
    if (res.statusCode !== 200) throw new Error(`token refused: ${res.body}`);
    this.token = res.json().accessToken;
    return this;
  }

  post(service: 'inquiry' | 'payment' | 'status', body: unknown, c: SnapCall = {}) {
    const path = `/snap/v1.0/transfer-va/${service}`;
    const raw = c.raw ?? JSON.stringify(body);
    const timestamp = c.timestamp ?? wibTimestamp(this.clock.now());
    const token = c.token ?? this.token;
    return this.app.inject({
      method: 'POST',
      url: path,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-timestamp': timestamp,
        'x-signature': signTransaction(c.secret ?? this.secret, 'POST', path, token, raw, timestamp),
        'x-partner-id': this.partnerId,
        'x-external-id': c.externalId ?? numericId(),
        'channel-id': '95221',
        ...(c.headers ?? {}),
      },
      payload: raw,
      ...(c.remoteAddress ? { remoteAddress: c.remoteAddress } : {}),
    });
  }

  /** The VA of a bill at this bank: its partnerServiceId and the kode bayar. */
  va(billingCode: string) {
    return {
      partnerServiceId: this.partnerServiceId,
      customerNo: billingCode,
      virtualAccountNo: `${this.partnerServiceId}${billingCode}`,
    };
  }
}
