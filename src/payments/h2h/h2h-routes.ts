import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Sql } from '../../db/database';
import type { AppContext } from '../../http/context';
import { localDate } from '../../platform/clock';
import { type Lang, languageOf } from '../../platform/problem';
import { parseBankBody } from '../bank-api/bank-body';
import {
  type BankExchange,
  claimed as claimAnswer,
  claimIn,
  identify,
  keepRawJsonBody,
  logged as logAnswer,
  logEntryOf,
  loggedRefusal,
  repeated as repeatAnswer,
  startExchange,
} from '../bank-api/bank-exchange';
import type { BankGate } from '../bank-api/bank-gate';
import { ExternalIdUsed } from '../bank-api/bank-request-log';
import { paidAtWithinWindow } from '../bank-api/paid-at-window';
import { ISO_INSTANT, signatureMatches, signRequest, timestampIsFresh } from '../bank-api/signature';
import { inquireBill } from '../inquire-bill';
import { settleIntents } from '../intents';
import type { Partner } from '../partner';
import { type PaymentOutcome, type PaymentReport, postPayment } from '../post-payment';
import { reversePayment } from '../reverse-payment';
import { openBillsForSandbox, SANDBOX_PARTNER_ID } from '../sandbox';
import { paymentByReference } from '../stored-payment';
import { h2hContract } from './h2h-contract';
import { answer, type H2hAnswer } from './response-codes';

export const H2H_PREFIX = '/api/h2h/v1';

const billingCode = z.string().min(1).max(40);
const bankReference = z.string().regex(/^[A-Za-z0-9._/-]{1,64}$/, 'letters, digits and . _ / - (1–64)');
const instant = z
  .string()
  .regex(ISO_INSTANT, 'ISO 8601 with an offset, e.g. 2025-03-11T10:00:00+07:00')
  .transform((s) => new Date(s));
// Whole rupiah as a JSON number: "10000" (a string), -1, 0, 1.5 and 1e30 are all refused.
const rupiah = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

const BODIES = {
  inquiry: z.object({ billingCode }),
  payment: z.object({ billingCode, amount: rupiah, bankReference, paidAt: instant }),
  reversal: z.object({ billingCode, bankReference }),
  status: z.object({ bankReference }),
  // The QRIS acquirer's payment notification: the billing code it read from the QR's tag 62/01, its RRN.
  'qris/notify': z.object({ billingCode, amount: rupiah, rrn: bankReference, paidAt: instant }),
};

/**
 * The bank host-to-host API (issue 4): inquiry, payment, reversal, status, and a sandbox listing in demo mode.
 * Every request is authenticated by partner, fresh timestamp and HMAC signature before its body is read, answered
 * with a response code, and logged with its answer. An X-EXTERNAL-ID is good once per partner per local day: the
 * same request again gets the stored answer, a different one is refused. Payments go through the one posting path
 * shared with SNAP BI and QRIS (`postPayment`).
 */
