import { collectionArea } from './collection/collection-area';
import { documentsArea } from './documents/documents-area';
import { paymentsArea } from './payments/payments-area';
import { performanceArea } from './performance/performance-area';
import type { Area } from './platform/area';
import { platformArea } from './platform/platform-area';
import { receivablesArea } from './receivables/receivables-area';
import { remindersArea } from './reminders/reminders-area';
import { revenueArea } from './revenue/revenue-area';
import { taxArea } from './tax/tax-area';

/**
 * The composition root: Balai's business areas, in the order they are assembled (routes, demo, commands). Adding an
 * area is a folder of its own with its `Area` description (src/platform/area.ts) and one line here.
 */
export const AREAS: readonly Area[] = [
  platformArea,
  documentsArea,
  receivablesArea,
  taxArea,
  paymentsArea,
  revenueArea,
  collectionArea,
  remindersArea,
  performanceArea,
];
