import type { ClioScopes, Handlers, Sender } from '../messaging/handle';
import { anyPage } from '../messaging/page-scope';
import { injectFeatures } from './inject-features';
import type { ContextTarget, contentMessages } from './messages';

type Messages = typeof contentMessages;

/**
 * `rightClicked` shows the context menu's items that apply to what was right-clicked; `sendTabs` knows
 * the tabs Remit opened to send a bill in, which get the Send dialog's driver alone, and learns once
 * each has it; `worksOnHost` says whether the page's Clio is the one Remit is connected to.
 */
export const contentHandlers = (hooks: {
  rightClicked: (target: ContextTarget) => Promise<void>;
  sendTabs: { has: (tabId: number | undefined) => Promise<boolean>; driverLoaded: (tabId: number) => void };
  worksOnHost: (host: string) => Promise<boolean>;
}): Handlers<Messages> => {
  // Another region's Clio than the one connected: nothing of Remit's belongs on its pages.
  const onOtherClio = async (sender: Sender) => {
    const url = sender.tab?.url ?? sender.url;
    return url !== undefined && URL.canParse(url) && !(await hooks.worksOnHost(new URL(url).host));
  };
  return {
    loadFeatures: async (_request, sender) => {
      if (await onOtherClio(sender)) return {};
      const onlySends = await hooks.sendTabs.has(sender.tab?.id);
      await injectFeatures(sender, onlySends);
      if (onlySends && sender.tab?.id !== undefined) hooks.sendTabs.driverLoaded(sender.tab.id);
      return {};
    },
    contextTarget: async (target, sender) => {
      await hooks.rightClicked((await onOtherClio(sender)) ? { billId: null, billsList: false } : target);
      return {};
    },
  };
};

export const contentScopes: ClioScopes<Messages> = { loadFeatures: anyPage, contextTarget: anyPage };
