import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishChanges } from '@/entrypoints/background/publish-changes';
import { db } from '@/lib/db/database';
import { onUpdates, readOnUpdates, type UpdateMessage } from '@/lib/messaging/updates';

const background = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/background.js`,
};

describe('updates pushed to open pages', () => {
  beforeAll(async () => {
    publishChanges();
    // Opening the database reports every table once; that burst goes out before the tests write.
    const opened = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await db.open();
    await vi.waitFor(() => expect(opened).toHaveBeenCalled());
  });
  beforeEach(async () => {
    fakeBrowser.reset();
    await db.settings.clear();
    await db.syncState.clear();
    await db.summaries.clear();
    // Writes are gathered for 150 ms before they go out: these clears, and whatever is left of the
    // database's opening, go out before the test writes (a timer set later fires later).
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it('tells Remit’s pages and each Clio tab, once per burst, which topics the writes touched', async () => {
    const toPages = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const toTabs = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 9 }] as never);

    await db.settings.put({ key: 'messageTemplate', value: 'Hello' });
    await db.syncState.put({ resource: 'bills' } as never);
    await db.settings.put({ key: 'messageTemplate', value: 'Hello again' });
    expect(toPages).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(toTabs).toHaveBeenCalledTimes(2));

    // One message for the three writes: had they gone out apart, the first would lack a topic.
    expect(toPages).toHaveBeenCalledTimes(1);
    const message = toPages.mock.calls[0]?.[0] as unknown as UpdateMessage;
    expect(message.name).toBe('remitUpdate');
    expect([...message.topics].sort()).toEqual(['reminders', 'settings', 'sync']);
    expect(query).toHaveBeenCalledWith({ url: expect.arrayContaining(['https://app.clio.com/nc/*']) });
    expect(toTabs.mock.calls.map(([tabId, sent]) => [tabId, sent])).toEqual([
      [7, message],
      [9, message],
    ]);
  });

  it('tells open pages at once when the popup’s figures are rebuilt, with what was gathered so far', async () => {
    const toPages = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);

    await db.syncState.put({ resource: 'bills' } as never);
    await db.summaries.put({ key: 'receivables', summary: {} as never });

    // Well before the 150 ms a burst is gathered for.
    await vi.waitFor(() => expect(toPages).toHaveBeenCalledTimes(1), { timeout: 100, interval: 5 });
    const message = toPages.mock.calls[0]?.[0] as unknown as UpdateMessage;
    expect([...message.topics].sort()).toEqual(['receivables', 'sync']);
  });

  it('a page hears the topics it follows, from Remit’s background only, until it stops', () => {
    const heard = vi.fn();
    const stop = new AbortController();
    onUpdates(['sends'], heard, stop.signal);
    const update = (topics: string[]) => ({ name: 'remitUpdate', topics });
    const deliver = (message: unknown, sender: object) =>
      void fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);

    deliver(update(['bills']), background);
    expect(heard).not.toHaveBeenCalled();
    deliver(update(['sends']), background);
    expect(heard).toHaveBeenCalledTimes(1);
    // A Clio page's content script, another extension, a malformed update: none is the background.
    deliver(update(['sends']), { ...background, tab: { id: 3 } });
    deliver(update(['sends']), { id: 'another-extension' });
    deliver({ name: 'remitUpdate', topics: ['everything'] }, background);
    expect(heard).toHaveBeenCalledTimes(1);

    stop.abort();
    deliver(update(['sends']), background);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('a page reading on updates reads at once, never twice at once, and once more for all it heard meanwhile', async () => {
    const answers: (() => void)[] = [];
    const read = vi.fn(() => new Promise<void>((resolve) => answers.push(resolve)));
    const stop = new AbortController();
    readOnUpdates(['bills'], read, stop.signal);
    const deliver = () =>
      void fakeBrowser.runtime.onMessage.trigger(
        { name: 'remitUpdate', topics: ['bills'] },
        background,
        () => {},
      );
    // Every promise settled, with no clock involved: what would have started has started.
    const settled = () => new Promise((resolve) => setImmediate(resolve));
    expect(read).toHaveBeenCalledTimes(1);

    // A sync's pages while the first read is answered: none starts a read of its own.
    for (let page = 0; page < 5; page += 1) deliver();
    expect(read).toHaveBeenCalledTimes(1);
    answers[0]?.();
    // One more read, for all five.
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2));
    answers[1]?.();
    await settled();
    expect(read).toHaveBeenCalledTimes(2);

    // A failed read is not the end: the next update reads again.
    read.mockRejectedValueOnce(new Error('worker stopped'));
    deliver();
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(3));
    deliver();
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(4));
    answers[2]?.();

    stop.abort();
    await settled();
    deliver();
    expect(read).toHaveBeenCalledTimes(4);
  });
});
