import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { formatCount } from '../format';
import { t } from '../i18n/text';

/** A dark red: the badge's white figures stay readable on it. */
const OVERDUE_COLOUR = '#B91C1C';
/** A dark blue, apart from the overdue red: a run under way, not a count to worry about. */
const SENDING_COLOUR = '#1D4ED8';
/** A dark amber: work to do today, apart from both. */
const REMINDERS_COLOUR = '#92400E';

interface Shown {
  overdue: number;
  remindersDue: number;
  leftToSend: number | null;
}

/**
 * What the badge shows: the bills a Send all has still to send while one runs, else the reminders
 * due today, else how many receivables are overdue. All are kept, so each comes back when the one
 * before it ends; kept for the browser's session, so a worker woken again knows all three.
 */
const shownItem = storage.defineItem<Shown>('session:badge', {
  fallback: { overdue: 0, remindersDue: 0, leftToSend: null },
});
/** One change at a time: each reads what the one before it wrote. */
let changing: Promise<unknown> = Promise.resolve();

function show(change: Partial<Shown>): Promise<void> {
  const next = changing.then(async () => {
    await shownItem.setValue({ ...(await shownItem.getValue()), ...change });
    await repaintBadge();
  });
  changing = next.catch(() => undefined);
  return next;
}

/** The toolbar badge: how many receivables are overdue today, or nothing when none are. */
export const showOverdueCount = (count: number): Promise<void> => show({ overdue: count });

/** How many reminders are due today. */
export const showRemindersDue = (count: number): Promise<void> => show({ remindersDue: count });

/** The bills a Send all has still to send, while it runs; null once it stops. */
export const showLeftToSend = (count: number | null): Promise<void> => show({ leftToSend: count });

/** Draws the badge as it stands, its title in the language now in force. */
export async function repaintBadge(): Promise<void> {
  // Firefox's Manifest V2 build has the same API under its older name.
  const action = browser.action ?? browser.browserAction;
  const { overdue, remindersDue, leftToSend } = await shownItem.getValue();
  if (leftToSend !== null) {
    await Promise.all([
      action.setBadgeBackgroundColor({ color: SENDING_COLOUR }),
      action.setBadgeText({ text: badgeText(leftToSend) }),
      action.setTitle({
        title: t('extension.badge_sending', { count: leftToSend, shown: formatCount(leftToSend) }),
      }),
    ]);
    return;
  }
  if (remindersDue > 0) {
    await Promise.all([
      action.setBadgeBackgroundColor({ color: REMINDERS_COLOUR }),
      action.setBadgeText({ text: badgeText(remindersDue) }),
      action.setTitle({ title: t('extension.badge_reminders', { count: remindersDue }) }),
    ]);
    return;
  }
  await Promise.all([
    action.setBadgeBackgroundColor({ color: OVERDUE_COLOUR }),
    action.setBadgeText({ text: overdue > 0 ? badgeText(overdue) : '' }),
    action.setTitle({
      title: overdue > 0 ? t('extension.badge_overdue', { count: overdue }) : t('extension.name'),
    }),
  ]);
}

/** The badge fits four characters. */
function badgeText(count: number): string {
  return count > 999 ? '999+' : String(count);
}
