import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { showRemindersDue } from '../badge/toolbar-badge';
import { openCollectionsWorkspace } from '../collections/workspace-page';
import { loadConnection } from '../connection/store';
import { accountOf } from '../db/records/connection';
import { t } from '../i18n/text';
import { refreshClioReminded } from './clio-reminders';
import { calendarDayIn, firmTimeZone } from './firm-day';
import { remindersDueToday } from './reminders-today';

const NOTICE_ID = 'remit-reminders-due';
/** The day's look comes at this hour of the firm's morning, before the day's work. */
export const MORNING_HOUR = 8;

/** The firm's day of the last look, and whether its notice was shown: one notice a day, however often the worker restarts. */
const lastLook = storage.defineItem<{ day: string; noticeShown: boolean } | null>('local:remindersLastLook', {
  fallback: null,
});

const firmToday = (now: number) => calendarDayIn(firmTimeZone(), now);

/**
 * One look at a time: the morning's alarm, which wakes the worker, and the worker's start, which finds
 * that alarm gone and asks whether a look was lost, would otherwise look together, each asking Clio.
 */
let looking: Promise<void> = Promise.resolve();
function inTurn(look: () => Promise<void>): Promise<void> {
  const turn = looking.then(look);
  looking = turn.catch(() => undefined);
  return turn;
}

/**
 * The badge's count of reminders due, worked out again after a sync, a send or a change of cadence:
 * from the day's look on, until the next day's. Before the morning's look, the badge keeps to the
 * overdue bills.
 */
export async function recountReminders(now = Date.now()): Promise<number> {
  const looked = (await lastLook.getValue())?.day === firmToday(now);
  const count = looked ? (await remindersDueToday(now)).size : 0;
  await showRemindersDue(count);
  return count;
}

/**
 * The day's look at the reminders: Clio is asked whose reminders it sends itself, the reminders due
 * are counted on the badge, and the first look of the day that finds some says so in one
 * notification. Nothing is sent: the notification opens the workspace on them, and the user sends
 * them with Send all.
 */
export function checkRemindersToday(now = Date.now()): Promise<void> {
  return inTurn(() => lookToday(now));
}

async function lookToday(now: number): Promise<void> {
  const connection = await loadConnection();
  if (!connection || connection.needsReconnect) return;
  // Without Clio's answer, what it said last time stands.
  await refreshClioReminded(accountOf(connection)).catch((error) =>
    console.warn('Remit: Clio’s reminders were not read', error),
  );
  const today = firmToday(now);
  const before = await lastLook.getValue();
  const noticeShown = before?.day === today && before.noticeShown;
  await lastLook.setValue({ day: today, noticeShown });
  const count = await recountReminders(now);
  if (count === 0 || noticeShown) return;
  await lastLook.setValue({ day: today, noticeShown: true });
  await browser.notifications.create(NOTICE_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('reminders.notice_title', { count }),
    message: t('reminders.notice_message'),
  });
}

/**
 * The day's look, when its alarm was lost before it rang: a browser that clears alarms as it quits
 * (Firefox does) or an update left it to be set again for tomorrow. Only once reminders have been
 * looked at on an earlier day, and only after the morning's hour, as the alarm would have.
 */
export function lookIfAlarmWasLost(now = Date.now()): Promise<void> {
  return inTurn(async () => {
    const before = await lastLook.getValue();
    if (!before || before.day === firmToday(now) || new Date(now).getHours() < MORNING_HOUR) return;
    await lookToday(now);
  });
}

/** The notice opens the workspace with the reminders due chosen for review. */
export function followReminderNotice(): void {
  browser.notifications.onClicked.addListener((noticeId) => {
    if (noticeId !== NOTICE_ID) return;
    Promise.all([browser.notifications.clear(noticeId), openCollectionsWorkspace('reminders')]).catch(
      (error) => console.error('Remit: the reminders were not opened', error),
    );
  });
}
