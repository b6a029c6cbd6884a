import type { Area } from '../platform/area';
import { RECEIVABLES_AUDIT_VOCABULARY } from './audit-vocabulary';
import { billsRoutes } from './bills/bills-routes';
import { ledgerCommands } from './cli/ledger-commands';
import { RECEIVABLES_MESSAGES } from './problem-messages';

/**
 * Receivables: the bills every area issues (a kode bayar, lines, the amount due on a day with late interest, payment,
 * reversal, offset, correction, write-off, arrears) and the double-entry ledger they are booked on. Tax issues bills
 * today; property tax and levies will. Payments settles them.
 */
export const receivablesArea: Area = {
  name: 'receivables',
  tables: ['bill', 'bill_line', 'bill_origin_kind', 'bill_write_off', 'journal', 'journal_line'],
  messages: RECEIVABLES_MESSAGES,
  audit: RECEIVABLES_AUDIT_VOCABULARY,
  regionRoutes(scope, ctx) {
    billsRoutes(scope, ctx);
  },
  commands(program, cli) {
    ledgerCommands(program, cli);
  },
};
