import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import { nextWrite } from '@/lib/db/next-write';
import { outboxEntry } from '../../support/outbox-entry';

/** Which of `waits` settled first, given a moment for any write to be announced. */
async function first(waits: Record<string, Promise<unknown>>): Promise<string> {
  return Promise.race(Object.entries(waits).map(([name, wait]) => wait.then(() => name)));
}

describe('the next write to a table', () => {
  it('settles once a write to that table commits, not on a write to another', async () => {
    // Opening the database tells of every table once; the worker's is open long before.
    await db.open();
    const outbox = nextWrite(['outbox'], 5_000);
    await db.revocations.put({
      id: 'r1',
      region: 'us',
      clientId: 'app',
      clientSecret: 'secret',
      accessToken: 'token',
      refreshToken: null,
      queuedAt: 0,
    });
    const later = new Promise((resolve) => setTimeout(resolve, 200));
    expect(await first({ outbox, later })).toBe('later');
    await db.outbox.put(outboxEntry(1));
    expect(await first({ outbox, later: new Promise((resolve) => setTimeout(resolve, 1_000)) })).toBe(
      'outbox',
    );
  });

  it('settles after its time at the latest, with no write at all', async () => {
    const started = Date.now();
    await nextWrite(['outbox'], 50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
