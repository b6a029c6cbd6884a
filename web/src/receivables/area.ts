import { TAX_STAFF, TAXPAYERS } from '../../../src/tax/roles';
import type { WebArea } from '../shell/area';
import { ArrearsPage } from './arrears-page';
import { receivablesMessages } from './messages';
import { MyBillsPage } from './my-bills-page';

/** Receivables: a taxpayer's bills (kode bayar) and the arrears list. Bills and arrears are read as tax staff read. */
export const receivablesArea: WebArea<typeof receivablesMessages> = {
  name: 'receivables',
  messages: receivablesMessages,
  navigation: [
    {
      path: '/my-bills',
      label: 'nav.myBills',
      roles: TAXPAYERS,
      section: 'mine',
      order: 40,
      homeFor: ['taxpayer'],
    },
    {
      path: '/arrears',
      label: 'nav.arrears',
      roles: TAX_STAFF,
      section: 'service',
      order: 60,
      homeFor: ['treasurer', 'auditor'],
    },
  ],
  pages: [
    { path: '/my-bills', page: MyBillsPage },
    { path: '/arrears', page: ArrearsPage },
  ],
};
