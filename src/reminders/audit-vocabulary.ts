import type { AuditSubject, AuditVocabulary } from '../platform/audit-vocabulary';

/** The reminders area's audit actions: the region's reminder timing set, a taxpayer's courtesy reminders switched. */
export const REMINDER_AUDIT_ACTIONS = {
  'reminder_setting.record': { id: 'Pengaturan pengingat dicatat', en: 'Reminder settings recorded' },
  'reminder_preference.change': {
    id: 'Pilihan pengingat wajib pajak diubah',
    en: "Taxpayer's reminder choices changed",
  },
} as const;

type ReminderAuditActions = Record<keyof typeof REMINDER_AUDIT_ACTIONS, true>;

declare module '../platform/audit-vocabulary' {
  interface AuditActionCatalogue extends ReminderAuditActions {}
}

export const REMINDER_AUDIT_VOCABULARY: AuditVocabulary = {
  actions: REMINDER_AUDIT_ACTIONS,
  subjects: {
    reminder_setting: {
      label: { id: 'Pengaturan pengingat', en: 'Reminder settings' },
      // Named by the day it takes effect, opened on the reminders page.
      async describe(_db, _regionId, ids) {
        return new Map(ids.map((id): [string, AuditSubject] => [id, { name: id, page: '/reminders' }]));
      },
    },
    reminder_preference: {
      label: { id: 'Pilihan pengingat', en: 'Reminder choices' },
      // Named by the account's email.
      async describe(db, _regionId, ids) {
        const rows = await db.query<{ id: string; email: string }>(
          'SELECT id::text AS id, email FROM app_user WHERE id = ANY($1::bigint[])',
          [ids.filter((id) => /^\d+$/.test(id))],
        );
        return new Map(rows.map((r): [string, AuditSubject] => [r.id, { name: r.email }]));
      },
    },
  },
  fields: {
    daysBeforeFiling: {
      label: { id: 'Hari sebelum batas lapor SPTPD', en: 'Days before the SPTPD deadline' },
      format: 'count',
    },
    daysBeforeDue: {
      label: { id: 'Hari sebelum jatuh tempo', en: 'Days before the due date' },
      format: 'count',
    },
    daysAfterDue: {
      label: { id: 'Hari sesudah jatuh tempo', en: 'Days after the due date' },
      format: 'count',
    },
    emailReminders: { label: { id: 'Pengingat lewat email', en: 'Reminders by email' }, format: 'boolean' },
    whatsappReminders: {
      label: { id: 'Pengingat lewat WhatsApp/SMS', en: 'Reminders by WhatsApp/SMS' },
      format: 'boolean',
    },
  },
};
