import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OutboxEntry } from '@/lib/db/records/outbox-entry';
import { askTabToSend } from '@/lib/outbox/drive-in-tab';

const entry = {
  id: 's1',
  billId: 4,
  portal: true,
  email: false,
  message: 'Hi',
  tabId: 7,
  frameId: 0,
} as OutboxEntry;
const noListener = () =>
  Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));

describe('asking a Clio tab to fill the Send dialog', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks again while the tab’s page is still loading, then once it has started, never more', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://app.clio.com/nc/#/bills/4' });
    const ask = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockImplementationOnce(noListener)
      .mockImplementationOnce(noListener)
      .mockResolvedValue({ ok: true, value: { started: true } } as never);

    expect(await askTabToSend({ ...entry, tabId: tab.id ?? 0 })).toBe(true);

    expect(ask).toHaveBeenCalledTimes(3);
    expect(ask).toHaveBeenLastCalledWith(
      tab.id,
      {
        name: 'driveSendDialog',
        request: { sendId: 's1', billId: 4, portal: true, email: false, message: 'Hi' },
      },
      { frameId: 0 },
    );
  });

  it('takes a tab that shows another bill at its word, and a tab that failed otherwise as gone', async () => {
    const ask = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValueOnce({ ok: true, value: { started: false } } as never)
      .mockRejectedValue(new Error('No tab with id: 7.'));
    expect(await askTabToSend(entry)).toBe(false);

    await expect(askTabToSend(entry)).rejects.toThrow('No tab with id');
    expect(ask).toHaveBeenCalledTimes(2);
    expect(await askTabToSend({ ...entry, tabId: null })).toBe(false);
  });

  it('gives up at once on a closed tab, which Chrome answers as it does a page still loading', async () => {
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(noListener);

    await expect(askTabToSend(entry)).rejects.toThrow('Receiving end does not exist');
    expect(ask).toHaveBeenCalledTimes(1);
  });
});
