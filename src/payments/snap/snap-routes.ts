import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Sql } from '../../db/database';
import type { AppContext } from '../../http/context';
import { localTimestamp, type TimeZone } from '../../platform/clock';
import { billSummaries } from '../../receivables';
import { parseBankBody } from '../bank-api/bank-body';
import {
  type BankAnswer,
  type BankExchange,
  claimed,
  claimIn,
  identify,
  keepRawJsonBody,
  logged,
  loggedRefusal,
  repeated,
  startExchange,
} from '../bank-api/bank-exchange';
import type { BankGate } from '../bank-api/bank-gate';
import { ExternalIdUsed } from '../bank-api/bank-request-log';
import { paidAtWithinWindow } from '../bank-api/paid-at-window';
import { ISO_INSTANT, signatureMatches, timestampIsFresh } from '../bank-api/signature';
import { inquireBill } from '../inquire-bill';
import type { Partner } from '../partner';
import { type PaymentOutcome, postPayment } from '../post-payment';
import { type PostedPayment, paymentByReference } from '../stored-payment';
import { CUSTOMER_NO, PARTNER_SERVICE_ID } from '../va/va-number';
import { ACCESS_TOKEN_SECONDS, issueAccessToken, tokenHolder } from './access-token';
import { SERVICE, type SnapCase, type SnapService, snapAnswer } from './response-codes';
import { parseSnapAmount, SNAP_AMOUNT_VALUE } from './snap-amount';
import { snapContract } from './snap-contract';
import { inquiryOf, recordInquiry } from './snap-inquiry';
import { minifyJson, signTransaction, tokenSignatureValid } from './snap-signature';
import { inquiryAnswer, paymentAnswer, reversedPaymentAnswer, statusAnswer, type VaKey } from './va-answers';

export const SNAP_PREFIX = '/snap/v1.0';

/** SNAP's paths (SNAP "Informasi Umum" of each service) under Balai's prefix, and the request log's names. */
const ROUTES = {
  '/access-token/b2b': {
    operation: 'snap-access-token',
    service: SERVICE.accessToken,
    summary: 'B2B access token',
  },
  '/transfer-va/inquiry': { operation: 'snap-inquiry', service: SERVICE.inquiry, summary: 'VA inquiry' },
  '/transfer-va/payment': { operation: 'snap-payment', service: SERVICE.payment, summary: 'VA payment' },
  '/transfer-va/status': { operation: 'snap-status', service: SERVICE.status, summary: 'VA inquiry status' },
} as const;
type SnapPath = keyof typeof ROUTES;

// Field lengths and forms as SNAP's VA services define them.
const requestId = z.string().min(1).max(128);
const amount = z.object({ value: z.string().regex(SNAP_AMOUNT_VALUE), currency: z.literal('IDR') });
const va = {
  partnerServiceId: z.string().length(8).regex(PARTNER_SERVICE_ID),
  customerNo: z.string().regex(CUSTOMER_NO),
  virtualAccountNo: z.string().min(1).max(28),
};
const BODIES = {
  token: z.object({ grantType: z.literal('client_credentials') }),
  inquiry: z.object({ ...va, inquiryRequestId: requestId }),
  payment: z.object({
    ...va,
    paymentRequestId: requestId,
    paidAmount: amount,
    totalAmount: amount.optional(),
    trxDateTime: z.string().regex(ISO_INSTANT).optional(),
    referenceNo: z.string().max(64).optional(),
    flagAdvise: z.enum(['Y', 'N']).optional(),
  }),
  status: z.object({ ...va, inquiryRequestId: requestId.optional(), paymentRequestId: requestId.optional() }),
};

/** SNAP's transaction headers (B2B), all mandatory. */
const TRANSACTION_HEADERS = [
  'Authorization',
  'X-TIMESTAMP',
  'X-SIGNATURE',
  'X-PARTNER-ID',
  'X-EXTERNAL-ID',
  'CHANNEL-ID',
] as const;

/** The response code of a payment request whose payment was reversed since. */
const CANCELLED = snapAnswer(SERVICE.payment, 'transactionCancelled').body.responseCode;

/** A SNAP paymentRequestId is stored as the payment's bank reference behind this prefix (migration 0008). */
const bankReferenceOf = (paymentRequestId: string) => `snap:${paymentRequestId}`;

type Refusal = { ok: false; refusal: BankAnswer };

