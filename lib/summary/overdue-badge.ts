import { browser } from 'wxt/browser';
import { t } from '../i18n/text';

/** A dark red: the badge's white figures stay readable on it. */
const BADGE_COLOUR = '#B91C1C';

/** The toolbar badge: how many receivables are overdue today, or nothing when none are. */
export async function showOverdueCount(count: number): Promise<void> {
  // Firefox's Manifest V2 build has the same API under its older name.
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeBackgroundColor({ color: BADGE_COLOUR }),
    action.setBadgeText({ text: count > 0 ? badgeText(count) : '' }),
    action.setTitle({
      title: count > 0 ? t('extension.badge_overdue', { count }) : t('extension.name'),
    }),
  ]);
}

/** The badge fits four characters. */
function badgeText(count: number): string {
  return count > 999 ? '999+' : String(count);
}
