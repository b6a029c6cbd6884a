import { addMonthsClamped, monthOf } from '../../platform/calendar';

/** The masa a compliance list covers and what narrows it; shared by the lists and their downloads. */
export interface ComplianceFilter {
  /** First masa (YYYY-MM), inclusive. */
  from: string;
  /** Last masa (YYYY-MM), inclusive. */
  to: string;
  taxCode?: string;
  /** A fragment of the taxpayer's or the object's name, or an NPWPD's beginning. */
  q?: string;
}

/**
 * The masa a compliance list covers unless asked otherwise: the six before the region's current month (the last of
 * them has just ended; its return may still be on time).
 */
export function defaultMasaRange(today: string): { from: string; to: string } {
  const thisMonth = `${monthOf(today)}-01`;
  return {
    from: addMonthsClamped(thisMonth, -6).slice(0, 7),
    to: addMonthsClamped(thisMonth, -1).slice(0, 7),
  };
}
