import { PAYMENT_WATCHERS, PAYMENTS_ROLES, TREASURY_READERS } from '../../../src/payments/roles';
import { TAX_STAFF, TAXPAYERS } from '../../../src/tax/roles';
import type { WebArea } from '../shell/area';
import { DepositsPage } from './deposits-page';
import { paymentsMessages } from './messages';
import { PaymentsPage } from './payments-page';
import { QrisPage } from './qris-page';
import { ReceiptsPage } from './receipts-page';
import { ReconciliationPage } from './reconciliation-page';
import { TaxpayerHomePanel } from './taxpayer-home-panel';

/** Payments: the treasurer's reconciliation and deposits (STS), the region's QRIS, and the payment channels. */
export const paymentsArea: WebArea<typeof paymentsMessages> = {
  name: 'payments',
  messages: paymentsMessages,
  roles: PAYMENTS_ROLES,
  navigation: [
    { path: '/receipts', label: 'nav.receipts', roles: TAX_STAFF, section: 'service', order: 85 },
    {
      path: '/reconciliation',
      label: 'nav.reconciliation',
      roles: TREASURY_READERS,
      section: 'service',
      order: 90,
      homeFor: ['treasurer'],
    },
    { path: '/deposits', label: 'nav.deposits', roles: TREASURY_READERS, section: 'service', order: 95 },
    // Bapenda staff read the region's QRIS (as the API allows); the administrator sets it.
    { path: '/qris', label: 'nav.qris', roles: TAX_STAFF, section: 'admin', order: 20 },
    { path: '/payments', label: 'nav.payments', roles: PAYMENT_WATCHERS, section: 'admin', order: 40 },
  ],
  pages: [
    { path: '/receipts', page: ReceiptsPage },
    { path: '/reconciliation', page: ReconciliationPage },
    { path: '/deposits', page: DepositsPage },
    { path: '/qris', page: QrisPage },
    { path: '/payments', page: PaymentsPage },
  ],
  // The taxpayer's home (issue 14): what is due, what to file, how to pay, the NPWPD card, Bapenda's office.
  homePanels: [{ roles: TAXPAYERS, panel: TaxpayerHomePanel }],
};