/**
 * SNAP BI virtual accounts (issue 4; domain notes §4.5), for banks that speak Bank Indonesia's standard unchanged:
 * B2B access token (service 73), VA inquiry (24), payment (25) and inquiry status (26). Authentication, the request
 * log and X-EXTERNAL-ID's once-a-day rule are the H2H API's (`bank-exchange.ts`); inquiries go through
 * `inquireBill` and payments through the one posting path, `postPayment`, so a bill paid over SNAP and H2H at the
 * same moment is still paid once.
 */
export function snapRoutes(app: FastifyInstance, ctx: AppContext, gate: BankGate): void {
  app.register(
    async (scope) => {
      keepRawJsonBody(scope, ctx.config.h2hBodyLimitBytes);
      scope.setErrorHandler(async (err, request, reply) => {
        const { operation, service } = ROUTES[pathOf(request).slice(SNAP_PREFIX.length) as SnapPath];
        const e = err as { code?: string; statusCode?: number };
        const clientError = e.statusCode !== undefined && e.statusCode < 500;
        if (!clientError) request.log.error({ err }, 'snap request failed');
        const result = clientError
          ? snapAnswer(
              service,
              'badRequest',
              e.code === 'FST_ERR_CTP_BODY_TOO_LARGE' ? 'body too large' : e.code,
            )
          : snapAnswer(service, 'generalError');
        const ex = startExchange(request, '', operation, ctx.clock.now());
        // A body the parser refused (too large, a type other than JSON) was never authenticated: it is
        // sampled like any unauthenticated refusal.
        const unread = e.code?.startsWith('FST_ERR_CTP_') === true;
        const log = unread ? loggedRefusal(ctx.db, gate, ex, result) : logged(ctx.db, ex, result);
        return respond(reply, await log, null);
      });

      for (const path of Object.keys(ROUTES) as SnapPath[]) {
        const { service, summary } = ROUTES[path];
        const schema = { tags: ['snap'], summary: `SNAP BI ${summary} (service ${service})` };
        const config = { swaggerTransform: snapContract(path, BODIES) };
        scope.post(path, { schema, config }, (request, reply) =>
          path === '/access-token/b2b' ? accessToken(request, reply) : transaction(request, reply, path),
        );
      }
    },
    { prefix: SNAP_PREFIX },
  );

  /** B2B access token: the partner signs `X-CLIENT-KEY|X-TIMESTAMP` with its private key (SHA256withRSA). */
  async function accessToken(request: FastifyRequest, reply: FastifyReply) {
    const service = SERVICE.accessToken;
    const ex = startExchange(request, rawOf(request), ROUTES['/access-token/b2b'].operation, ctx.clock.now());
    const refuse = async (kase: SnapCase, detail?: string) =>
      respond(reply, await logRefusal(ex, snapAnswer(service, kase, detail)), ex.partner?.timeZone ?? null);
    if (!gate.admits(request.ip)) return refuse('tooManyRequests');
    const header = headerOf(request);
    for (const name of ['X-TIMESTAMP', 'X-CLIENT-KEY', 'X-SIGNATURE'])
      if (!header(name)) return refuse('invalidMandatoryField', name);
    const timestamp = header('X-TIMESTAMP');
    if (!ISO_INSTANT.test(timestamp)) return refuse('invalidFieldFormat', 'X-TIMESTAMP');
    const partner = await gate.partner(header('X-CLIENT-KEY'));
    if (!partner?.active || !partner.snapPublicKey) return refuse('unauthorized', 'Unknown client');
    if (!timestampIsFresh(timestamp, ex.receivedAt))
      return refuse('unauthorized', 'X-TIMESTAMP is not within 5 minutes');
    if (!tokenSignatureValid(partner.snapPublicKey, partner.partnerId, timestamp, header('X-SIGNATURE')))
      return refuse('unauthorized', 'Signature');
    ex.partner = partner;
    if (!gate.withinRate(partner)) return refuse('tooManyRequests');
    const body = parseBody(ex.raw, BODIES.token, service);
    if (!body.ok) return respond(reply, await logged(ctx.db, ex, body.refusal), partner.timeZone);

    const token = await issueAccessToken(ctx.db, ex.receivedAt, partner);
    const issued = (accessToken: string) =>
      snapAnswer(service, 'successful', undefined, {
        accessToken,
        tokenType: 'Bearer',
        expiresIn: String(ACCESS_TOKEN_SECONDS),
      });
    // The log keeps the answer without the token: the request log must not be a store of live credentials.
    await logged(ctx.db, ex, issued('[not logged]'));
    reply.header('X-CLIENT-KEY', partner.partnerId);
    return respond(reply, issued(token), partner.timeZone);
  }

  /** A VA transaction: token, fresh timestamp and HMAC signature are checked before the body is read. */
  async function transaction(request: FastifyRequest, reply: FastifyReply, path: SnapPath) {
    const { operation, service } = ROUTES[path];
    const ex = startExchange(request, rawOf(request), operation, ctx.clock.now());
    const refuse = async (kase: SnapCase, detail?: string) =>
      respond(reply, await logRefusal(ex, snapAnswer(service, kase, detail)), ex.partner?.timeZone ?? null);
    if (!gate.admits(request.ip)) return refuse('tooManyRequests');
    const header = headerOf(request);
    for (const name of TRANSACTION_HEADERS) if (!header(name)) return refuse('invalidMandatoryField', name);
    const timestamp = header('X-TIMESTAMP');
    const externalId = header('X-EXTERNAL-ID');
    if (!ISO_INSTANT.test(timestamp)) return refuse('invalidFieldFormat', 'X-TIMESTAMP');
    // SNAP: X-EXTERNAL-ID is a numeric string of up to 36; CHANNEL-ID up to 5.
    if (!/^\d{1,36}$/.test(externalId)) return refuse('invalidFieldFormat', 'X-EXTERNAL-ID');
    if (header('CHANNEL-ID').length > 5) return refuse('invalidFieldFormat', 'CHANNEL-ID');

    const accessToken = /^Bearer (\S+)$/i.exec(header('Authorization'))?.[1] ?? '';
    const holder = accessToken ? await tokenHolder(ctx.db, accessToken, ex.receivedAt) : null;
    if (!holder || holder !== header('X-PARTNER-ID')) return refuse('invalidToken');
    const partner = await gate.partner(holder);
    if (!partner?.active) return refuse('unauthorized', 'Unknown partner');
    if (!timestampIsFresh(timestamp, ex.receivedAt))
      return refuse('unauthorized', 'X-TIMESTAMP is not within 5 minutes');
    const expected = signTransaction(
      partner.secret,
      request.method,
      pathOf(request),
      accessToken,
      ex.raw,
      timestamp,
    );
    if (!signatureMatches(expected, header('X-SIGNATURE'))) return refuse('unauthorized', 'Signature');
    ex.partner = partner;
    if (!gate.withinRate(partner)) return refuse('tooManyRequests');
    identify(ex, externalId, minifyJson(ex.raw));

    const answer =
      path === '/transfer-va/inquiry'
        ? await parsed(ex, BODIES.inquiry, service, inquiry)
        : path === '/transfer-va/payment'
          ? await parsed(ex, BODIES.payment, service, payment)
          : await parsed(ex, BODIES.status, service, status);
    return respond(reply, answer, partner.timeZone);
  }

  async function parsed<T extends VaKey>(
    ex: BankExchange,
    schema: z.ZodType<T>,
    service: SnapService,
    run: (ex: BankExchange, body: T, billingCode: string) => Promise<BankAnswer>,
  ): Promise<BankAnswer> {
    const body = parseBody(ex.raw, schema, service);
    if (!body.ok) return logged(ctx.db, ex, body.refusal);
    const account = billingCodeOf(ex.partner as Partner, body.data, service);
    if (!account.ok) return logged(ctx.db, ex, account.refusal);
    return run(ex, body.data, account.billingCode);
  }

  async function inquiry(ex: BankExchange, body: z.infer<typeof BODIES.inquiry>, billingCode: string) {
    const partner = ex.partner as Partner;
    const outcome = await inquireBill(ctx.db, ex.receivedAt, partner, billingCode);
    const result =
      outcome.kind === 'found'
        ? inquiryAnswer(body, body.inquiryRequestId, outcome.inquiry)
        : snapAnswer(SERVICE.inquiry, outcome.kind === 'already_paid' ? 'paidBill' : 'invalidBill');
    try {
      await ctx.db.transaction(async (tx) => {
        if (outcome.kind === 'found')
          await recordInquiry(tx, ex.receivedAt, partner, {
            inquiryRequestId: body.inquiryRequestId,
            virtualAccountNo: body.virtualAccountNo,
            total: outcome.inquiry.due.total,
          });
        await claimIn(tx, ex, result);
      });
    } catch (err) {
      if (err instanceof ExternalIdUsed) return repeated(ctx.db, ex, conflict(ex, SERVICE.inquiry));
      throw err;
    }
    return result;
  }

  async function payment(ex: BankExchange, body: z.infer<typeof BODIES.payment>, billingCode: string) {
    const partner = ex.partner as Partner;
    const refuse = (kase: SnapCase, detail: string) =>
      logged(ctx.db, ex, snapAnswer(SERVICE.payment, kase, detail));
    const paid = parseSnapAmount(body.paidAmount.value);
    if (!paid.ok)
      return paid.reason === 'fraction'
        ? refuse('invalidAmount', 'regional tax is paid in whole rupiah')
        : refuse('invalidFieldFormat', 'paidAmount.value');
    if (body.totalAmount && body.totalAmount.value !== body.paidAmount.value)
      return refuse('invalidAmount', 'paidAmount differs from totalAmount');
    const paidAt = body.trxDateTime ? new Date(body.trxDateTime) : ex.receivedAt;
    if (!paidAtWithinWindow(ex.receivedAt, paidAt)) return refuse('invalidFieldFormat', 'trxDateTime');
    const inquired = await inquiryOf(ctx.db, partner, body.paymentRequestId);
    if (inquired && inquired.virtualAccountNo !== body.virtualAccountNo)
      return refuse('invalidFieldFormat', 'paymentRequestId');

    const bankReference = bankReferenceOf(body.paymentRequestId);
    const report = { billingCode, amount: paid.rupiah, bankReference, paidAt };
    let result: BankAnswer | null = null;
    let instead: BankAnswer | undefined;
    try {
      await postPayment(ctx.db, ex.receivedAt, partner, report, async (tx, outcome) => {
        result = await paymentResult(tx, partner, body, report, outcome);
        // The stored first answer under this X-EXTERNAL-ID was a success: once reversed, a retry is told so.
        if (result.body.responseCode === CANCELLED) instead = result;
        await claimIn(tx, ex, result);
      });
    } catch (err) {
      if (err instanceof ExternalIdUsed) return repeated(ctx.db, ex, conflict(ex, SERVICE.payment), instead);
      throw err;
    }
    return result as unknown as BankAnswer;
  }

  async function paymentResult(
    tx: Sql,
    partner: Partner,
    body: z.infer<typeof BODIES.payment>,
    report: { billingCode: string; amount: number; bankReference: string },
    outcome: PaymentOutcome,
  ): Promise<BankAnswer> {
    const success = async (payment: Parameters<typeof paymentAnswer>[3]) =>
      paymentAnswer(
        body,
        body,
        await taxpayerNameOf(tx, partner.regionId, payment.billId),
        payment,
        partner.timeZone,
      );
    const reversed = (payment: PostedPayment, billOpen: boolean) =>
      reversedPaymentAnswer(body, body.paymentRequestId, payment, billOpen, partner.timeZone);
    switch (outcome.kind) {
      case 'posted':
      case 'replayed':
        return success(outcome.payment);
      case 'reversed':
        return reversed(outcome.payment, outcome.billOpen);
      case 'reference_conflict': {
        // SNAP makes trxDateTime optional, and without it a retry is paid "now" again: the same VA and amount
        // under the same paymentRequestId is then the same payment, and gets its first answer (or, reversed since,
        // is told so).
        const earlier = await paymentByReference(tx, partner.partnerId, report.bankReference);
        if (
          earlier &&
          !body.trxDateTime &&
          earlier.billingCode === report.billingCode &&
          earlier.amount === report.amount
        )
          return earlier.reversed
            ? reversed(earlier, await billIsOpen(tx, partner.regionId, earlier.billId))
            : success(earlier);
        return snapAnswer(SERVICE.payment, 'inconsistentRequest', 'paymentRequestId was already paid');
      }
      case 'bill_not_found':
        return snapAnswer(SERVICE.payment, 'invalidBill');
      case 'already_paid':
        return snapAnswer(SERVICE.payment, 'paidBill');
      case 'amount_differs':
        return snapAnswer(SERVICE.payment, 'invalidAmount');
    }
  }

  async function status(ex: BankExchange, body: z.infer<typeof BODIES.status>, billingCode: string) {
    const partner = ex.partner as Partner;
    // When a payment follows an inquiry the two ids are equal (SNAP), so either finds the payment.
    const requestId = body.paymentRequestId ?? body.inquiryRequestId;
    if (!requestId)
      return logged(ctx.db, ex, snapAnswer(SERVICE.status, 'invalidMandatoryField', 'paymentRequestId'));
    const found = await paymentByReference(ctx.db, partner.partnerId, bankReferenceOf(requestId));
    const ours = found && found.billingCode === billingCode ? found : null;
    const result = ours
      ? statusAnswer(
          body,
          { inquiryRequestId: body.inquiryRequestId ?? requestId, paymentRequestId: requestId },
          ours,
          partner.timeZone,
        )
      : snapAnswer(SERVICE.status, 'transactionNotFound');
    // A status asked again under its X-EXTERNAL-ID after a reversal is not answered "paid" from the log.
    return claimed(ctx.db, ex, result, conflict(ex, SERVICE.status), ours?.reversed ? result : undefined);
  }

  /**
   * A refusal is logged in full once the partner is authenticated (its rate limit); before, it is throttled and
   * sampled per client address like every unauthenticated refusal (`loggedRefusal`).
   */
  function logRefusal(ex: BankExchange, result: BankAnswer): Promise<BankAnswer> {
    return ex.partner ? logged(ctx.db, ex, result) : loggedRefusal(ctx.db, gate, ex, result);
  }

  /** SNAP answers carry X-TIMESTAMP; in the partner's region's local time once the partner is known. */
  function respond(reply: FastifyReply, result: BankAnswer, timeZone: TimeZone | null) {
    return reply
      .code(result.http)
      .header('X-TIMESTAMP', localTimestamp(ctx.clock.now(), timeZone ?? 'Asia/Jakarta'))
      .type('application/json')
      .send(result.body);
  }
}

