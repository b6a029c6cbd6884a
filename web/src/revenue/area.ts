import { REVENUE_READERS } from '../../../src/revenue/roles';
import type { WebArea } from '../shell/area';
// Loaded when first opened: the dashboard's charts (ECharts) stay out of everyone else's first load.
import { DashboardPage, RevenuePaymentsPage, TargetsPage } from './lazy-pages';
import { revenueMessages } from './messages';

/**
 * The revenue command center (issue 15): the head of Bapenda's and the mayor's morning screen (realisation against
 * target, forecast, charts), the payments behind every figure, and the targets. Who sees it is revenue's role sets
 * (src/revenue/roles.ts).
 */
export const revenueArea: WebArea<typeof revenueMessages> = {
  name: 'revenue',
  messages: revenueMessages,
  navigation: [
    {
      // Without a section: right after Home, the first thing the head of Bapenda and the mayor see in the menu.
      path: '/revenue',
      label: 'nav.revenue',
      roles: REVENUE_READERS,
      order: 5,
      homeFor: ['kepala_bapenda', 'pimpinan', 'supervisor', 'auditor'],
      startFor: ['pimpinan'],
    },
    {
      path: '/revenue-targets',
      label: 'nav.revenueTargets',
      roles: REVENUE_READERS,
      section: 'service',
      order: 97,
      homeFor: ['kepala_bapenda'],
    },
  ],
  pages: [
    { path: '/revenue', page: DashboardPage },
    { path: '/revenue/payments', page: RevenuePaymentsPage },
    { path: '/revenue-targets', page: TargetsPage },
  ],
};
