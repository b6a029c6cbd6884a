import http from 'node:http';
import { signRequest } from '../../src/payments/bank-api/signature';

export interface BankAnswer {
  status: number;
  body: Record<string, unknown>;
  ms: number;
}

/** X-TIMESTAMP in WIB with its offset, as a bank in Java writes it. */
function wib(at: Date): string {
  return `${new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

let externalSerial = 0;

/** A bank's system over real HTTP with keep-alive connections: signs every call as the README says. */
export class BankClient {
  readonly #agent: http.Agent;
  constructor(
    private readonly baseUrl: string,
    readonly partnerId: string,
    private readonly secret: string,
    connections: number,
  ) {
    this.#agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  }

  newExternalId(): string {
    externalSerial += 1;
    return `${process.pid}${Date.now().toString(36)}${externalSerial}`;
  }

  post(op: string, body: unknown, externalId = this.newExternalId()): Promise<BankAnswer> {
    const path = `/api/h2h/v1/${op}`;
    const raw = JSON.stringify(body);
    const timestamp = wib(new Date());
    const headers = {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(raw),
      'x-partner-id': this.partnerId,
      'x-timestamp': timestamp,
      'x-external-id': externalId,
      'x-signature': signRequest(this.secret, 'POST', path, raw, timestamp),
    };
    const url = new URL(path, this.baseUrl);
    const started = performance.now();
    return new Promise((resolve, reject) => {
      const req = http.request(url, { method: 'POST', headers, agent: this.#agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve({
              status: res.statusCode ?? 0,
              body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
              ms: performance.now() - started,
            });
          } catch (err) {
            reject(err);
          }
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(raw);
    });
  }

  /** GET /health, unsigned: one HTTP request and one database round trip, the least any request costs. */
  health(): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = http.get(new URL('/health', this.baseUrl), { agent: this.#agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      });
      req.on('error', reject);
    });
  }

  close(): void {
    this.#agent.destroy();
  }
}
