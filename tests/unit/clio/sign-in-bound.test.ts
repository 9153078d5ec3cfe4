import { afterEach, describe, expect, it, vi } from 'vitest';
import { refreshTokens } from '@/lib/clio/oauth';
import { RemitError } from '@/lib/errors';
import { say } from '@/lib/i18n/text';

const app = { region: 'us' as const, clientId: 'client', clientSecret: 'secret' };

describe('a refresh Clio’s sign-in answers slowly, again and again', () => {
  afterEach(() => vi.useRealTimers());

  it('ends after 30 s in all, tries and waits between them included, and keeps no one waiting longer', async () => {
    vi.useFakeTimers();
    const asked: number[] = [];
    // Each answer takes 9 s (within one request's own limit) and is a 503 asking for 5 s: three tries
    // and two waits would end at 37 s.
    vi.stubGlobal(
      'fetch',
      vi.fn(async (request: Request) => {
        asked.push(Date.now());
        await new Promise((resolve, reject) => {
          const timer = setTimeout(resolve, 9_000);
          request.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(request.signal.reason);
          });
        });
        return new Response('', { status: 503, headers: { 'retry-after': '5' } });
      }),
    );
    const started = Date.now();
    let outcome: unknown;
    const refreshing = refreshTokens(app, 'refresh-token').then(
      () => 'refreshed',
      (error: unknown) => error,
    );
    void refreshing.then((settled) => {
      outcome = settled;
    });

    await vi.advanceTimersByTimeAsync(29_900);
    expect(outcome).toBeUndefined();
    expect(asked.map((at) => at - started)).toEqual([0, 14_000, 28_000]);
    await vi.advanceTimersByTimeAsync(200);

    expect(outcome).toBeInstanceOf(RemitError);
    expect((outcome as RemitError).code).toBe('network');
    expect(say((outcome as RemitError).text)).toBe(
      'Remit could not reach Clio (app.clio.com). Check your connection.',
    );
  });
});
