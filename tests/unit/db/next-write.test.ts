import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import { nextWrite } from '@/lib/db/next-write';
import { outboxEntry } from '../../support/outbox-entry';

describe('the next write to a table', () => {
  it('settles once a write to that table commits, not on a write to another', async () => {
    // Opening the database tells of every table once; the worker's is open long before.
    await db.open();
    let settled = false;
    // Long enough that only a write can settle it within the test.
    const outbox = nextWrite(['outbox'], 60_000).then(() => {
      settled = true;
    });
    await db.revocations.put({
      id: 'r1',
      region: 'us',
      clientId: 'app',
      clientSecret: 'secret',
      accessToken: 'token',
      refreshToken: null,
      queuedAt: 0,
    });
    // Dexie tells of a write as it commits: by the next task, a wait that heard it has settled.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    await db.outbox.put(outboxEntry(1));
    await outbox;
    expect(settled).toBe(true);
  });

  it('settles after its time at the latest, with no write at all', async () => {
    const started = Date.now();
    await nextWrite(['outbox'], 50);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });
});
