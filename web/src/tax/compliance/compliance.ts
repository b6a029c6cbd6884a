import { useEffect } from 'react';
import type {
  baseDropsSchema,
  lateReturnsSchema,
  unfiledObjectsSchema,
} from '../../../../src/tax/compliance/compliance-routes';
import type { WireOf } from '../../shell/api';

export type UnfiledObjects = WireOf<typeof unfiledObjectsSchema>;
export type LateReturns = WireOf<typeof lateReturnsSchema>;
export type BaseDrops = WireOf<typeof baseDropsSchema>;

/** The masa range and what narrows it: the same for the three lists and their downloads. */
export interface ComplianceFilter {
  from: string;
  to: string;
  taxCode: string;
  q: string;
}

/** The filter as the API's query parameters (an empty one left out), with the list's order. */
export function filterParams(filter: ComplianceFilter, sort: string): URLSearchParams {
  const params = new URLSearchParams(
    Object.entries(filter).filter(([, value]) => value.trim() !== '') as [string, string][],
  );
  params.set('sort', sort);
  return params;
}

/** Back to the first page when the filter changes (each list keeps its own order and page). */
export function useFirstPageOn(filter: ComplianceFilter, setOffset: (offset: number) => void): void {
  const key = JSON.stringify(filter);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the filter's value, not its identity, resets the page
  useEffect(() => setOffset(0), [key]);
}
