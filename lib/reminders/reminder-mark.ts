import { loadConnection } from '../connection/store';
import { accountOf } from '../db/records/connection';
import type { ReminderChannel, ReminderMark, ReminderRecord } from '../db/records/reminder';
import { calendarDayIn, firmTimeZone } from './firm-day';

export function channelOf(portal: boolean, email: boolean): ReminderChannel {
  return portal && email ? 'both' : email ? 'email' : 'portal';
}

/** The record of a reminder whose Send bill was pressed at `at`; null when no account is connected. */
export async function reminderRecordOf(
  mark: ReminderMark,
  send: { id: string; billId: number; portal: boolean; email: boolean },
  at: number,
): Promise<Omit<ReminderRecord, 'state'> | null> {
  const connection = await loadConnection();
  if (!connection) return null;
  return {
    id: send.id,
    account: accountOf(connection),
    billId: send.billId,
    stepId: mark.stepId,
    stepDays: mark.stepDays,
    on: calendarDayIn(firmTimeZone(), at),
    channel: channelOf(send.portal, send.email),
    at,
  };
}
