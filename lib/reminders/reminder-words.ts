import type { ReminderChannel, ReminderRecord } from '../db/records/reminder';
import { type MessageKey, t } from '../i18n/text';

const channels: Record<ReminderChannel, MessageKey> = {
  both: 'bill_panel.reminder_by_both',
  portal: 'bill_panel.reminder_by_portal',
  email: 'bill_panel.reminder_by_email',
};

const outcomes: Record<ReminderRecord['state'], MessageKey> = {
  sent: 'bill_panel.reminder_sent',
  confirmed: 'bill_panel.reminder_confirmed',
  failed: 'bill_panel.reminder_failed',
};

/** How a reminder went, in words: "client portal and email". */
export const channelWords = (channel: ReminderChannel): string => t(channels[channel]);

/** Where a reminder stands, in words: "confirmed in Clio". */
export const outcomeWords = (state: ReminderRecord['state']): string => t(outcomes[state]);
