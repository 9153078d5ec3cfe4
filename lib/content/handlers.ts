import type { ClioScopes, Handlers } from '../messaging/handle';
import { anyPage } from '../messaging/page-scope';
import { injectFeatures } from './inject-features';
import type { ContextTarget, contentMessages } from './messages';

type Messages = typeof contentMessages;

/**
 * `rightClicked` shows the context menu's items that apply to what was right-clicked; `sendTabs` knows
 * the tabs Remit opened to send a bill in, which get the Send dialog's driver alone, and learns once
 * each has it.
 */
export const contentHandlers = (hooks: {
  rightClicked: (target: ContextTarget) => Promise<void>;
  sendTabs: { has: (tabId: number | undefined) => Promise<boolean>; driverLoaded: (tabId: number) => void };
}): Handlers<Messages> => ({
  loadFeatures: async (_request, sender) => {
    const onlySends = await hooks.sendTabs.has(sender.tab?.id);
    await injectFeatures(sender, onlySends);
    if (onlySends && sender.tab?.id !== undefined) hooks.sendTabs.driverLoaded(sender.tab.id);
    return {};
  },
  contextTarget: async (target) => {
    await hooks.rightClicked(target);
    return {};
  },
});

export const contentScopes: ClioScopes<Messages> = { loadFeatures: anyPage, contextTarget: anyPage };
