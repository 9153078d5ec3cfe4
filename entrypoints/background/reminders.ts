import { Dexie } from 'dexie';
import { db } from '@/lib/db/database';
import { onSendSettled } from '@/lib/outbox/settle-send';
import {
  checkRemindersToday,
  followReminderNotice,
  lookIfAlarmWasLost,
  recountReminders,
} from '@/lib/reminders/daily-check';
import { settleReminder } from '@/lib/reminders/history';
import { ensureMorningAlarm, onMorningAlarm } from '@/lib/reminders/morning-alarm';

/** Writes come in bursts (a sync's pages): the count waits for a quiet moment. */
const RECOUNT_AFTER_MS = 1_000;

/** What changes the reminders due: the bills (through the summary a sync rebuilds), the history, holds and cadence. */
const countedFrom = ['summaries', 'reminders', 'reminderHolds', 'settings'].map(
  (table) => `idb://${db.name}/${table}/`,
);

/**
 * Reminders are worked out on a daily alarm and counted again whenever what they depend on changes;
 * a reminder's record follows its send to confirmed or refused.
 */
export function followReminders(): void {
  onSendSettled((sendId, state) => settleReminder(sendId, state === 'confirmed'));
  followReminderNotice();
  onMorningAlarm(() => checkRemindersToday());
  ensureMorningAlarm()
    .then((lost) => (lost ? lookIfAlarmWasLost() : undefined))
    .catch((error) => console.error('Remit: the reminders’ alarm was not set', error));
  let recounting: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((part) => countedFrom.some((prefix) => part.startsWith(prefix)))) return;
    clearTimeout(recounting);
    recounting = setTimeout(recount, RECOUNT_AFTER_MS);
  });
  recount();
}

function recount(): void {
  recountReminders().catch((error) => console.error('Remit: reminders were not counted', error));
}
