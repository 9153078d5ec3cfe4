import { browser } from 'wxt/browser';
import { CLIO_APP_MATCHES } from '@/lib/clio/regions';
import { t } from '@/lib/i18n/text';
import { SEND_MENU_ID, sendFromContextMenu } from '@/lib/outbox/context-menu-send';

/** The menu item exists on Clio's pages, and shows only when the thing right-clicked is a bill. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: SEND_MENU_ID,
      title: t('outbox.menu_title'),
      contexts: ['link', 'page'],
      documentUrlPatterns: CLIO_APP_MATCHES,
      visible: false,
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SEND_MENU_ID) void sendFromContextMenu(info, tab);
  });
}
