import { formatPercent } from '../../../src/platform/human-format';
import type { revenueDashboardSchema } from '../../../src/revenue/dashboard/dashboard-routes';
import type {
  realisationEntriesSchema,
  realisationTableSchema,
} from '../../../src/revenue/realisation/realisation-routes';
import type { REALISATION_DIMENSIONS } from '../../../src/revenue/realisation/realisation-table';
import type { revenueReportSchema, revenueReportsSchema } from '../../../src/revenue/report/report-routes';
import type { revenueTargetSchema, revenueTargetsSchema } from '../../../src/revenue/targets/target-routes';
import type { Lang, WireOf } from '../shell/api';

/** The API's answers the revenue pages read (their zod schemas, as the wire carries them). */
export type Dashboard = WireOf<typeof revenueDashboardSchema>;
export type RealisationTable = WireOf<typeof realisationTableSchema>;
export type RealisationEntries = WireOf<typeof realisationEntriesSchema>;
export type Targets = WireOf<typeof revenueTargetsSchema>;
export type RevenueReport = WireOf<typeof revenueReportSchema>;
export type RevenueReports = WireOf<typeof revenueReportsSchema>;
export type Target = WireOf<typeof revenueTargetSchema>;
export type Dimension = (typeof REALISATION_DIMENSIONS)[number];
export const DIMENSIONS: readonly Dimension[] = [
  'taxCode',
  'month',
  'kecamatan',
  'kelurahan',
  'channel',
  'bank',
];

/** A percentage the API gives to one decimal (`23.4`), through the one formatter: `23,4%`, `23.4%`. */
export function formatShare(percent: number, lang: Lang): string {
  return formatPercent(Math.round(percent * 10_000), lang);
}

/** The filters of `GET …/revenue/payments` (the drill-down), as its query takes them. */
export interface PaymentsFilter {
  year: number;
  month?: number;
  taxCode?: string;
  villageCode?: string;
  districtCode?: string;
  channel?: string;
  partnerId?: string;
}

/** The payments behind one row of a breakdown: its key is the drill-down's filter value (realisation-table.ts). */
export function filterOfRow(year: number, by: Dimension, key: string, month?: number): PaymentsFilter {
  const base: PaymentsFilter = month ? { year, month } : { year };
  switch (by) {
    case 'taxCode':
      return { ...base, taxCode: key };
    case 'month':
      return { ...base, month: Number(key.slice(5, 7)) };
    case 'kecamatan':
      // Bills without a tax object have no kecamatan: their row's key `-` is the kelurahan filter's `-`.
      return key === '-' ? { ...base, villageCode: '-' } : { ...base, districtCode: key };
    case 'kelurahan':
      return { ...base, villageCode: key };
    case 'channel':
      return { ...base, channel: key };
    case 'bank':
      return { ...base, partnerId: key };
  }
}

/** The filter as query parameters (for the API and for the drill-down page's address). */
export function filterQuery(f: PaymentsFilter): Record<string, string> {
  return Object.fromEntries(
    Object.entries(f)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );
}

/** What a count of payments is called: `1 pembayaran`, `2 payments`. */
export const PAYMENT_NOUN = { id: 'pembayaran', en: ['payment', 'payments'] } as const;
