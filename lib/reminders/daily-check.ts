import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { showRemindersDue } from '../badge/toolbar-badge';
import { openCollectionsWorkspace } from '../collections/workspace-page';
import { accountOf, loadConnection } from '../connection/store';
import { t } from '../i18n/text';
import { refreshClioReminded } from './clio-reminders';
import { calendarDayIn, firmTimeZone } from './firm-day';
import { remindersDueToday } from './reminders-today';

const NOTICE_ID = 'remit-reminders-due';

/** The firm's day the notice was last shown: one a day, however often the worker restarts. */
const noticeShownOn = storage.defineItem<string | null>('local:remindersNoticeShownOn', { fallback: null });

/** The badge's count of reminders due, worked out again: after a sync, a send or a change of cadence. */
export async function recountReminders(): Promise<number> {
  const count = (await remindersDueToday()).size;
  await showRemindersDue(count);
  return count;
}

/**
 * The day's look at the reminders: Clio is asked whose reminders it sends itself, the reminders due
 * are counted, and the first look of the day that finds some says so in one notification. Nothing is
 * sent: the notification opens the workspace on them, and the user sends them with Send all.
 */
export async function checkRemindersToday(now = Date.now()): Promise<void> {
  const connection = await loadConnection();
  if (!connection || connection.needsReconnect) return;
  // Without Clio's answer, what it said last time stands.
  await refreshClioReminded(accountOf(connection)).catch((error) =>
    console.warn('Remit: Clio’s reminders were not read', error),
  );
  const count = await recountReminders();
  const today = calendarDayIn(firmTimeZone(), now);
  if (count === 0 || (await noticeShownOn.getValue()) === today) return;
  await noticeShownOn.setValue(today);
  await browser.notifications.create(NOTICE_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('reminders.notice_title', { count }),
    message: t('reminders.notice_message'),
  });
}

/** The notice opens the workspace with the reminders due chosen for review. */
export function followReminderNotice(): void {
  browser.notifications.onClicked.addListener(async (noticeId) => {
    if (noticeId !== NOTICE_ID) return;
    await browser.notifications.clear(noticeId);
    await openCollectionsWorkspace('reminders');
  });
}
