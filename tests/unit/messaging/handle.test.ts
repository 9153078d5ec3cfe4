import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Handlers, handleMessages } from '@/lib/messaging/handle';
import { RemitError } from '@/lib/messaging/remit-error';

const ownPage = {
  id: fakeBrowser.runtime.id,
  url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html`,
};
const clioTab = { id: fakeBrowser.runtime.id, url: 'https://eu.app.clio.com/nc/#/bills/4', tab: { id: 7 } };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const unexpected = vi.fn(() => Promise.reject(new Error('not expected in this test')));
  return {
    refreshBillPanel: unexpected,
    getConnection: unexpected,
    connect: unexpected,
    disconnect: unexpected,
    loadBillFeatures: unexpected,
    ...overrides,
  } as Handlers;
}

async function deliver(message: unknown, sender: object): Promise<unknown> {
  let answer: unknown = 'no answer';
  const answered = new Promise<void>((resolve) => {
    fakeBrowser.runtime.onMessage.trigger(message, sender, (response: unknown) => {
      answer = response;
      resolve();
    });
  });
  await Promise.race([answered, new Promise((resolve) => setTimeout(resolve, 50))]);
  return answer;
}

describe('handleMessages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a valid request from a Clio tab with the handler’s value', async () => {
    const refreshBillPanel = vi.fn(async ({ billId }: { billId: number }) => ({ id: billId }) as never);
    handleMessages(handlers({ refreshBillPanel }));
    expect(await deliver({ name: 'refreshBillPanel', request: { billId: 4 } }, clioTab)).toEqual({
      ok: true,
      value: { id: 4 },
    });
    expect(refreshBillPanel).toHaveBeenCalledWith({ billId: 4 }, clioTab);
  });

  it.each([
    ['another extension', { id: 'someone-else', url: ownPage.url }],
    [
      'a tab outside Clio',
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/nc/#/bills/4', tab: { id: 1 } },
    ],
    [
      'a look-alike host',
      { id: fakeBrowser.runtime.id, url: 'https://app.clio.com.evil.example/', tab: { id: 1 } },
    ],
  ])('ignores messages from %s', async (_name, sender) => {
    const getConnection = vi.fn();
    handleMessages(handlers({ getConnection }));
    expect(await deliver({ name: 'getConnection', request: {} }, sender)).toBe('no answer');
    expect(getConnection).not.toHaveBeenCalled();
  });

  it.each([
    [{ name: 'refreshBillPanel', request: { billId: -1 } }],
    [{ name: 'refreshBillPanel', request: { billId: '4' } }],
    [{ name: 'dropTables', request: {} }],
    ['refreshBillPanel'],
  ])('rejects a malformed message without calling a handler: %j', async (message) => {
    const refreshBillPanel = vi.fn();
    handleMessages(handlers({ refreshBillPanel }));
    expect(await deliver(message, ownPage)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(refreshBillPanel).not.toHaveBeenCalled();
  });

  it('passes a RemitError’s code and message to the sender', async () => {
    handleMessages(
      handlers({ getConnection: () => Promise.reject(new RemitError('reconnect', 'Reconnect to Clio.')) }),
    );
    expect(await deliver({ name: 'getConnection', request: {} }, ownPage)).toEqual({
      ok: false,
      error: { code: 'reconnect', message: 'Reconnect to Clio.' },
    });
  });

  it('hides an unexpected error’s details behind a plain message', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    handleMessages(handlers({ getConnection: () => Promise.reject(new TypeError('x is undefined')) }));
    expect(await deliver({ name: 'getConnection', request: {} }, ownPage)).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'Something went wrong inside Remit.' },
    });
  });
});
