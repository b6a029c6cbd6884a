import type { listedReturnsSchema, returnSchema } from '../../../../src/tax/returns/returns-routes';
import type { WireOf } from '../../shell/api';

/** An SPTPD (self-assessed return) as the API answers it; `opsen` is the province's on an MBLB tax, else 0. */
export type TaxReturn = WireOf<typeof returnSchema>;

export type ReturnStatus = TaxReturn['status'];

export type ReturnLine = TaxReturn['lines'][number];

/** `GET /returns` adds who and what the return is for. */
export type ListedReturn = WireOf<typeof listedReturnsSchema>['items'][number];

/** A return may be corrected (pembetulan) once it was submitted, as long as no later revision replaced it. */
export function canAmend(r: TaxReturn): boolean {
  return r.status === 'submitted' || r.status === 'verified' || r.status === 'rejected';
}
