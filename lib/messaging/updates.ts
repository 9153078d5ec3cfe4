import { type Browser, browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * What changed in the background, for open pages and panels to read again. Topics only, never the
 * data: each page then asks for what it shows, through the same checked messages as always.
 */
export const updateTopics = [
  'sync',
  'bills',
  'sends',
  'receivables',
  'connection',
  'settings',
  'mailings',
] as const;
export type UpdateTopic = (typeof updateTopics)[number];

export const updateMessage = z.object({
  name: z.literal('remitUpdate'),
  topics: z.array(z.enum(updateTopics)),
});
export type UpdateMessage = z.infer<typeof updateMessage>;

/**
 * Calls `listener` whenever the background says one of `topics` changed, until `signal` aborts. Only
 * Remit's own background is heard: other pages' messages pass through here too, and are left alone.
 */
export function onUpdates(topics: readonly UpdateTopic[], listener: () => void, signal: AbortSignal): void {
  const heard = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    const update = updateMessage.safeParse(message);
    if (update.success && update.data.topics.some((topic) => topics.includes(topic))) listener();
    return false;
  };
  browser.runtime.onMessage.addListener(heard);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(heard), { once: true });
}
