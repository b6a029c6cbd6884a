import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../http/authentication';
import type { AppContext } from '../http/context';
import { accessFor } from '../http/tenancy';
import { appendAudit } from '../platform/audit';
import { compareDates } from '../platform/calendar';
import { localDate } from '../platform/clock';
import { pageQuery, sortQuery } from '../platform/list-page';
import { languageOf, Problem } from '../platform/problem';
import {
  LIST_DOWNLOAD_LIMIT,
  listFileName,
  sendSpreadsheet,
  spreadsheetQuerySchema,
  spreadsheetResponseSchema,
} from '../platform/spreadsheet';
import { listReminders, REMINDER_SORT_COLUMNS, REMINDER_STATUSES, sandboxLog } from './list-reminders';
import { preferencesOf, setPreferences } from './opt-out';
import { mayOptOut, REMINDER_CHANNELS, REMINDER_KINDS } from './reminder-rules';
import { recordReminderSettings, reminderSettingHistory, reminderSettingsOn } from './reminder-settings';
import { REMINDERS_SHEET, remindersColumns } from './reminders-sheet';
import { REMINDER_READERS, REMINDER_RECIPIENTS, REMINDER_SETTERS } from './roles';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const listedReminderSchema = z.object({
  id: z.number(),
  kind: z.enum(REMINDER_KINDS),
  channel: z.enum(REMINDER_CHANNELS),
  taxpayerId: z.number(),
  taxpayerName: z.string(),
  npwpd: z.string().nullable(),
  period: z.string().nullable(),
  billId: z.number().nullable(),
  dueDate: z.string(),
  amount: z.number().nullable(),
  recipient: z.string(),
  title: z.string(),
  body: z.string(),
  runDate: z.string(),
  status: z.enum(REMINDER_STATUSES),
  attempts: z.number(),
  claimedAt: z.date(),
  sentAt: z.date().nullable(),
  messageId: z.string().nullable(),
  error: z.string().nullable(),
});
export const reminderListSchema = z.object({ total: z.number(), items: z.array(listedReminderSchema) });

export const sandboxLogSchema = z.object({
  /** Which gateway this server sends through: the log is the sandbox's. */
  gateway: z.enum(['sandbox', 'webhook', 'off']),
  messages: z.array(
    z.object({
      id: z.number(),
      messageId: z.string(),
      recipient: z.string(),
      body: z.string(),
      reference: z.string(),
      acceptedAt: z.date(),
    }),
  ),
});

const settingsBody = z.strictObject({
  daysBeforeFiling: z.number().int().min(0).max(60),
  daysBeforeDue: z.number().int().min(0).max(60),
  daysAfterDue: z.number().int().min(1).max(365),
});
const settingVersion = settingsBody.extend({
  effectiveFrom: z.string().nullable(),
  recordedAt: z.date().nullable(),
});
export const reminderSettingsSchema = z.object({ inForce: settingVersion, history: z.array(settingVersion) });

export const reminderPreferencesSchema = z.object({
  email: z.boolean(),
  whatsapp: z.boolean(),
  /** The kinds the taxpayer may switch off; the others (the overdue notice) go whatever they choose. */
  optional: z.array(z.enum(REMINDER_KINDS)),
});

const filterQuery = {
  kind: z.enum(REMINDER_KINDS).optional(),
  channel: z.enum(REMINDER_CHANNELS).optional(),
  status: z.enum(REMINDER_STATUSES).optional(),
  from: day.optional().describe('Runs on or after this day'),
  to: day.optional().describe('Runs on or before this day'),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe("A fragment of the taxpayer's name, NPWPD or recipient"),
  sort: sortQuery(REMINDER_SORT_COLUMNS, '-claimed'),
};

