import {
  CONTRACT_READERS,
  LKJIP_READERS,
  ORGANISATION_READERS,
  PERFORMANCE_ROLES,
  RANKING_READERS,
  TREE_READERS,
} from '../../../src/performance/roles';
import type { WebArea } from '../shell/area';
import { ContractsPage } from './contracts-page';
import { LkjipPage } from './lkjip-page';
import { performanceMessages } from './messages';
import { OrganisationPage } from './organisation-page';
import { RankingPage } from './ranking-page';
import { REALISATION_NAVIGATION, RealisationPage } from './realisation-page';
import { TreePage } from './tree-page';

/**
 * Performance management (issue 16): so far the region's organisation, its OPD, units and positions with who holds
 * them, as an expandable tree. Who sees it is performance's role sets (src/performance/roles.ts).
 */
export const performanceArea: WebArea<typeof performanceMessages> = {
  name: 'performance',
  messages: performanceMessages,
  roles: PERFORMANCE_ROLES,
  navigation: [
    {
      path: '/performance/organisation',
      label: 'nav.organisation',
      roles: ORGANISATION_READERS,
      section: 'performance',
      order: 10,
      homeFor: ['perencana', 'verifikator', 'kepala_opd', 'petugas_kinerja'],
    },
    { path: '/performance/tree', label: 'nav.tree', roles: TREE_READERS, section: 'performance', order: 20 },
    {
      path: '/performance/contracts',
      label: 'nav.contracts',
      roles: CONTRACT_READERS,
      section: 'performance',
      order: 30,
    },
    {
      path: '/performance/ranking',
      label: 'nav.ranking',
      roles: RANKING_READERS,
      section: 'performance',
      order: 50,
    },
    REALISATION_NAVIGATION,
    {
      path: '/performance/lkjip',
      label: 'nav.lkjip',
      roles: LKJIP_READERS,
      section: 'performance',
      order: 80,
    },
  ],
  pages: [
    { path: '/performance/organisation', page: OrganisationPage },
    { path: '/performance/tree', page: TreePage },
    { path: '/performance/contracts', page: ContractsPage },
    { path: '/performance/ranking', page: RankingPage },
    { path: '/performance/realisation', page: RealisationPage },
    { path: '/performance/lkjip', page: LkjipPage },
  ],
};
