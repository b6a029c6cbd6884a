import type { SwaggerTransform } from '@fastify/swagger';
import { z } from 'zod';
import { documentedBy } from '../../http/openapi';
import { ISO_INSTANT } from '../bank-api/signature';
import { CASES, SERVICE, type SnapCase, type SnapService } from './response-codes';
import { SNAP_AMOUNT_VALUE } from './snap-amount';

/**
 * The SNAP BI services' contract as /openapi.json shows it to a bank: headers, body, and for each HTTP status the
 * responseCodes it carries (HTTP status + service + case), drawn from the case table (`CASES`), so a case added
 * there is documented without touching this file. Documentation only: the handlers read the raw body themselves
 * (the signature covers it) and answer a bad one in SNAP's codes, never with Fastify's validation error.
 */

export type SnapPath =
  | '/access-token/b2b'
  | '/transfer-va/inquiry'
  | '/transfer-va/payment'
  | '/transfer-va/status';

type BodyName = 'token' | 'inquiry' | 'payment' | 'status';

const OPERATIONS: Record<
  SnapPath,
  {
    operationId: string;
    body: BodyName;
    service: SnapService;
    never: readonly SnapCase[];
    description: string;
  }
> = {
  '/access-token/b2b': {
    operationId: 'snapAccessTokenB2b',
    body: 'token',
    service: SERVICE.accessToken,
    never: [
      'invalidToken',
      'transactionNotFound',
      'invalidBill',
      'invalidAmount',
      'paidBill',
      'inconsistentRequest',
      'conflict',
    ],
    description: 'A B2B access token for the VA services, valid for `expiresIn` seconds.',
  },
  '/transfer-va/inquiry': {
    operationId: 'snapTransferVaInquiry',
    body: 'inquiry',
    service: SERVICE.inquiry,
    never: ['transactionNotFound', 'invalidAmount', 'inconsistentRequest'],
    description:
      'A closed-amount VA (`virtualAccountTrxType` C): the bill’s total due now, with principal and interest as ' +
      '`billDetails`. The VA number is the bank’s `partnerServiceId` followed by the kode bayar as `customerNo`.',
  },
  '/transfer-va/payment': {
    operationId: 'snapTransferVaPayment',
    body: 'payment',
    service: SERVICE.payment,
    never: ['transactionNotFound'],
    description:
      'Pays the bill: `paidAmount` must be the amount due, whole rupiah. `paymentRequestId` is the retry key: the ' +
      'same payment again returns the first success with the same NTPD (`virtualAccountData.additionalInfo.ntpd`); ' +
      'other content under an id already paid gets 404xx18.',
  },
  '/transfer-va/status': {
    operationId: 'snapTransferVaStatus',
    body: 'status',
    service: SERVICE.status,
    never: ['invalidAmount', 'paidBill', 'inconsistentRequest'],
    description:
      'What became of a payment, by `paymentRequestId` (or `inquiryRequestId`): paid (00) or reversed (01).',
  },
};

const timestamp = z
  .string()
  .regex(ISO_INSTANT)
  .describe('Now, ISO 8601 with offset (2025-03-11T10:00:00+07:00), within ±5 minutes of Balai’s clock');

const TOKEN_HEADERS = z.object({
  'X-TIMESTAMP': timestamp,
  'X-CLIENT-KEY': z.string().min(1).describe('Your partner id'),
  'X-SIGNATURE': z.string().min(1).describe('See the snapTokenSignature security scheme'),
});

/** Authorization: Bearer is the snapBearer security scheme. */
const TRANSACTION_HEADERS = z.object({
  'X-TIMESTAMP': timestamp,
  'X-PARTNER-ID': z.string().min(1).describe('Your partner id: the holder of the access token'),
  'CHANNEL-ID': z.string().min(1).max(5),
  'X-EXTERNAL-ID': z
    .string()
    .regex(/^\d{1,36}$/)
    .describe(
      'Numeric, once per partner per local day: the same request again gets the stored answer, another one 409xx00',
    ),
  'X-SIGNATURE': z.string().min(1).describe('See the snapSignature security scheme'),
});

const RESPONSE_HEADERS = {
  'X-TIMESTAMP': {
    type: 'string',
    description:
      'When Balai answered, in the partner’s region’s local time (WIB before the partner is known)',
  },
};

const amount = z.object({ value: z.string().regex(SNAP_AMOUNT_VALUE), currency: z.literal('IDR') });
const bilingual = z.object({ english: z.string(), indonesia: z.string() });
const va = {
  partnerServiceId: z.string(),
  customerNo: z.string().describe('The kode bayar'),
  virtualAccountNo: z.string(),
};
const settlement = z.object({
  ntpd: z.string().describe('Balai’s transaction number (NTPD)'),
  billingCode: z.string(),
});