/** The VA must be this partner's (its partnerServiceId) and spelled as SNAP composes it; its customerNo is the kode bayar. */
function billingCodeOf(
  partner: Partner,
  body: VaKey,
  service: SnapService,
): { ok: true; billingCode: string } | Refusal {
  if (body.virtualAccountNo !== `${body.partnerServiceId}${body.customerNo}`)
    return { ok: false, refusal: snapAnswer(service, 'invalidFieldFormat', 'virtualAccountNo') };
  if (body.partnerServiceId !== partner.vaPrefix)
    return { ok: false, refusal: snapAnswer(service, 'invalidBill', 'partnerServiceId') };
  return { ok: true, billingCode: body.customerNo };
}

/** A missing field is SNAP's "Invalid Mandatory Field", a present but wrong one "Invalid Field Format". */
function parseBody<T>(
  raw: string,
  schema: z.ZodType<T>,
  service: SnapService,
): { ok: true; data: T } | Refusal {
  const parsed = parseBankBody(raw, schema);
  if (parsed.ok) return parsed;
  const r = parsed.refusal;
  if (r.reason === 'not_json')
    return { ok: false, refusal: snapAnswer(service, 'badRequest', 'body is not JSON') };
  const kase = r.missing ? 'invalidMandatoryField' : 'invalidFieldFormat';
  return { ok: false, refusal: snapAnswer(service, kase, r.path || 'body') };
}

function conflict(ex: BankExchange, service: SnapService): BankAnswer {
  return snapAnswer(service, 'conflict', 'Cannot use same X-EXTERNAL-ID in same day', {
    externalId: ex.externalId,
  });
}

function rawOf(request: FastifyRequest): string {
  return typeof request.body === 'string' ? request.body : '';
}

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? request.url;
}

function headerOf(request: FastifyRequest): (name: string) => string {
  return (name) => {
    const v = request.headers[name.toLowerCase()];
    return typeof v === 'string' ? v : '';
  };
}

/** Whether a bill can be paid now, which the retry of a reversed payment tells the bank. */
async function billIsOpen(db: Sql, regionId: string, billId: number): Promise<boolean> {
  return (await billSummaries(db, regionId, [billId])).get(billId)?.status === 'open';
}

/** SNAP's payment answer names the account holder: the bill's debtor (for a tax bill, its taxpayer). */
async function taxpayerNameOf(db: Sql, regionId: string, billId: number): Promise<string> {
  return (await billSummaries(db, regionId, [billId])).get(billId)?.debtorName ?? '';
}
