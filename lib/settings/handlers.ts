import { browser } from 'wxt/browser';
import type { ClioScopes, Handlers } from '../messaging/handle';
import { anyPage } from '../messaging/page-scope';
import type { settingsMessages } from './messages';
import { loadSettings, saveSettings } from './settings';

type Messages = typeof settingsMessages;

export const settingsHandlers: Handlers<Messages> = {
  getSettings: loadSettings,
  saveSettings: (settings) => saveSettings(settings),
  openOptions: async () => {
    await browser.runtime.openOptionsPage();
    return {};
  },
};

/** A page reads the send messages and opens the options; it never changes them. */
export const settingsScopes: ClioScopes<Messages> = {
  getSettings: anyPage,
  openOptions: anyPage,
};