/** The reminders' log and settings for staff, and a taxpayer's own choices. */
export function reminderRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/reminders',
    {
      schema: {
        tags: ['reminders'],
        summary:
          'The reminders sent (and failed), newest first: when, on which channel, to whom, the outcome',
        querystring: z.strictObject({ ...filterQuery, ...pageQuery() }),
        response: { 200: reminderListSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, REMINDER_READERS);
      return listReminders(ctx.db, regionId, request.query);
    },
  );

  r.get(
    '/reminders/download',
    {
      schema: {
        tags: ['reminders'],
        summary: 'The reminders matching the filters as a spreadsheet (CSV or XLSX), in the same order',
        description: `Every reminder that matches, at most ${LIST_DOWNLOAD_LIMIT}.`,
        querystring: z.strictObject({ ...filterQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      const { regionId, timeZone, name } = accessFor(request, REMINDER_READERS);
      const { format, lang: asked, ...q } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const found = await listReminders(ctx.db, regionId, { ...q, limit: LIST_DOWNLOAD_LIMIT, offset: 0 });
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: listFileName(REMINDERS_SHEET.file, name, localDate(ctx.clock.now(), timeZone), lang),
        sheetName: REMINDERS_SHEET.sheet[lang],
        rows: found.items,
        columns: remindersColumns(timeZone),
        lang,
      });
    },
  );

  r.get(
    '/reminders/gateway-log',
    {
      schema: {
        tags: ['reminders'],
        summary: 'What the sandbox WhatsApp/SMS gateway would have sent, newest first (demo mode and tests)',
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: sandboxLogSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, REMINDER_READERS);
      return {
        gateway: ctx.config.messageGateway,
        messages: await sandboxLog(ctx.db, regionId, request.query.limit),
      };
    },
  );

  r.get(
    '/reminders/settings',
    {
      schema: {
        tags: ['reminders'],
        summary: 'How many days before and after a due date reminders go: in force today, and every version',
        response: { 200: reminderSettingsSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, REMINDER_READERS);
      const today = localDate(ctx.clock.now(), timeZone);
      return {
        inForce: await reminderSettingsOn(ctx.db, regionId, today),
        history: await reminderSettingHistory(ctx.db, regionId),
      };
    },
  );

  r.post(
    '/reminders/settings',
    {
      schema: {
        tags: ['reminders'],
        summary: 'Record the reminder timing from a day on (today or later); earlier versions stay',
        body: settingsBody.extend({ effectiveFrom: day }),
        response: { 200: reminderSettingsSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, REMINDER_SETTERS);
      const session = await requireSession(ctx, request);
      const at = ctx.clock.now();
      const today = localDate(at, timeZone);
      const { effectiveFrom, ...settings } = request.body;
      if (compareDates(effectiveFrom, today) < 0)
        throw new Problem(422, 'REMINDER_SETTING_IN_THE_PAST', { effectiveFrom, today });
      await ctx.db.transaction(async (tx) => {
        const before = await recordReminderSettings(
          tx,
          regionId,
          effectiveFrom,
          settings,
          at,
          session.userId,
        );
        await appendAudit(tx, at, {
          regionId,
          actorId: session.userId,
          actor: session.email,
          ip: request.ip,
          action: 'reminder_setting.record',
          entity: 'reminder_setting',
          entityId: effectiveFrom,
          before: before
            ? {
                daysBeforeFiling: before.daysBeforeFiling,
                daysBeforeDue: before.daysBeforeDue,
                daysAfterDue: before.daysAfterDue,
              }
            : null,
          after: settings,
        });
      });
      return {
        inForce: await reminderSettingsOn(ctx.db, regionId, today),
        history: await reminderSettingHistory(ctx.db, regionId),
      };
    },
  );

  r.get(
    '/reminders/preferences',
    {
      schema: {
        tags: ['reminders'],
        summary: 'Which courtesy reminders the signed-in taxpayer receives, per channel',
        response: { 200: reminderPreferencesSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, REMINDER_RECIPIENTS);
      const session = await requireSession(ctx, request);
      return {
        ...(await preferencesOf(ctx.db, regionId, session.userId)),
        optional: REMINDER_KINDS.filter(mayOptOut),
      };
    },
  );

  r.put(
    '/reminders/preferences',
    {
      schema: {
        tags: ['reminders'],
        summary:
          'Switch courtesy reminders (before a deadline) on or off per channel; overdue notices go whatever is chosen',
        body: z.strictObject({ email: z.boolean(), whatsapp: z.boolean() }),
        response: { 200: reminderPreferencesSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, REMINDER_RECIPIENTS);
      const session = await requireSession(ctx, request);
      const at = ctx.clock.now();
      await ctx.db.transaction(async (tx) => {
        const before = await preferencesOf(tx, regionId, session.userId);
        await setPreferences(tx, regionId, session.userId, request.body, at);
        await appendAudit(tx, at, {
          regionId,
          actorId: session.userId,
          actor: session.email,
          ip: request.ip,
          action: 'reminder_preference.change',
          entity: 'reminder_preference',
          entityId: String(session.userId),
          before: { emailReminders: before.email, whatsappReminders: before.whatsapp },
          after: { emailReminders: request.body.email, whatsappReminders: request.body.whatsapp },
        });
      });
      return {
        ...(await preferencesOf(ctx.db, regionId, session.userId)),
        optional: REMINDER_KINDS.filter(mayOptOut),
      };
    },
  );
}
