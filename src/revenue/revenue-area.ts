import type { Area } from '../platform/area';
import { REVENUE_AUDIT_VOCABULARY } from './audit-vocabulary';
import { revenueCommands } from './cli/revenue-commands';
import { crossRegionRoutes } from './cross-region/cross-region-routes';
import { dashboardRoutes } from './dashboard/dashboard-routes';
import { seedRevenueDemo } from './demo-revenue';
import { REVENUE_MESSAGES } from './problem-messages';
import { publicRevenueRoutes } from './public/public-routes';
import { realisationRoutes } from './realisation/realisation-routes';
import { REPORT_DOCUMENT } from './report/report-document';
import { reportRoutes } from './report/report-routes';
import { runRevenueInBackground } from './revenue-background';
import { targetRoutes } from './targets/target-routes';

/**
 * The revenue command center (issue 15): the APBD's revenue targets by tax (original and revised, approved by the head
 * of Bapenda), the realisation rolled up from the payments by day, tax, kelurahan, channel and bank, the dashboard of
 * realisation against target with a year-end forecast, the payments behind every figure, and the mayor's monthly
 * report (a PDF with charts, on demand and on the 1st of each month). Its roles (kepala Bapenda, pimpinan) are the
 * platform's: they span the areas.
 */
export const revenueArea: Area = {
  name: 'revenue',
  tables: [
    'revenue_target',
    'revenue_target_approval',
    'revenue_day',
    'revenue_month',
    'revenue_tax_day',
    'revenue_entry',
    'revenue_rollup',
    'region_population',
    'revenue_report',
  ],
  messages: REVENUE_MESSAGES,
  audit: REVENUE_AUDIT_VOCABULARY,
  documents: [REPORT_DOCUMENT],
  routes(app, ctx) {
    publicRevenueRoutes(app, ctx);
  },
  regionRoutes(scope, ctx) {
    targetRoutes(scope, ctx);
    dashboardRoutes(scope, ctx);
    realisationRoutes(scope, ctx);
    crossRegionRoutes(scope, ctx);
    reportRoutes(scope, ctx);
  },
  commands(program, cli) {
    revenueCommands(program, cli);
  },
  background: runRevenueInBackground,
  demo: { history: seedRevenueDemo },
};
