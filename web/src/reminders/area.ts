import { REMINDER_READERS, REMINDER_RECIPIENTS } from '../../../src/reminders/roles';
import type { WebArea } from '../shell/area';
import { remindersMessages } from './messages';
import { ReminderPreferencesPanel } from './reminder-preferences-panel';
import { RemindersPage } from './reminders-page';

/** Reminders: the staff's log of what was sent (and the sandbox gateway's), and the taxpayer's choices. */
export const remindersArea: WebArea<typeof remindersMessages> = {
  name: 'reminders',
  messages: remindersMessages,
  navigation: [
    { path: '/reminders', label: 'nav.reminders', roles: REMINDER_READERS, section: 'service', order: 63 },
  ],
  pages: [{ path: '/reminders', page: RemindersPage }],
  accountPanels: [{ roles: REMINDER_RECIPIENTS, panel: ReminderPreferencesPanel }],
};
