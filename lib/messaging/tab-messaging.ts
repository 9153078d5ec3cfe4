import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';
import {
  envelope,
  reply,
  type TabMessageName,
  type TabRequestOf,
  type TabResponseOf,
  tabProtocol,
} from './protocol';
import { RemitError } from './remit-error';

/** No content script listens in that tab (yet): nothing was delivered, so asking again is safe. */
export class NoListenerError extends Error {}

/** Sends a typed message from the background to the content script in one frame of a tab. */
export async function sendToTab<N extends TabMessageName>(
  tabId: number,
  frameId: number,
  name: N,
  request: TabRequestOf<N>,
): Promise<TabResponseOf<N>> {
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, { name, request }, { frameId });
  } catch (error) {
    if (String(error).includes('Receiving end does not exist')) throw new NoListenerError(String(error));
    throw error;
  }
  const answer = reply.parse(raw);
  if (!answer.ok) throw new RemitError(answer.error.code, answer.error.message);
  return tabProtocol[name].response.parse(answer.value) as TabResponseOf<N>;
}

type TabHandlers = {
  [N in TabMessageName]: (request: z.output<(typeof tabProtocol)[N]['request']>) => Promise<TabResponseOf<N>>;
};

/** The content script's listener: answers only this extension's background, after validating. */
export function handleTabMessages(handlers: TabHandlers, signal: AbortSignal): void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (r: unknown) => void,
  ) => {
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    const parsed = envelope.safeParse(message);
    if (!parsed.success || !(parsed.data.name in tabProtocol)) return false;
    const name = parsed.data.name as TabMessageName;
    const request = tabProtocol[name].request.safeParse(parsed.data.request);
    if (!request.success) {
      sendResponse({ ok: false, error: { code: 'invalid', message: z.prettifyError(request.error) } });
      return false;
    }
    handlers[name](request.data).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) =>
        sendResponse({
          ok: false,
          error: {
            code: error instanceof RemitError ? error.code : 'invalid',
            message: error instanceof Error ? error.message : 'Remit failed in the page.',
          },
        }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
