import { browser } from 'wxt/browser';
import { formatCount } from '../format';
import { t } from '../i18n/text';

/** A dark red: the badge's white figures stay readable on it. */
const OVERDUE_COLOUR = '#B91C1C';
/** A dark blue, apart from the overdue red: a run under way, not a count to worry about. */
const SENDING_COLOUR = '#1D4ED8';

/**
 * What the badge shows: the bills a Send all has still to send while one runs, else how many
 * receivables are overdue. Both are kept, so the overdue count comes back when the run ends.
 */
const shown: { overdue: number; leftToSend: number | null } = { overdue: 0, leftToSend: null };

/** The toolbar badge: how many receivables are overdue today, or nothing when none are. */
export async function showOverdueCount(count: number): Promise<void> {
  shown.overdue = count;
  await repaintBadge();
}

/** The bills a Send all has still to send, while it runs; null once it stops. */
export async function showLeftToSend(count: number | null): Promise<void> {
  shown.leftToSend = count;
  await repaintBadge();
}

/** Draws the badge as it stands, its title in the language now in force. */
export async function repaintBadge(): Promise<void> {
  // Firefox's Manifest V2 build has the same API under its older name.
  const action = browser.action ?? browser.browserAction;
  const { overdue, leftToSend } = shown;
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
