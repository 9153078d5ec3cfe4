import { type Browser, browser } from 'wxt/browser';
import type { z } from 'zod';
import { RemitError } from '../errors';
import { envelope, failure, invalidRequest, reply } from './define';

/** Messages the background sends to the content script of a Clio tab: request and answer, both validated. */
export type TabMessageTable = Record<string, { request: z.ZodType; response: z.ZodType }>;

/** No content script listens in that tab (yet): nothing was delivered, so asking again is safe. */
export class NoListenerError extends Error {}

/** Sends a typed message from the background to the content script in one frame of a tab. */
export async function sendToTab<T extends TabMessageTable, N extends keyof T & string>(
  table: T,
  target: { tabId: number; frameId: number },
  name: N,
  request: z.input<T[N]['request']>,
): Promise<z.output<T[N]['response']>> {
  const { tabId, frameId } = target;
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, { name, request }, { frameId });
  } catch (error) {
    if (String(error).includes('Receiving end does not exist')) throw new NoListenerError(String(error));
    throw error;
  }
  const answer = reply.parse(raw);
  if (!answer.ok) throw RemitError.of(answer.error.code, answer.error.text);
  return (table[name] as T[N]).response.parse(answer.value) as z.output<T[N]['response']>;
}

type TabHandlers<T extends TabMessageTable> = {
  [N in keyof T]: (request: z.output<T[N]['request']>) => Promise<z.output<T[N]['response']>>;
};

/** The content script's listener: answers only this extension's background, after validating. */
export function handleTabMessages<T extends TabMessageTable>(
  table: T,
  handlers: TabHandlers<T>,
  signal: AbortSignal,
): void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (r: unknown) => void,
  ) => {
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    const parsed = envelope.safeParse(message);
    if (!parsed.success || !Object.hasOwn(table, parsed.data.name)) return false;
    const name: keyof T = parsed.data.name;
    const request = (table[name] as T[keyof T]).request.safeParse(parsed.data.request);
    if (!request.success) {
      sendResponse(invalidRequest(request.error));
      return false;
    }
    handlers[name](request.data as z.output<T[keyof T]['request']>).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => {
        if (error instanceof RemitError) sendResponse(failure(error));
        else {
          console.error(`Remit: ${String(name)} failed in the page`, error);
          sendResponse({ ok: false, error: { code: 'invalid', text: { key: 'common.page_failed' } } });
        }
      },
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
