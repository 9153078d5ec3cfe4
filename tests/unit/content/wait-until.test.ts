import { describe, expect, it } from 'vitest';
import { waitUntil } from '@/lib/content/wait-for-element';

describe('waiting for Clio’s page', () => {
  it('stops at once for a signal aborted before the wait began, without looking', async () => {
    let looked = false;
    const reason = new Error('Clio has no such bill');
    await expect(
      waitUntil(
        () => {
          looked = true;
          return null;
        },
        AbortSignal.abort(reason),
        60_000,
        () => new Error('timed out'),
      ),
    ).rejects.toBe(reason);
    expect(looked).toBe(false);
  });
});
