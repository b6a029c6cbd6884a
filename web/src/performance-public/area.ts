import type { WebArea } from '../shell/area';
import { performancePublicMessages } from './messages';
import { PublicPerformance, PublicPerformancePage } from './public-performance-page';

/**
 * Performance management's public page (issue 16), apart from the staff's pages (web/src/performance/): each OPD's
 * signed contract with its quarterly achievement, the SAKIP and RB predikat and the BPK opinion by year, no sign-in.
 */
export const performancePublicArea: WebArea<typeof performancePublicMessages> = {
  name: 'performance-public',
  messages: performancePublicMessages,
  pages: [
    // Public, so open to anyone signed in too, whatever their roles.
    { path: '/transparency/performance', access: 'signed-in', page: PublicPerformance },
  ],
  publicPages: [{ path: '/transparency/performance', page: PublicPerformancePage }],
};
