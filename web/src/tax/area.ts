import { REGISTRY_READERS, TAX_OFFICERS, TAX_ROLES, TAX_STAFF, TAXPAYERS } from '../../../src/tax/roles';
import type { WebArea } from '../shell/area';
import { AssessmentsPage } from './assessments/assessments-page';
import { CompliancePage } from './compliance/compliance-page';
import { TaxConfigPage } from './config/tax-config-page';
import { taxMessages } from './messages';
import { TaxOverviewPanel } from './overview/tax-overview-panel';
import { MyTaxesPage } from './registry/my-taxes-page';
import { ObjectsPage } from './registry/objects-page';
import { RegistrationQueuePage } from './registry/registration-queue-page';
import { TaxpayerBillRoute } from './registry/taxpayer-bill-route';
import { TaxpayerImportPage } from './registry/taxpayer-import-page';
import { TaxpayerRoute } from './registry/taxpayer-page';
import { TaxpayerSearchPage } from './registry/taxpayer-search-page';
import { FileReturnPage } from './returns/file-return-page';
import { MissingReturnsPage } from './returns/missing-returns-page';
import { MyReturnsPage } from './returns/my-returns-page';
import { ReturnRoute } from './returns/return-page';
import { ReturnReviewPage } from './returns/return-review-page';
import { ReturnsPage } from './returns/returns-page';
import { PublicSimulationsPage, SimulationsPage } from './simulations/simulations-page';

/**
 * Local taxes: the taxpayer's own (my taxes, filing, my returns) and Bapenda's service (registry, review, missing
 * returns, compliance, assessments, rates and policy), the simulators, and the overview on the staff's home page.
 */
export const taxArea: WebArea<typeof taxMessages> = {
  name: 'tax',
  messages: taxMessages,
  roles: TAX_ROLES,
  navigation: [
    {
      path: '/my-taxes',
      label: 'nav.myTaxes',
      roles: TAXPAYERS,
      section: 'mine',
      order: 10,
      homeFor: ['taxpayer'],
    },
    {
      path: '/file-return',
      label: 'nav.fileReturn',
      roles: TAXPAYERS,
      section: 'mine',
      order: 20,
      homeFor: ['taxpayer'],
    },
    { path: '/my-returns', label: 'nav.myReturns', roles: TAXPAYERS, section: 'mine', order: 30 },
    {
      path: '/registrations',
      label: 'nav.registrations',
      roles: REGISTRY_READERS,
      section: 'service',
      order: 10,
      homeFor: ['officer'],
    },
    {
      path: '/taxpayers',
      label: 'nav.taxpayers',
      roles: REGISTRY_READERS,
      section: 'service',
      order: 20,
      homeFor: ['officer'],
    },
    { path: '/tax-objects', label: 'nav.taxObjects', roles: REGISTRY_READERS, section: 'service', order: 25 },
    {
      path: '/taxpayer-import',
      label: 'nav.taxpayerImport',
      roles: TAX_OFFICERS,
      section: 'service',
      order: 30,
    },
    {
      path: '/review',
      label: 'nav.review',
      roles: REGISTRY_READERS,
      section: 'service',
      order: 40,
      homeFor: ['officer', 'supervisor'],
    },
    { path: '/returns', label: 'nav.returns', roles: TAX_STAFF, section: 'service', order: 45 },
    {
      path: '/missing-returns',
      label: 'nav.missing',
      roles: TAX_STAFF,
      section: 'service',
      order: 50,
      homeFor: ['treasurer'],
    },
    // Kepatuhan (issue 15): beside the missing returns, for the roles the compliance API allows.
    { path: '/compliance', label: 'nav.compliance', roles: TAX_STAFF, section: 'service', order: 55 },
    { path: '/assessments', label: 'nav.assessments', roles: TAX_STAFF, section: 'service', order: 70 },
    {
      path: '/tax-config',
      label: 'nav.taxConfig',
      roles: TAX_STAFF,
      section: 'service',
      order: 80,
      homeFor: ['supervisor', 'admin', 'auditor'],
    },
    { path: '/simulations', label: 'nav.simulations', section: 'general', order: 10 },
  ],
  pages: [
    { path: '/my-taxes', page: MyTaxesPage },
    { path: '/file-return', page: FileReturnPage },
    { path: '/my-returns', page: MyReturnsPage },
    { path: '/my-returns/:returnId/amend', page: MyReturnsPage },
    { path: '/registrations', page: RegistrationQueuePage },
    { path: '/taxpayers', page: TaxpayerSearchPage },
    { path: '/taxpayers/:taxpayerId', page: TaxpayerRoute },
    // One return and one bill, under their taxpayer (the audit browser's subjects open here).
    { path: '/taxpayers/:taxpayerId/returns/:returnId', page: ReturnRoute },
    { path: '/taxpayers/:taxpayerId/bills/:billId', page: TaxpayerBillRoute },
    { path: '/tax-objects', page: ObjectsPage },
    { path: '/taxpayer-import', page: TaxpayerImportPage },
    { path: '/review', page: ReturnReviewPage },
    { path: '/returns', page: ReturnsPage },
    { path: '/missing-returns', page: MissingReturnsPage },
    { path: '/compliance', page: CompliancePage },
    { path: '/assessments', page: AssessmentsPage },
    { path: '/tax-config', page: TaxConfigPage },
    { path: '/simulations', page: SimulationsPage },
  ],
  publicPages: [{ path: '/simulations', page: PublicSimulationsPage }],
  homePanels: [{ roles: TAX_STAFF, panel: TaxOverviewPanel }],
};