export function h2hRoutes(app: FastifyInstance, ctx: AppContext, gate: BankGate): void {
  app.register(
    async (scope) => {
      keepRawJsonBody(scope, ctx.config.h2hBodyLimitBytes);
      scope.setErrorHandler(async (err, request, reply) => {
        const e = err as { code?: string; statusCode?: number };
        const tooLarge = e.code === 'FST_ERR_CTP_BODY_TOO_LARGE';
        const malformed = tooLarge || (e.statusCode !== undefined && e.statusCode < 500);
        const result = malformed
          ? answer(
              '30',
              languageOf(request.headers['accept-language']),
              {},
              tooLarge ? 'body too large' : e.code,
            )
          : answer('99', languageOf(request.headers['accept-language']));
        if (!malformed) request.log.error({ err }, 'h2h request failed');
        const ex = startExchange(request, '', operationOf(request.url), ctx.clock.now());
        const sent = { ...result, http: tooLarge ? 413 : result.http };
        // A body the parser refused (too large, a type other than JSON) was never authenticated: it is
        // sampled like any unauthenticated refusal.
        const unread = e.code?.startsWith('FST_ERR_CTP_') === true;
        return respond(reply, await (unread ? refusal(ex, sent) : logged(ex, sent)));
      });

      const route = (
        op: keyof typeof BODIES,
        handler: (ex: BankExchange, body: never) => Promise<H2hAnswer>,
      ) =>
        scope.post(
          `/${op}`,
          {
            schema: { tags: ['h2h'], summary: `H2H ${op}`, hide: false },
            config: { swaggerTransform: h2hContract(op, BODIES[op]) },
          },
          (request, reply) =>
            handle(request, reply, op, async (ex) => {
              const parsed = parseBody<unknown>(ex, BODIES[op]);
              return parsed.ok ? handler(ex, parsed.data as never) : logged(ex, parsed.refusal);
            }),
        );

      route('inquiry', async (ex, body: z.infer<typeof BODIES.inquiry>) => {
        const partner = ex.partner as Partner;
        const lang = languageOf(ex.request.headers['accept-language']);
        const outcome = await inquireBill(ctx.db, ex.receivedAt, partner, body.billingCode);
        const result =
          outcome.kind === 'found'
            ? answer('00', lang, {
                billingCode: outcome.inquiry.billingCode,
                taxpayerName: outcome.inquiry.taxpayerName,
                taxType: outcome.inquiry.taxType,
                principal: outcome.inquiry.due.principal,
                penalty: outcome.inquiry.due.penalty,
                total: outcome.inquiry.due.total,
                dueDate: outcome.inquiry.dueDate,
                validUntil: outcome.inquiry.due.validUntil,
              })
            : answer(outcome.kind === 'already_paid' ? '13' : '10', lang, { billingCode: body.billingCode });
        return claimed(ex, result);
      });

      route('payment', (ex, body: z.infer<typeof BODIES.payment>) => pay(ex, body));

      route('qris/notify', (ex, body: z.infer<(typeof BODIES)['qris/notify']>) =>
        pay(ex, { ...body, bankReference: body.rrn }, (tx) =>
          settleIntents(tx, ex.receivedAt, {
            regionId: (ex.partner as Partner).regionId,
            billingCode: body.billingCode,
            partnerId: (ex.partner as Partner).partnerId,
          }),
        ),
      );

      route('reversal', async (ex, body: z.infer<typeof BODIES.reversal>) => {
        const lang = languageOf(ex.request.headers['accept-language']);
        let result: H2hAnswer | null = null;
        try {
          await reversePayment(ctx.db, ex.receivedAt, ex.partner as Partner, body, async (tx, outcome) => {
            result =
              outcome.kind === 'reversed'
                ? answer('00', lang)
                : outcome.kind === 'already_reversed'
                  ? answer('36', lang)
                  : outcome.kind === 'window_closed'
                    ? answer('12', lang, { lastDay: outcome.lastDay })
                    : answer('34', lang);
            await claimIn(tx, ex, result);
          });
        } catch (err) {
          if (err instanceof ExternalIdUsed) return repeated(ex);
          throw err;
        }
        return result as unknown as H2hAnswer;
      });

      route('status', async (ex, body: z.infer<typeof BODIES.status>) => {
        const lang = languageOf(ex.request.headers['accept-language']);
        const found = await paymentByReference(ctx.db, (ex.partner as Partner).partnerId, body.bankReference);
        const result = found
          ? answer('00', lang, {
              ntpd: found.ntpd,
              billingCode: found.billingCode,
              amount: found.amount,
              paidAt: found.paidAt.toISOString(),
              status: found.reversed ? 'reversed' : 'paid',
            })
          : answer('34', lang, { bankReference: body.bankReference });
        // A status asked again under its X-EXTERNAL-ID after a reversal is not answered "paid" from the log.
        return claimed(ex, result, found?.reversed ? result : undefined);
      });

      if (ctx.config.demo) {
        scope.get(
          '/sandbox/bills',
          {
            schema: {
              tags: ['h2h'],
              summary: 'Sandbox: the open bills a test bank may pay (demo mode only)',
            },
            config: { swaggerTransform: h2hContract('sandbox/bills') },
          },
          (request, reply) =>
            handle(request, reply, 'sandbox', async (ex) => {
              const lang = languageOf(request.headers['accept-language']);
              const partner = ex.partner as Partner;
              if (partner.partnerId !== SANDBOX_PARTNER_ID)
                return logged(ex, answer('40', lang, {}, `sandbox is for ${SANDBOX_PARTNER_ID}`));
              const bills = await openBillsForSandbox(
                ctx.db,
                partner.regionId,
                localDate(ex.receivedAt, partner.timeZone),
              );
              return claimed(ex, answer('00', lang, { bills }));
            }),
        );
      }
    },
    { prefix: H2H_PREFIX },
  );

  /**
   * Authenticates, rate-limits, runs the operation, answers. Every authenticated request writes one log entry; one
   * refused before authentication is throttled and sampled per client address (`loggedRefusal`).
   */
  async function handle(
    request: FastifyRequest,
    reply: FastifyReply,
    operation: string,
    run: (ex: BankExchange) => Promise<H2hAnswer>,
  ) {
    const raw = typeof request.body === 'string' ? request.body : '';
    const ex = startExchange(request, raw, operation, ctx.clock.now());
    const lang = languageOf(request.headers['accept-language']);
    const header = (name: string) => {
      const v = request.headers[name];
      return typeof v === 'string' ? v : '';
    };
    if (!gate.admits(request.ip)) return respond(reply, await refusal(ex, answer('65', lang)));
    const partner = await gate.partner(header('x-partner-id'));
    const timestamp = header('x-timestamp');
    const externalId = header('x-external-id');
    const path = request.url.split('?')[0] ?? request.url;
    const authentic =
      partner?.active === true &&
      timestampIsFresh(timestamp, ex.receivedAt) &&
      /^[A-Za-z0-9._-]{1,36}$/.test(externalId) &&
      signatureMatches(
        signRequest(partner.secret, request.method, path, raw, timestamp),
        header('x-signature'),
      );
    if (!partner || !authentic) return respond(reply, await refusal(ex, answer('40', lang)));

    ex.partner = partner;
    if (!gate.withinRate(partner)) return respond(reply, await logged(ex, answer('65', lang)));
    identify(ex, externalId, raw);
    return respond(reply, await run(ex));
  }

  function parseBody<T>(
    ex: BankExchange,
    schema: z.ZodType<T>,
  ): { ok: true; data: T } | { ok: false; refusal: H2hAnswer } {
    const parsed = parseBankBody(ex.raw, schema);
    if (parsed.ok) return parsed;
    const lang = languageOf(ex.request.headers['accept-language']);
    const r = parsed.refusal;
    const detail = r.reason === 'not_json' ? 'body is not JSON' : `${r.path || 'body'}: ${r.message}`;
    return { ok: false, refusal: answer('30', lang, {}, detail) };
  }

  /**
   * Posts a reported payment through the one posting path; the answer is logged in the posting transaction as the
   * X-EXTERNAL-ID's first use, so a reused id rolls the posting back. `afterPosting` runs in that transaction too.
   */
  async function pay(ex: BankExchange, report: PaymentReport, afterPosting?: (tx: Sql) => Promise<void>) {
    const lang = languageOf(ex.request.headers['accept-language']);
    if (!paidAtWithinWindow(ex.receivedAt, report.paidAt))
      return logged(ex, answer('30', lang, {}, 'paidAt is not within the last 24 hours'));
    let result: H2hAnswer | null = null;
    let instead: H2hAnswer | undefined;
    const answerOf = (outcome: PaymentOutcome) => {
      result = paymentAnswer(outcome, report, lang);
      // The stored first answer under this X-EXTERNAL-ID said 00: once the payment is reversed, a retry gets 43.
      if (outcome.kind === 'reversed') instead = result;
      return result;
    };
    try {
      await postPayment(
        ctx.db,
        ex.receivedAt,
        ex.partner as Partner,
        report,
        afterPosting
          ? async (tx, outcome) => {
              await claimIn(tx, ex, answerOf(outcome));
              if (outcome.kind === 'posted') await afterPosting(tx);
            }
          : // The answer follows from the outcome alone: its log entry is written with the posting.
            { entryFor: (outcome) => logEntryOf(ex, answerOf(outcome)) },
      );
    } catch (err) {
      if (err instanceof ExternalIdUsed) return repeated(ex, instead);
      throw err;
    }
    return result as unknown as H2hAnswer;
  }

  /** An X-EXTERNAL-ID used today for a different request is refused with 42. */
  const conflict = (ex: BankExchange) =>
    answer('42', languageOf(ex.request.headers['accept-language']), { externalId: ex.externalId });

  function logged(ex: BankExchange, result: H2hAnswer): Promise<H2hAnswer> {
    return logAnswer(ctx.db, ex, result);
  }
  function refusal(ex: BankExchange, result: H2hAnswer): Promise<H2hAnswer> {
    return loggedRefusal(ctx.db, gate, ex, result);
  }
  function claimed(ex: BankExchange, result: H2hAnswer, instead?: H2hAnswer): Promise<H2hAnswer> {
    return claimAnswer(ctx.db, ex, result, conflict(ex), instead);
  }
  function repeated(ex: BankExchange, instead?: H2hAnswer): Promise<H2hAnswer> {
    return repeatAnswer(ctx.db, ex, conflict(ex), instead);
  }

  function respond(reply: FastifyReply, result: H2hAnswer) {
    return reply.code(result.http).type('application/json').send(result.body);
  }
}

function operationOf(url: string): string {
  return url.split('?')[0]?.slice(H2H_PREFIX.length + 1) || 'unknown';
}

function paymentAnswer(outcome: PaymentOutcome, report: PaymentReport, lang: Lang): H2hAnswer {
  switch (outcome.kind) {
    case 'posted':
    case 'replayed':
      return answer('00', lang, {
        ntpd: outcome.payment.ntpd,
        billingCode: outcome.payment.billingCode,
        amount: outcome.payment.amount,
        paidAt: outcome.payment.paidAt.toISOString(),
      });
    case 'reversed':
      return answer('43', lang, {
        ntpd: outcome.payment.ntpd,
        billingCode: outcome.payment.billingCode,
        amount: outcome.payment.amount,
        paidAt: outcome.payment.paidAt.toISOString(),
        status: 'reversed',
        billOpen: outcome.billOpen,
      });
    case 'amount_differs':
      return answer('14', lang, { billingCode: report.billingCode, total: outcome.due.total });
    case 'already_paid':
      return answer('13', lang, { billingCode: report.billingCode });
    case 'bill_not_found':
      return answer('10', lang, { billingCode: report.billingCode });
    case 'reference_conflict':
      return answer('41', lang, { bankReference: report.bankReference });
  }
}
