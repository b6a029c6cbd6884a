import { localTimestamp, type TimeZone } from '../../platform/clock';
import type { BankAnswer } from '../bank-api/bank-exchange';
import type { BillInquiry } from '../inquire-bill';
import type { PostedPayment } from '../stored-payment';
import { SERVICE, snapAnswer } from './response-codes';
import { snapAmount } from './snap-amount';

/** The virtual account a request names; SNAP echoes it in every answer. */
export interface VaKey {
  partnerServiceId: string;
  customerNo: string;
  virtualAccountNo: string;
}

const SUCCESS = { english: 'Success', indonesia: 'Sukses' };
const REVERSED = { english: 'Reversed', indonesia: 'Dibatalkan' };

const echo = (va: VaKey): VaKey => ({
  partnerServiceId: va.partnerServiceId,
  customerNo: va.customerNo,
  virtualAccountNo: va.virtualAccountNo,
});

/**
 * A closed-amount VA (virtualAccountTrxType "C": the bank takes exactly the total) with the bill's principal and
 * interest as separate bill lines, the way a teller screen shows pokok and denda, and until when the total holds.
 */
export function inquiryAnswer(va: VaKey, inquiryRequestId: string, inquiry: BillInquiry): BankAnswer {
  const { due } = inquiry;
  const line = (billCode: string, indonesia: string, english: string, amount: number) => ({
    billCode,
    billNo: inquiry.billingCode,
    billName: indonesia,
    billDescription: { english, indonesia },
    billAmount: snapAmount(amount),
  });
  const billDetails = [line('01', 'Pokok pajak', 'Tax principal', due.principal)];
  if (due.penalty > 0) billDetails.push(line('02', 'Sanksi bunga', 'Late interest', due.penalty));
  return snapAnswer(SERVICE.inquiry, 'successful', undefined, {
    virtualAccountData: {
      inquiryStatus: '00',
      inquiryReason: SUCCESS,
      ...echo(va),
      virtualAccountName: inquiry.taxpayerName,
      inquiryRequestId,
      totalAmount: snapAmount(due.total),
      billDetails,
      virtualAccountTrxType: 'C',
      additionalInfo: { taxType: inquiry.taxType, dueDate: inquiry.dueDate, validUntil: due.validUntil },
    },
  });
}

/** A payment posted (or posted before, for a retry): Balai's NTPD goes back in additionalInfo. */
export function paymentAnswer(
  va: VaKey,
  request: { paymentRequestId: string; referenceNo?: string; flagAdvise?: string },
  virtualAccountName: string,
  payment: PostedPayment,
  timeZone: TimeZone,
): BankAnswer {
  return snapAnswer(SERVICE.payment, 'successful', undefined, {
    virtualAccountData: {
      paymentFlagStatus: '00',
      paymentFlagReason: SUCCESS,
      ...echo(va),
      virtualAccountName,
      paymentRequestId: request.paymentRequestId,
      paidAmount: snapAmount(payment.amount),
      totalAmount: snapAmount(payment.amount),
      trxDateTime: localTimestamp(payment.paidAt, timeZone),
      ...(request.referenceNo === undefined ? {} : { referenceNo: request.referenceNo }),
      ...(request.flagAdvise === undefined ? {} : { flagAdvise: request.flagAdvise }),
      additionalInfo: { ntpd: payment.ntpd, billingCode: payment.billingCode },
    },
  });
}

/**
 * A payment request whose payment was reversed since (404xx04, "01" reject): the reversed payment's NTPD, so the bank
 * can match it, and whether the bill can be paid now under a new paymentRequestId (`billOpen`).
 */
export function reversedPaymentAnswer(
  va: VaKey,
  paymentRequestId: string,
  payment: PostedPayment,
  billOpen: boolean,
  timeZone: TimeZone,
): BankAnswer {
  return snapAnswer(SERVICE.payment, 'transactionCancelled', undefined, {
    virtualAccountData: {
      paymentFlagStatus: '01',
      paymentFlagReason: REVERSED,
      ...echo(va),
      paymentRequestId,
      paidAmount: snapAmount(payment.amount),
      trxDateTime: localTimestamp(payment.paidAt, timeZone),
      additionalInfo: { ntpd: payment.ntpd, billingCode: payment.billingCode, status: 'reversed', billOpen },
    },
  });
}

/**
 * What became of a payment: "00" paid, or "01" if a reversal of it is on record; SNAP's VA services have no
 * reversal of their own, but the ledger allows one and the bank must not be told "paid" then.
 */
export function statusAnswer(
  va: VaKey,
  ids: { inquiryRequestId: string; paymentRequestId: string },
  payment: PostedPayment,
  timeZone: TimeZone,
): BankAnswer {
  return snapAnswer(SERVICE.status, 'successful', undefined, {
    virtualAccountData: {
      paymentFlagStatus: payment.reversed ? '01' : '00',
      paymentFlagReason: payment.reversed ? REVERSED : SUCCESS,
      ...echo(va),
      ...ids,
      paidAmount: snapAmount(payment.amount),
      totalAmount: snapAmount(payment.amount),
      transactionDate: localTimestamp(payment.paidAt, timeZone),
      additionalInfo: { ntpd: payment.ntpd, billingCode: payment.billingCode },
    },
  });
}
