import type { ClioScopes, Handlers } from '../messaging/handle';
import { isOnScreen } from '../messaging/page-scope';
import { cachedBillPanel, refreshedBillPanel } from './bill-panel';
import type { billPanelMessages } from './messages';

type Messages = typeof billPanelMessages;

/**
 * `readsCacheOnly` names the tabs whose panel is answered from the cache without asking Clio: a bulk
 * run's, which checked its bills with Clio moments ago (Clio's request budget is the firm's).
 */
export const billPanelHandlers = (hooks: {
  readsCacheOnly: (tabId: number | undefined) => Promise<boolean>;
}): Handlers<Messages> => ({
  getCachedBillPanel: ({ billId }) => cachedBillPanel(billId),
  refreshBillPanel: async ({ billId }, sender) =>
    ((await hooks.readsCacheOnly(sender.tab?.id)) && (await cachedBillPanel(billId))) ||
    refreshedBillPanel(billId),
});

export const billPanelScopes: ClioScopes<Messages> = {
  getCachedBillPanel: ({ billId }, page) => isOnScreen(billId, page),
  refreshBillPanel: ({ billId }, page) => isOnScreen(billId, page),
};
