import { browser } from 'wxt/browser';
import { CLIO_APP_MATCHES } from '@/lib/clio/regions';
import { openCollectionsWorkspace } from '@/lib/collections/workspace-page';
import type { ContextTarget } from '@/lib/content/messages';
import { languageApplied } from '@/lib/i18n/language-choice';
import { type MessageKey, t } from '@/lib/i18n/text';
import { SEND_MENU_ID, sendFromContextMenu, showSendMenuFor } from '@/lib/outbox/context-menu-send';

const WORKSPACE_MENU_ID = 'remit-open-workspace';

const menuTitles = {
  [SEND_MENU_ID]: 'outbox.menu_title',
  [WORKSPACE_MENU_ID]: 'collections.open_from_clio',
} as const satisfies Record<string, MessageKey>;

/**
 * The menu's items exist on Clio's pages, each shown only where it applies: sending when the thing
 * right-clicked is a bill, the workspace on Clio's bills list.
 */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(async () => {
    // Made once per install or update, and kept: in the language the user chose, not the browser's.
    await languageApplied();
    browser.contextMenus.create({
      id: SEND_MENU_ID,
      title: t(menuTitles[SEND_MENU_ID]),
      contexts: ['link', 'page'],
      documentUrlPatterns: CLIO_APP_MATCHES,
      visible: false,
    });
    browser.contextMenus.create({
      id: WORKSPACE_MENU_ID,
      title: t(menuTitles[WORKSPACE_MENU_ID]),
      contexts: ['link', 'page'],
      documentUrlPatterns: CLIO_APP_MATCHES,
      visible: false,
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SEND_MENU_ID) void sendFromContextMenu(info, tab);
    if (info.menuItemId === WORKSPACE_MENU_ID)
      void openCollectionsWorkspace().catch((error) =>
        console.error('Remit: the workspace did not open', error),
      );
  });
}

/** Called as the user right-clicks in Clio, before the menu opens. */
export async function showContextMenuFor({ billId, billsList }: ContextTarget): Promise<void> {
  await showSendMenuFor(billId);
  await browser.contextMenus.update(WORKSPACE_MENU_ID, { visible: billsList });
}

/** The items keep the words they were made with: a new language names them again. */
export async function retitleContextMenu(): Promise<void> {
  await Promise.all(
    Object.entries(menuTitles).map(([id, key]) => browser.contextMenus.update(id, { title: t(key) })),
  );
}
