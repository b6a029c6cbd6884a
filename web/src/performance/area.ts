import { EVALUATION_READERS } from '../../../src/performance/evaluations/evaluation-roles';
import {
  AUDIT_FINDING_READERS,
  CONTRACT_READERS,
  LKJIP_READERS,
  ORGANISATION_READERS,
  PERFORMANCE_ROLES,
  RANKING_READERS,
  TREE_READERS,
} from '../../../src/performance/roles';
import type { WebArea } from '../shell/area';
import { AuditFindingsPage } from './audit-findings-page';
import { ContractsPage } from './contracts-page';
import { EvaluationPage, EvaluationsPage } from './evaluations-page';
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
    {
      path: '/performance/audit-findings',
      label: 'nav.auditFindings',
      roles: AUDIT_FINDING_READERS,
      section: 'performance',
      order: 60,
    },
    {
      path: '/performance/evaluations',
      label: 'nav.evaluations',
      roles: EVALUATION_READERS,
      section: 'performance',
      order: 70,
    },
  ],
  pages: [
    { path: '/performance/organisation', page: OrganisationPage },
    { path: '/performance/tree', page: TreePage },
    { path: '/performance/contracts', page: ContractsPage },
    { path: '/performance/ranking', page: RankingPage },
    { path: '/performance/realisation', page: RealisationPage },
    { path: '/performance/lkjip', page: LkjipPage },
    { path: '/performance/audit-findings', page: AuditFindingsPage },
    { path: '/performance/evaluations', page: EvaluationsPage },
    { path: '/performance/evaluations/:evaluationId', page: EvaluationPage },
  ],
};
