import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askEarly, takeEarlyAnswer } from '@/lib/messaging/early-ask';

const PENDING = Symbol.for('remit.earlyAnswers');

describe('a question asked before the page’s bundle has loaded', () => {
  beforeEach(() => {
    delete (globalThis as { [PENDING]?: unknown })[PENDING];
  });

  it('is answered to the page once, then the page asks for itself', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, value: 'figures' } as never);

    askEarly('getReceivables');

    expect(send).toHaveBeenCalledWith({ name: 'getReceivables', request: {} });
    await expect(takeEarlyAnswer('getReceivables')).resolves.toEqual({ ok: true, value: 'figures' });
    expect(takeEarlyAnswer('getReceivables')).toBeUndefined();
  });

  it('is not asked when the page has asked for itself already (the script arrived late)', () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, value: 'figures' } as never);
    expect(takeEarlyAnswer('getReceivables')).toBeUndefined();

    askEarly('getReceivables');

    expect(send).not.toHaveBeenCalled();
    expect(takeEarlyAnswer('getReceivables')).toBeUndefined();
  });
});
