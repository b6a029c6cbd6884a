import type { BankAnswer } from '../bank-api/bank-exchange';

/** The SNAP BI services Balai provides; the code is the middle two digits of each of their response codes. */
export const SERVICE = { accessToken: '73', inquiry: '24', payment: '25', status: '26' } as const;
export type SnapService = (typeof SERVICE)[keyof typeof SERVICE];

/**
 * SNAP BI's response cases (SNAP "Daftar Response Code"; domain notes §4.5) that Balai answers, with the
 * standard's messages. A responseCode is the HTTP status (3) + service code (2) + case (2), e.g. 4042514.
 * For a VA payment, 404xx18 "Inconsistent Request" tells the bank its paymentRequestId was already paid: the
 * standard has the bank treat it as a success.
 *
 * A payment request whose payment was reversed since gets 404xx04 "Transaction Cancelled". The domain notes' subset
 * has no case for it, and none of its cases fits: 404xx18 and 409xx01 "Duplicate partnerReferenceNo" both mean an
 * earlier success, 404xx14 "Paid Bill" says the bill is paid while it is open again, and 404xx12 that the bill is
 * blocked or unknown. Of the standard's full list (the SNAP developer site's "Response Code" table), "Transaction
 * Cancelled" is the business case that names the transaction as undone, and a bank books no payment on it.
 */
export const CASES = {
  successful: [200, '00', 'Successful'],
  badRequest: [400, '00', 'Bad Request'],
  invalidFieldFormat: [400, '01', 'Invalid Field Format'],
  invalidMandatoryField: [400, '02', 'Invalid Mandatory Field'],
  unauthorized: [401, '00', 'Unauthorized.'],
  invalidToken: [401, '01', 'Invalid Token (B2B)'],
  transactionNotFound: [404, '01', 'Transaction Not Found'],
  transactionCancelled: [404, '04', 'Transaction Cancelled'],
  invalidBill: [404, '12', 'Invalid Bill/Virtual Account'],
  invalidAmount: [404, '13', 'Invalid Amount'],
  paidBill: [404, '14', 'Paid Bill'],
  inconsistentRequest: [404, '18', 'Inconsistent Request'],
  conflict: [409, '00', 'Conflict'],
  tooManyRequests: [429, '00', 'Too Many Requests'],
  generalError: [500, '00', 'General Error'],
} as const;

export type SnapCase = keyof typeof CASES;

export function snapAnswer(
  service: SnapService,
  kase: SnapCase,
  detail?: string,
  fields: Record<string, unknown> = {},
): BankAnswer {
  const [http, code, message] = CASES[kase];
  return {
    http,
    body: {
      responseCode: `${http}${service}${code}`,
      responseMessage: detail ? `${message} ${detail}` : message,
      ...fields,
    },
  };
}
