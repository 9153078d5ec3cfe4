import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clioRules, handlers } from '@/entrypoints/background/message-handlers';
import { messageListener } from '@/lib/messaging/handle';
import type { Reply } from '@/lib/messaging/reply';
import { protocol } from '@/lib/protocol';

/** One of Remit's own extension pages (the popup), as the browser names it to the background. */
export const ownPage = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
};

/** Remit's content script in tab 7, which shows bill `billId`; in frame `frameId` when given. */
export const billTab = (billId: number, frameId?: number) => {
  const url = `https://app.clio.com/nc/#/bills/${billId}`;
  return {
    id: fakeBrowser.runtime.id,
    url,
    tab: { id: 7, url },
    ...(frameId === undefined ? {} : { frameId }),
  };
};

/** Delivers one message to the background's listener as the browser would, and waits for its answer. */
export function askBackground(sender: object, name: string, request: unknown): Promise<Reply> {
  return new Promise((resolve) => {
    if (!messageListener(protocol, handlers, clioRules)({ name, request }, sender, resolve))
      throw new Error('The message was ignored');
  });
}
