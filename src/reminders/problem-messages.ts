import type { ProblemMessages } from '../platform/problem-messages';

/** The reminders area's problem codes, in Indonesian and English. */
export const REMINDER_MESSAGES = {
  REMINDER_SETTING_IN_THE_PAST: {
    id: {
      title: 'Tanggal berlaku sudah lewat',
      detail:
        'Pengaturan pengingat berlaku mulai hari ini atau sesudahnya ({today, date}), bukan {effectiveFrom, date}: pengingat yang sudah terkirim tetap mengikuti pengaturan lama.',
    },
    en: {
      title: 'Effective date in the past',
      detail:
        'Reminder settings take effect today or later ({today, date}), not on {effectiveFrom, date}: reminders already sent keep the settings they were sent under.',
    },
  },
} satisfies ProblemMessages;

type ReminderMessages = typeof REMINDER_MESSAGES;

declare module '../platform/problem-messages' {
  interface ProblemCatalogue extends ReminderMessages {}
}
