import { BILL_DEBTORS, BILL_READERS } from '../../../src/receivables/roles';
import type { WebArea } from '../shell/area';
import { ArrearsPage } from './arrears-page';
import { BillsPage } from './bills-page';
import { receivablesMessages } from './messages';
import { MyBillsPage } from './my-bills-page';

/** Receivables: a taxpayer's bills (kode bayar), the region's bills and the arrears list. Who sees which is receivables' role sets (src/receivables/roles.ts). */
export const receivablesArea: WebArea<typeof receivablesMessages> = {
  name: 'receivables',
  messages: receivablesMessages,
  navigation: [
    {
      path: '/my-bills',
      label: 'nav.myBills',
      roles: BILL_DEBTORS,
      section: 'mine',
      order: 40,
      homeFor: ['taxpayer'],
    },
    {
      path: '/arrears',
      label: 'nav.arrears',
      roles: BILL_READERS,
      section: 'service',
      order: 60,
      homeFor: ['treasurer', 'auditor'],
    },
    { path: '/bills', label: 'nav.bills', roles: BILL_READERS, section: 'service', order: 65 },
  ],
  pages: [
    { path: '/my-bills', page: MyBillsPage },
    { path: '/arrears', page: ArrearsPage },
    { path: '/bills', page: BillsPage },
  ],
};
