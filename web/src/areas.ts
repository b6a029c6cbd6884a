import { collectionArea } from './collection/area';
import { paymentsArea } from './payments/area';
import { performanceArea } from './performance/area';
import { performancePublicArea } from './performance-public/area';
import { platformArea } from './platform/area';
import { receivablesArea } from './receivables/area';
import { remindersArea } from './reminders/area';
import { revenueArea } from './revenue/area';
import { revenuePublicArea } from './revenue-public/area';
import { taxArea } from './tax/area';

/**
 * The areas of the web app, as the server's: each a folder with an `area.ts` that describes its navigation, pages
 * and messages. The shell (shell/app.tsx) builds the app from this list; adding an area is a new folder and one line
 * here.
 */
export const AREAS = [
  platformArea,
  taxArea,
  receivablesArea,
  paymentsArea,
  revenueArea,
  collectionArea,
  revenuePublicArea,
  remindersArea,
  performanceArea,
  performancePublicArea,
];

declare module './shell/i18n' {
  /** Every area's message keys are keys of `t()`. */
  interface Register {
    areas: typeof AREAS;
  }
}
