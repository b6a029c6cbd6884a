/** SPTPD (self-assessed returns) as the API answers them. */

export type ReturnStatus = 'draft' | 'submitted' | 'verified' | 'rejected' | 'superseded';

export interface ReturnLine {
  description: string;
  amount: number;
}

export interface TaxReturn {
  id: number;
  objectId: number;
  taxpayerId: number;
  taxCode: string;
  period: string;
  revision: number;
  gross: number;
  ratePpm: number;
  tax: number;
  /** The province's opsen on an MBLB tax, billed with it; 0 for other taxes. */
  opsen: number;
  lines: ReturnLine[];
  status: ReturnStatus;
  rejectionReason: string | null;
  dueDate: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  billingCode?: string | null;
  /** The kode bayar grouped for reading aloud and typing at a bank. */
  billingCodeDisplay?: string | null;
}

/** `GET /returns` adds who and what the return is for. */
export interface ListedReturn extends TaxReturn {
  taxpayerName: string;
  objectName: string;
}

/** A return may be corrected (pembetulan) once it was submitted, as long as no later revision replaced it. */
export function canAmend(r: TaxReturn): boolean {
  return r.status === 'submitted' || r.status === 'verified' || r.status === 'rejected';
}
