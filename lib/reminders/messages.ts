import { z } from 'zod';
import { reminderChannels } from '../db/records/reminder';
import { billRequest, defineMessage, none } from '../messaging/define';
import { reminderCadence } from './cadence';

const calendarDay = z.iso.date();

/** One bill's reminders and what holds them, as the panel and the workspace show them. */
export const billReminders = z.object({
  /** Latest first. */
  history: z.array(
    z.object({
      /** The send it went by. */
      id: z.string(),
      stepDays: z.number().int(),
      on: calendarDay,
      channel: z.enum(reminderChannels),
      state: z.enum(['sent', 'confirmed', 'failed']),
    }),
  ),
  /** The step due today, in days from the due date; null when none is. */
  dueToday: z.number().int().nullable(),
  snoozedUntil: calendarDay.nullable(),
  /** The firm asked never to remind this bill's client. */
  clientQuiet: z.boolean(),
  /** Clio's own reminders are on for this bill's client, and Remit's are off beside them. */
  clioReminds: z.boolean(),
});
export type BillReminders = z.infer<typeof billReminders>;

export const reminderMessages = {
  getReminderCadence: defineMessage('extension', none, reminderCadence),
  saveReminderCadence: defineMessage('extension', reminderCadence, reminderCadence),
  /** How many reminders are due today: the popup's line and the badge's count. */
  remindersDueCount: defineMessage('extension', none, z.object({ count: z.number().int() })),
  /** A bill's reminders: the panel asks for the bill on screen. */
  getBillReminders: defineMessage('both', billRequest, billReminders),
  /** The clients the firm asked never to remind, by name. */
  getQuietClients: defineMessage(
    'extension',
    none,
    z.object({ clients: z.array(z.object({ clientId: z.number().int(), name: z.string().nullable() })) }),
  ),
  /** Reminds a quieted client on the cadence again. */
  remindClientAgain: defineMessage('extension', z.object({ clientId: z.number().int().positive() }), none),
  /** Snoozes a bill's reminders until a day (null: no longer), or quiets its client (or no longer). */
  holdReminders: defineMessage(
    'both',
    billRequest.extend({
      snoozeUntil: calendarDay.nullable().optional(),
      quietClient: z.boolean().optional(),
    }),
    billReminders,
  ),
};
