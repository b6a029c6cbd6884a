import type { Area } from '../platform/area';
import { DEMO_REGIONS } from '../platform/demo';
import { registerBillIssuer } from '../receivables';
import { assessmentsRoutes } from './assessments/assessments-routes';
import { TAX_AUDIT_VOCABULARY } from './audit-vocabulary';
import { importCommands } from './cli/import-commands';
import { complianceRoutes } from './compliance/compliance-routes';
import { publicTaxTypeRoutes, taxConfigRoutes } from './config-routes';
import { seedDemoTaxConfig } from './demo-config';
import { seedDemoTaxData } from './demo-data';
import { ASSESSMENT_DOCUMENT } from './documents/assessment-document';
import { BILL_DOCUMENT } from './documents/bill-document';
import { documentRoutes } from './documents/document-routes';
import { NPWPD_CARD } from './documents/npwpd-card-document';
import { SPTPD_RECEIPT } from './documents/sptpd-receipt-document';
import { taxpayerHomeRoutes } from './home/taxpayer-home-routes';
import { overpaymentsRoutes } from './overpayments/overpayments-routes';
import { overviewRoutes } from './overview/overview-routes';
import { TAX_MESSAGES } from './problem-messages';
import { registryRoutes } from './registry/registry-routes';
import { returnDetailRoutes } from './returns/return-detail-routes';
import { returnsRoutes } from './returns/returns-routes';
import { reviewQueueRoutes } from './returns/review-queue-routes';
import { TAX_ROLES } from './roles';
import { simulatorRoutes } from './simulator-routes';
import { TAX_BILL_ISSUER } from './tax-bills';

// Tax issues bills of its kinds on receivables, which asks it how to price them and whose they are.
registerBillIssuer(TAX_BILL_ISSUER);

/**
 * Local taxes (e-pajak daerah): the registry, tax rules and policy as data, SPTPD, official assessments and the bills
 * they issue (booked by receivables), overpayments, and their documents: the kode bayar slip, the SPTPD receipt and
 * the assessments, which the public verify page (src/documents/) checks like any registered kind.
 */
export const taxArea: Area = {
  name: 'tax',
  tables: [
    'taxpayer',
    'tax_object',
    'tax_type',
    'tax_rate',
    'tax_policy',
    'tax_return',
    'return_attachment',
    'assessment',
    'overpayment_settlement',
  ],
  roles: TAX_ROLES,
  messages: TAX_MESSAGES,
  audit: TAX_AUDIT_VOCABULARY,
  documents: [BILL_DOCUMENT, SPTPD_RECEIPT, ASSESSMENT_DOCUMENT, NPWPD_CARD],
  routes(app, ctx) {
    simulatorRoutes(app, ctx);
    publicTaxTypeRoutes(app, ctx);
  },
  regionRoutes(scope, ctx) {
    taxConfigRoutes(scope, ctx);
    returnsRoutes(scope, ctx);
    returnDetailRoutes(scope, ctx);
    reviewQueueRoutes(scope, ctx);
    complianceRoutes(scope, ctx);
    overviewRoutes(scope, ctx);
    assessmentsRoutes(scope, ctx);
    overpaymentsRoutes(scope, ctx);
    documentRoutes(scope, ctx);
    registryRoutes(scope, ctx);
    taxpayerHomeRoutes(scope, ctx);
  },
  commands(program, cli) {
    importCommands(program, cli);
  },
  demo: {
    configure: seedDemoTaxConfig,
    history: (db, at, teller) => seedDemoTaxData(db, at, DEMO_REGIONS, teller),
  },
};
