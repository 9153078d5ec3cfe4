import { type Browser, browser } from 'wxt/browser';
import type { z } from 'zod';
import { RemitError } from '../errors';
import { failure, type Reply } from './reply';
import type { TabMessageTable } from './tab-messaging';

type TabHandlers<T extends TabMessageTable> = {
  [N in keyof T]: (request: z.output<T[N]['request']>) => Promise<z.output<T[N]['response']>>;
};

/**
 * The content script's side of a tab message table: answers only this extension's background, which
 * validated the request before sending it (so the page carries no schemas), until `signal` aborts.
 */
export function handleTabMessages<T extends TabMessageTable>(
  handlers: TabHandlers<T>,
  signal: AbortSignal,
): void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (reply: Reply) => void,
  ) => {
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    const name =
      typeof message === 'object' && message !== null && 'name' in message ? message.name : undefined;
    if (typeof name !== 'string' || !Object.hasOwn(handlers, name)) return false;
    const request = (message as { request?: unknown }).request;
    handlers[name as keyof T](request as z.output<T[keyof T]['request']>).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => {
        if (error instanceof RemitError) sendResponse(failure(error));
        else {
          console.error(`Remit: ${name} failed in the page`, error);
          sendResponse({ ok: false, error: { code: 'invalid', text: { key: 'common.page_failed' } } });
        }
      },
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
