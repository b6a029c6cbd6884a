import { POPULATION_EDITORS, REVENUE_READERS } from '../../../src/revenue/roles';
import type { WebArea } from '../shell/area';
import { CrossRegionPage } from './cross-region-page';
import { revenuePublicMessages } from './messages';
import { PopulationPage } from './population-page';
import { PublicRevenue, PublicRevenuePage } from './public-revenue-page';

/**
 * The revenue command center's public and cross-region pages (issue 15), apart from the staff's dashboard pages
 * (web/src/revenue/): the public revenue figures (no sign-in), every region side by side with per capita figures, and
 * the population the administrator enters for them.
 */
export const revenuePublicArea: WebArea<typeof revenuePublicMessages> = {
  name: 'revenue-public',
  messages: revenuePublicMessages,
  navigation: [
    {
      path: '/revenue/cross-region',
      label: 'nav.crossRegion',
      roles: REVENUE_READERS,
      section: 'general',
      order: 60,
    },
    {
      path: '/revenue/population',
      label: 'nav.population',
      roles: POPULATION_EDITORS,
      section: 'admin',
      order: 60,
    },
  ],
  pages: [
    { path: '/revenue/cross-region', page: CrossRegionPage },
    { path: '/revenue/population', page: PopulationPage },
    // Public, so open to anyone signed in too, whatever their roles.
    { path: '/transparency/revenue', access: 'signed-in', page: PublicRevenue },
  ],
  publicPages: [{ path: '/transparency/revenue', page: PublicRevenuePage }],
};
