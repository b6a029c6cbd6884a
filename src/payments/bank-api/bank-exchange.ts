import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Sql } from '../../db/database';
import { localDate } from '../../platform/clock';
import type { Partner } from '../partner';
import type { BankGate } from './bank-gate';
import {
  type BankRequestEntry,
  ExternalIdUsed,
  firstUseOf,
  logBankRequest,
  logFirstUse,
} from './bank-request-log';

/** What a bank API answers: an HTTP status, and a body whose `responseCode` is what the bank acts on. */
export interface BankAnswer {
  http: number;
  body: { responseCode: string; responseMessage: string } & Record<string, unknown>;
}

/**
 * One bank request on its way through authentication, the use case and the request log; shared by the H2H and
 * SNAP BI routes, so both log every request and treat X-EXTERNAL-ID alike.
 */
export interface BankExchange {
  request: FastifyRequest;
  raw: string;
  receivedAt: Date;
  started: number;
  operation: string;
  partner: Partner | null;
  externalId: string | null;
  externalDay: string | null;
  requestHash: string | null;
}

export function startExchange(
  request: FastifyRequest,
  raw: string,
  operation: string,
  receivedAt: Date,
): BankExchange {
  return {
    request,
    raw,
    receivedAt,
    started: performance.now(),
    operation,
    partner: null,
    externalId: null,
    externalDay: null,
    requestHash: null,
  };
}

/**
 * Once the partner is authenticated: its X-EXTERNAL-ID, good once per partner per local day, and the hash a
 * repeat under that id must match (`signed` is the body as the signature covers it).
 */
export function identify(ex: BankExchange, externalId: string, signed: string): void {
  const partner = ex.partner as Partner;
  const path = ex.request.url.split('?')[0] ?? ex.request.url;
  ex.externalId = externalId;
  ex.externalDay = localDate(ex.receivedAt, partner.timeZone);
  ex.requestHash = createHash('sha256').update(`${ex.request.method}:${path}:${signed}`).digest('hex');
}

/**
 * The signature covers the body byte for byte, so it is kept as received and parsed only after it is checked. The
 * scope's limit is set on each of its routes, where the server's reading of an oversized body finds it
 * (`drain-body.ts`).
 */
export function keepRawJsonBody(scope: FastifyInstance, bodyLimit: number): void {
  scope.removeContentTypeParser('application/json');
  scope.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );
  scope.addHook('onRoute', (route) => {
    route.bodyLimit ??= bodyLimit;
  });
}

/** Logs an answer that does not use up the X-EXTERNAL-ID. */
export async function logged<A extends BankAnswer>(db: Sql, ex: BankExchange, result: A): Promise<A> {
  await logBankRequest(db, logEntryOf(ex, result));
  return result;
}

/**
 * Logs a request refused before its partner was authenticated as the gate samples them: nobody answers for such
 * requests, so a flood of them must not fill the disk. At most one a minute per client address is written, with the
 * number from there not written since; every authenticated request is logged in full (`logged`, `claimed`).
 */
export async function loggedRefusal<A extends BankAnswer>(
  db: Sql,
  gate: BankGate,
  ex: BankExchange,
  result: A,
): Promise<A> {
  const clientAddress = ex.request.ip;
  const sample = gate.refused(clientAddress);
  if (sample.forgotten > 0)
    ex.request.log.warn(
      { refusals: sample.forgotten },
      'bank refusals never written: their addresses went idle',
    );
  if (sample.write) {
    const entry = logEntryOf(ex, result);
    // A refusal that names a known partner is kept in that partner's region's log, where its administrators look;
    // one that names no known partner belongs to no region (bank-request-log.ts).
    const named = entry.partnerId ? await gate.partner(entry.partnerId) : null;
    await logBankRequest(db, {
      ...entry,
      regionId: entry.regionId ?? named?.regionId ?? null,
      refusal: { clientAddress, unwrittenBefore: sample.unwritten },
    });
  }
  return result;
}

/** Logs the answer as the X-EXTERNAL-ID's first use; if the id was used already, answers as a repeat. */
export async function claimed<A extends BankAnswer>(
  db: Sql,
  ex: BankExchange,
  result: A,
  conflict: A,
  instead?: A,
): Promise<A> {
  return (await logFirstUse(db, logEntryOf(ex, result))) ? result : repeated(db, ex, conflict, instead);
}

/** As `claimed`, inside the transaction that made the answer: throws ExternalIdUsed if the id was used already. */
export async function claimIn(tx: Sql, ex: BankExchange, result: BankAnswer): Promise<void> {
  if (!(await logFirstUse(tx, logEntryOf(ex, result)))) throw new ExternalIdUsed();
}

/**
 * The same request under the same X-EXTERNAL-ID gets the stored answer; a different one gets `conflict`. `instead`
 * replaces the stored answer where that no longer holds: one that named a payment paid which was reversed since.
 */
export async function repeated<A extends BankAnswer>(
  db: Sql,
  ex: BankExchange,
  conflict: A,
  instead?: A,
): Promise<A> {
  const partner = ex.partner as Partner;
  const first = await firstUseOf(
    db,
    partner.regionId,
    partner.partnerId,
    ex.externalDay ?? '',
    ex.externalId ?? '',
  );
  const result =
    first && first.requestHash === ex.requestHash
      ? (instead ?? ({ http: first.httpStatus, body: JSON.parse(first.responseBody) } as A))
      : conflict;
  return logged(db, ex, result);
}

/** The request-log entry of an exchange answered with `result`. */
export function logEntryOf(ex: BankExchange, result: BankAnswer): BankRequestEntry {
  const headers = ex.request.headers;
  // Who the caller said it was (X-PARTNER-ID, or X-CLIENT-KEY on a SNAP token request), even when refused.
  const claimedId = headers['x-partner-id'] ?? headers['x-client-key'];
  return {
    receivedAt: ex.receivedAt,
    partnerId: ex.partner?.partnerId ?? (typeof claimedId === 'string' ? claimedId.slice(0, 64) : null),
    regionId: ex.partner?.regionId ?? null,
    authenticated: ex.partner !== null,
    operation: ex.operation,
    externalId: ex.externalId,
    externalDay: ex.externalDay,
    requestHash: ex.requestHash,
    requestBody: ex.raw,
    httpStatus: result.http,
    responseCode: result.body.responseCode,
    responseBody: JSON.stringify(result.body),
    durationMs: performance.now() - ex.started,
  };
}
