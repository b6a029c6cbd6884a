import type { Area } from '../platform/area';
import { registerBillPaymentQr } from '../receivables';
import { PAYMENTS_AUDIT_VOCABULARY } from './audit-vocabulary';
import { BankGate } from './bank-api/bank-gate';
import { paymentsCommands } from './cli/payments-commands';
import { vaCommands } from './cli/va-commands';
import { seedDemoPartners } from './demo-partners';
import { seedDemoStuckPayment } from './demo-stuck-payment';
import { depositRoutes } from './deposit/deposit-routes';
import { STS_DOCUMENT } from './deposit/sts';
import { h2hRoutes } from './h2h/h2h-routes';
import { howToPayRoutes } from './how-to-pay-routes';
import { payDemoBill } from './pay-demo-bill';
import { paymentsAdminRoutes } from './payments-admin-routes';
import { runPaymentsInBackground } from './payments-background';
import { PAYMENTS_MESSAGES } from './problem-messages';
import { billPaymentQris } from './qris/bill-payment-qris';
import { seedDemoQris } from './qris/demo-qris';
import { qrisRoutes } from './qris/qris-routes';
import { receiptsRoutes } from './receipts/receipts-routes';
import { SSPD_DOCUMENT } from './receipts/sspd';
import { seedDemoReceiptsDay, seedDemoStatementFormats } from './reconciliation/demo-statements';
import { reconciliationRoutes } from './reconciliation/reconciliation-routes';
import { seedDemoRkud } from './rkud/demo-rkud';
import { rkudRoutes } from './rkud/rkud-routes';
import { PAYMENTS_ROLES } from './roles';
import { snapRoutes } from './snap/snap-routes';

// Payments takes QR payments: a bill's slip (tax's kode bayar slip) prints the region's dynamic QRIS for its total.
registerBillPaymentQr(billPaymentQris);

/**
 * Payments: the banks' host-to-host API, SNAP BI virtual accounts and QRIS on one posting path, receipts (SSPD),
 * reconciliation of bank statements, deposits to the treasury (STS) and the region's RKUD account.
 */
export const paymentsArea: Area = {
  name: 'payments',
  tables: [
    // Banks and acquirers, and what the region set up with them.
    'payment_partner',
    'payment_setting',
    'qris_merchant',
    'rkud_account',
    'statement_format',
    // What the banks asked and paid.
    'bank_request',
    'bank_refusal',
    'snap_access_token',
    'snap_inquiry',
    'payment_intent',
    'payment',
    'payment_reversal',
    'virtual_account',
    'va_refresh_lease',
    'sandbox_va_instruction',
    // Reconciliation of bank statements, and deposits to the treasury.
    'bank_statement',
    'bank_statement_line',
    'reconciliation_mismatch',
    'reconciliation_resolution',
    'reconciliation_withdrawal',
    'reconciliation_release',
    'deposit',
    'deposit_payment',
  ],
  roles: PAYMENTS_ROLES,
  messages: PAYMENTS_MESSAGES,
  audit: PAYMENTS_AUDIT_VOCABULARY,
  documents: [SSPD_DOCUMENT, STS_DOCUMENT],
  routes(app, ctx) {
    // One gate for both bank APIs: a bank has one rate limit whichever it calls.
    const gate = new BankGate(ctx.db, ctx.config.h2hRequestsPerSecond, ctx.config.demo);
    h2hRoutes(app, ctx, gate);
    snapRoutes(app, ctx, gate);
  },
  regionRoutes(scope, ctx) {
    paymentsAdminRoutes(scope, ctx);
    qrisRoutes(scope, ctx);
    rkudRoutes(scope, ctx);
    receiptsRoutes(scope, ctx);
    reconciliationRoutes(scope, ctx);
    depositRoutes(scope, ctx);
    howToPayRoutes(scope, ctx);
  },
  commands(program, cli) {
    paymentsCommands(program, cli);
    vaCommands(program, cli);
  },
  background: runPaymentsInBackground,
  demo: {
    async configure(db, at) {
      await seedDemoPartners(db, at);
      await seedDemoQris(db, at);
      await seedDemoRkud(db, at);
      await seedDemoStatementFormats(db, at);
    },
    async history(db, at) {
      await seedDemoReceiptsDay(db, at);
      await seedDemoStuckPayment(db, at);
    },
    // The demo's taxpayers pay at the counter of their region's bank (tax's history pays as it files).
    teller: payDemoBill,
  },
};
