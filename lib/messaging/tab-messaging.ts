import { browser } from 'wxt/browser';
import type { z } from 'zod';
import { RemitError } from '../errors';
import { reply } from './define';

/**
 * Messages the background sends to the content script of a Clio tab. The background validates both
 * ways: the request before it goes, the answer when it comes back; the page trusts its own background.
 */
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
  const spec = table[name] as T[N];
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, { name, request: spec.request.parse(request) }, { frameId });
  } catch (error) {
    // Chrome says the same of a closed tab: asking that one again would only wait.
    if (String(error).includes('Receiving end does not exist') && (await isTabOpen(tabId)))
      throw new NoListenerError(String(error));
    throw error;
  }
  const answer = reply.parse(raw);
  if (!answer.ok) throw RemitError.of(answer.error.code, answer.error.text);
  return spec.response.parse(answer.value) as z.output<T[N]['response']>;
}

/** Whether the tab is still open: the browser knows it by its id, which it never gives another tab. */
export function isTabOpen(tabId: number): Promise<boolean> {
  return browser.tabs.get(tabId).then(
    (tab) => tab !== undefined,
    () => false,
  );
}
