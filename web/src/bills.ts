/** Bills (kode bayar) as the API answers them, with what they cost as of a day. */

export type BillStatus = 'open' | 'paid' | 'written_off' | 'cancelled';

/** A part of what a kode bayar collects: the tax, sanctions, and for MBLB the province's opsen. */
export type BillLineKind = 'tax' | 'sanction' | 'opsen' | 'opsen_sanction';

export interface Bill {
  id: number;
  billingCode: string;
  /** Grouped for reading aloud and typing at a bank: `3573 01 25 0000001 1`. */
  billingCodeDisplay: string;
  taxpayerId: number;
  objectId: number | null;
  taxCode: string;
  period: string | null;
  returnId: number | null;
  assessmentId: number | null;
  principal: number;
  dueDate: string;
  status: BillStatus;
  issuedAt: string;
  settledAt: string | null;
  /** Its lines add up to `principal`. */
  lines: { kind: BillLineKind; amount: number; account: string }[];
  outstanding: number;
  asOf: string;
  /** Only for an open bill: principal, interest (`penalty`) and total as of `asOf`, valid until `validUntil`. */
  amountDue: {
    principal: number;
    months: number;
    chargedMonths: number;
    ratePerMonthPpm: number;
    penalty: number;
    total: number;
    regime: string;
    validUntil: string;
  } | null;
}
