import { type Browser, browser } from 'wxt/browser';

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
  'reminders',
] as const;
export type UpdateTopic = (typeof updateTopics)[number];

export interface UpdateMessage {
  name: 'remitUpdate';
  topics: UpdateTopic[];
}

/**
 * The topics an update names, or none when `message` is not an update. Checked by hand: pages carry
 * no schema library.
 */
function topicsOf(message: unknown): unknown[] {
  if (typeof message !== 'object' || message === null) return [];
  const { name, topics } = message as Partial<Record<keyof UpdateMessage, unknown>>;
  return name === 'remitUpdate' && Array.isArray(topics) ? topics : [];
}

/**
 * Calls `listener` whenever the background says one of `topics` changed, until `signal` aborts. Only
 * Remit's own background is heard: other pages' messages pass through here too, and are left alone.
 */
export function onUpdates(topics: readonly UpdateTopic[], listener: () => void, signal: AbortSignal): void {
  const heard = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    if (topicsOf(message).some((topic) => topics.includes(topic as UpdateTopic))) listener();
    return false;
  };
  browser.runtime.onMessage.addListener(heard);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(heard), { once: true });
}

/**
 * Runs `read` at once and again whenever one of `topics` changes, until `signal` aborts; never two at
 * once. Updates heard while it runs (a sync's pages, several a second) make one more run after it:
 * the page ends on the latest state without the background working out each step of the way.
 */
export function readOnUpdates(
  topics: readonly UpdateTopic[],
  read: () => Promise<unknown>,
  signal: AbortSignal,
): void {
  let running = false;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    do {
      again = false;
      // What a failed read shows is the caller's; the next update reads again all the same.
      await read().catch(() => undefined);
    } while (again && !signal.aborted);
    running = false;
  };
  onUpdates(topics, () => void run(), signal);
  void run();
}
