import { RemitError } from '../errors';
import type { ClioScopes, Handlers } from '../messaging/handle';
import { billOnScreen, isOnScreen } from '../messaging/page-scope';
import type { sendMessages } from './messages';
import { isSendOfTab, latestSend, queueSend, recordOutcome, recordPressing } from './send-outbox';

type Messages = typeof sendMessages;

export const sendHandlers: Handlers<Messages> = {
  queueSend: async (request, sender) => {
    if (sender.tab?.id === undefined) throw new RemitError('invalid', 'outbox.from_bill_page');
    return queueSend(request, { tabId: sender.tab.id, frameId: sender.frameId ?? 0 });
  },
  getSend: ({ billId }) => latestSend(billId),
  sendPressing: async ({ sendId, byUser }) => ({ press: await recordPressing(sendId, byUser) }),
  sendOutcome: async ({ sendId, outcome }) => {
    await recordOutcome(sendId, outcome);
    return {};
  },
};

/** A page sends only the bill it shows, and reports only on the send its own tab is driving. */
export const sendScopes: ClioScopes<Messages> = {
  queueSend: ({ billId }, page) => isOnScreen(billId, page),
  getSend: ({ billId }, page) => isOnScreen(billId, page),
  sendPressing: ({ sendId }, page) => isSendOfTab(sendId, page.tabId, billOnScreen(page)),
  sendOutcome: ({ sendId }, page) => isSendOfTab(sendId, page.tabId, billOnScreen(page)),
};
