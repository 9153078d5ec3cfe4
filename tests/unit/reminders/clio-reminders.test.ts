import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveConnection } from '@/lib/connection/store';
import { db } from '@/lib/db/database';
import { refreshClioReminded } from '@/lib/reminders/clio-reminders';
import { connectionAs } from '../../support/connection-record';

/** Clio's outstanding client balances, as one page of the index. */
const balances = vi.hoisted(() => ({ records: [] as unknown[] }));
vi.mock('@/lib/connection/clio-session', () => ({
  clioApi: async () => ({ page: async () => ({ records: balances.records, next: undefined }) }),
}));

beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await saveConnection(connectionAs(7));
});

describe('which clients Clio reminds itself', () => {
  it('holds the clients named by their balance’s contact, and never a balance’s own id', async () => {
    balances.records = [
      { id: 501, reminders_enabled: true, contact: { id: 10 } },
      { id: 502, reminders_enabled: false, contact: { id: 20 } },
      // No contact: whose balance this is cannot be told, and 503 is no client's id.
      { id: 503, reminders_enabled: true, contact: null },
      { id: 504, reminders_enabled: true },
      { id: 'unreadable', reminders_enabled: true, contact: { id: 40 } },
    ];

    await refreshClioReminded('us:7');

    const held = await db.reminderHolds.where('account').equals('us:7').toArray();
    expect(held.map((hold) => [hold.kind, hold.targetId])).toEqual([['clio', 10]]);
  });
});
