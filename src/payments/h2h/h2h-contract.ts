import type { SwaggerTransform } from '@fastify/swagger';
import { z } from 'zod';
import { documentedBy } from '../../http/openapi';
import { ISO_INSTANT } from '../bank-api/signature';
import { RESPONSE, type ResponseCode } from './response-codes';

/**
 * The H2H API's contract as /openapi.json shows it to a bank: headers, body, and for each HTTP status the response
 * codes it carries, drawn from the code table (`RESPONSE`), so a code added there is documented without touching
 * this file. Documentation only: the handlers read the raw body themselves (the signature covers its bytes) and
 * answer a bad one with code 30, never with Fastify's validation error.
 */

export type H2hOperation = 'inquiry' | 'payment' | 'reversal' | 'status' | 'qris/notify' | 'sandbox/bills';

/** Codes an operation can never answer; every other code of the table is documented for it, a new one too. */
const NEVER: Record<H2hOperation, readonly ResponseCode[]> = {
  inquiry: ['12', '14', '34', '36', '41'],
  payment: ['12', '34', '36'],
  'qris/notify': ['12', '34', '36'],
  reversal: ['10', '13', '14', '41'],
  status: ['10', '12', '13', '14', '36', '41'],
  'sandbox/bills': ['10', '12', '13', '14', '34', '36', '41'],
};

/** A body over the bank API's limit is answered 30 with HTTP 413 (the H2H routes' error handler), not 400. */
const BODY_TOO_LARGE = { status: 413, code: '30' } as const;

const OPERATION_IDS: Record<H2hOperation, string> = {
  inquiry: 'h2hInquiry',
  payment: 'h2hPayment',
  reversal: 'h2hReversal',
  status: 'h2hStatus',
  'qris/notify': 'h2hQrisNotify',
  'sandbox/bills': 'h2hSandboxBills',
};

const DESCRIPTIONS: Record<H2hOperation, string> = {
  inquiry:
    'The amount due on a bill now (principal, interest, total) and the day that total holds until. ' +
    'Codes 10 (no such bill, also another region’s) and 13 (already paid).',
  payment:
    'Posts a payment of exactly the inquiry’s `total`, once however often it is retried: the same request again ' +
    '(same `bankReference` and fields) answers the first answer with the same `ntpd`. `paidAt` is when the customer ' +
    'paid, within the last 24 hours.',
  reversal:
    'Reverses your own payment within the region’s reversal window (default: the payment’s own local day); the bill ' +
    'reopens. Code 12 once the window has closed, 34 for no such payment of yours, 36 if already reversed.',
  status: 'What became of a payment of yours, by its `bankReference`: `paid` or `reversed`.',
  'qris/notify':
    'The QRIS acquirer’s notification of a payment: the billing code it read from the QR (tag 62/01) and its RRN, ' +
    'posted like a bank payment.',
  'sandbox/bills':
    'Demo mode only: the sandbox region’s open bills with their totals, for a test bank (partner BANK-SANDBOX), ' +
    'signed over an empty body.',
};

const rupiah = z.number().int().min(0).describe('Whole rupiah');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.string().regex(ISO_INSTANT).describe('ISO 8601 with offset');
const responseMessage = z
  .string()
  .describe(
    'The code’s meaning in the caller’s language (Accept-Language: en for English), maybe ": " and a detail',
  );

const headers = z.object({
  'X-PARTNER-ID': z.string().min(1).max(64).describe('Your partner id'),
  'X-TIMESTAMP': z
    .string()
    .regex(ISO_INSTANT)
    .describe('Now, ISO 8601 with offset (2025-03-11T10:00:00+07:00), within ±5 minutes of Balai’s clock'),
  'X-EXTERNAL-ID': z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,36}$/)
    .describe(
      'Your id for this request, unique per partner per local day: the same request again under it gets the first ' +
        'answer, another request code 42',
    ),
  'X-SIGNATURE': z.string().min(1).describe('See the h2hSignature security scheme'),
  'Accept-Language': z
    .string()
    .optional()
    .describe('`en` for English response messages (default Indonesian)'),
});

const paid = {
  ntpd: z.string().describe('Balai’s transaction number (NTPD)'),
  billingCode: z.string(),
  amount: rupiah,
};

/** The fields of a 00 answer, per operation. */
const SUCCESS: Record<H2hOperation, z.ZodRawShape> = {
  inquiry: {
    billingCode: z.string(),
    taxpayerName: z.string(),
    taxType: z.string(),
    principal: rupiah,
    penalty: rupiah.describe('Interest as of now'),
    total: rupiah.describe('What a payment must be'),
    dueDate: day,
    validUntil: day.describe('The last day `total` holds'),
  },
  payment: { ...paid, paidAt: instant },
  'qris/notify': { ...paid, paidAt: instant },
  reversal: {},
  status: { ...paid, paidAt: instant, status: z.enum(['paid', 'reversed']) },
  'sandbox/bills': { bills: z.array(z.object({ billingCode: z.string(), total: rupiah })) },
};

/** Any answer but 00: the code, its message and what the refusal names. */
function refusal(codes: [string, ...string[]]) {
  return z.looseObject({
    responseCode: z.enum(codes),
    responseMessage,
    billingCode: z.string().optional().describe('10, 13, 14: the billing code asked about'),
    total: rupiah.optional().describe('14: the amount due'),
    bankReference: z.string().optional().describe('34 (status), 41: the bankReference'),
    externalId: z.string().optional().describe('42: the X-EXTERNAL-ID already used today'),
    lastDay: day.optional().describe('12: the last day a reversal was allowed'),
  });
}

function responses(op: H2hOperation, readsBody: boolean) {
  const byStatus = new Map<number, string[]>();
  const add = (status: number, code: string) => byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  // Sorted: '00' is not an integer-like key, so the table lists it last.
  for (const code of (Object.keys(RESPONSE) as ResponseCode[]).sort()) {
    if (!NEVER[op].includes(code)) add(RESPONSE[code].http, code);
  }
  if (readsBody) add(BODY_TOO_LARGE.status, BODY_TOO_LARGE.code);
  const success = z.looseObject({ responseCode: z.literal('00'), responseMessage, ...SUCCESS[op] });
  return Object.fromEntries(
    [...byStatus].map(([status, codes]) => {
      const others = codes.filter((c) => c !== '00');
      const schema = !codes.includes('00')
        ? refusal(codes as [string, ...string[]])
        : others.length > 0
          ? z.union([success, refusal(others as [string, ...string[]])])
          : success;
      const description = codes
        .map((c) => `${c}: ${RESPONSE[c as ResponseCode]?.en ?? 'Malformed request'}`)
        .join('; ');
      return [status, { description, content: { 'application/json': { schema } } }];
    }),
  );
}

/** The documentation of one H2H route: its body is the schema its handler parses the raw body with. */
export function h2hContract(op: H2hOperation, body?: z.ZodType): SwaggerTransform {
  return documentedBy({
    operationId: OPERATION_IDS[op],
    description: DESCRIPTIONS[op],
    security: [{ h2hPartnerId: [], h2hSignature: [] }],
    headers,
    ...(body ? { body } : {}),
    response: responses(op, body !== undefined),
  });
}
