import type { Area } from '../platform/area';
import { REMINDER_AUDIT_VOCABULARY } from './audit-vocabulary';
import { remindersCommands } from './cli/reminders-commands';
import { seedRemindersDemo } from './demo-reminders';
import { REMINDER_MESSAGES } from './problem-messages';
import { runRemindersInBackground } from './reminders-background';
import { reminderRoutes } from './reminders-routes';

/**
 * Reminders (issue 15): a masa not yet filed before its filing deadline, a bill before its due date, and a bill after
 * it with the amount owed that day, by email (the platform's mail) and WhatsApp/SMS (a `MessageGateway`), sent daily
 * at the region's hour, each once and logged; the taxpayer may switch off the courtesy ones.
 */
export const remindersArea: Area = {
  name: 'reminders',
  tables: ['reminder_setting', 'reminder_opt_out', 'reminder', 'gateway_sandbox_message'],
  messages: REMINDER_MESSAGES,
  audit: REMINDER_AUDIT_VOCABULARY,
  regionRoutes(scope, ctx) {
    reminderRoutes(scope, ctx);
  },
  commands(program, cli) {
    remindersCommands(program, cli);
  },
  background: runRemindersInBackground,
  demo: { history: seedRemindersDemo },
};