/** The fields of a success, besides responseCode and responseMessage, per service. */
const SUCCESS: Record<SnapPath, z.ZodRawShape> = {
  '/access-token/b2b': {
    accessToken: z.string(),
    tokenType: z.literal('Bearer'),
    expiresIn: z.string().describe('Seconds, as a string: "900"'),
  },
  '/transfer-va/inquiry': {
    virtualAccountData: z.object({
      inquiryStatus: z.literal('00'),
      inquiryReason: bilingual,
      ...va,
      virtualAccountName: z.string().describe('The taxpayer'),
      inquiryRequestId: z.string(),
      totalAmount: amount,
      billDetails: z.array(
        z.object({
          billCode: z.enum(['01', '02']).describe('01 principal, 02 interest'),
          billNo: z.string(),
          billName: z.string(),
          billDescription: bilingual,
          billAmount: amount,
        }),
      ),
      virtualAccountTrxType: z.literal('C'),
      additionalInfo: z.object({
        taxType: z.string(),
        dueDate: z.string(),
        validUntil: z.string().describe('The last day totalAmount holds'),
      }),
    }),
  },
  '/transfer-va/payment': {
    virtualAccountData: z.object({
      paymentFlagStatus: z.literal('00'),
      paymentFlagReason: bilingual,
      ...va,
      virtualAccountName: z.string(),
      paymentRequestId: z.string(),
      paidAmount: amount,
      totalAmount: amount,
      trxDateTime: z.string(),
      referenceNo: z.string().optional(),
      flagAdvise: z.enum(['Y', 'N']).optional(),
      additionalInfo: settlement,
    }),
  },
  '/transfer-va/status': {
    virtualAccountData: z.object({
      paymentFlagStatus: z.enum(['00', '01']).describe('00 paid, 01 reversed'),
      paymentFlagReason: bilingual,
      ...va,
      inquiryRequestId: z.string(),
      paymentRequestId: z.string(),
      paidAmount: amount,
      totalAmount: amount,
      transactionDate: z.string(),
      additionalInfo: settlement,
    }),
  },
};

const responseMessage = z.string().describe('The standard’s message, maybe followed by a detail');

function responses(path: SnapPath) {
  const { service, never } = OPERATIONS[path];
  const byStatus = new Map<number, { code: string; message: string }[]>();
  for (const kase of Object.keys(CASES) as SnapCase[]) {
    if (never.includes(kase)) continue;
    const [http, code, message] = CASES[kase];
    byStatus.set(http, [...(byStatus.get(http) ?? []), { code: `${http}${service}${code}`, message }]);
  }
  const successCode = `200${service}${CASES.successful[1]}`;
  const success = z.looseObject({ responseCode: z.literal(successCode), responseMessage, ...SUCCESS[path] });
  return Object.fromEntries(
    [...byStatus].map(([status, cases]) => {
      const codes = cases.map((c) => c.code).filter((c) => c !== successCode) as [string, ...string[]];
      const refusal = z.looseObject({
        responseCode: z.enum(codes),
        responseMessage,
        externalId: z.string().optional().describe('409xx00: the X-EXTERNAL-ID already used today'),
      });
      const hasSuccess = cases.length > codes.length;
      const schema = !hasSuccess ? refusal : codes.length > 0 ? z.union([success, refusal]) : success;
      const headers =
        hasSuccess && path === '/access-token/b2b'
          ? {
              ...RESPONSE_HEADERS,
              'X-CLIENT-KEY': { type: 'string', description: 'On success: your partner id' },
            }
          : RESPONSE_HEADERS;
      return [
        status,
        {
          description: cases.map((c) => `${c.code}: ${c.message}`).join('; '),
          headers,
          content: { 'application/json': { schema } },
        },
      ];
    }),
  );
}

/** The documentation of one SNAP route; its body is the schema (of `bodies`) its handler parses the raw body with. */
export function snapContract(path: SnapPath, bodies: Record<BodyName, z.ZodType>): SwaggerTransform {
  const token = path === '/access-token/b2b';
  return documentedBy({
    operationId: OPERATIONS[path].operationId,
    description: OPERATIONS[path].description,
    security: token
      ? [{ snapClientKey: [], snapTokenSignature: [] }]
      : [{ snapBearer: [], snapSignature: [] }],
    headers: token ? TOKEN_HEADERS : TRANSACTION_HEADERS,
    body: bodies[OPERATIONS[path].body],
    response: responses(path),
  });
}
