/**
 * Reminders' public face: what other areas may use of it (scripts/check-boundaries.ts refuses an import of any other
 * file of this folder from outside it). No area depends on it; the collection work (teguran) may read what was sent.
 */

export type { GatewayMessage, MessageGateway } from './message-gateway';
export { gatewayFor, sandboxGateway } from './message-gateway';
export type { ReminderChannel, ReminderKind, ReminderSettings } from './reminder-rules';
export { mayOptOut } from './reminder-rules';
export { REMINDER_READERS, REMINDER_RECIPIENTS, REMINDER_SETTERS } from './roles';
export type { ReminderDeps, ReminderRun } from './run-reminders';
export { runAllRegions, runReminders } from './run-reminders';
