import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/database';
import type { SyncStateRecord } from '@/lib/db/records/sync-state';
import type { Text } from '@/lib/i18n/text';
import { resourceSyncs } from '@/lib/sync/resources';
import { initialState } from '@/lib/sync/sync-resource';
import { syncStatus } from '@/lib/sync/sync-status';

/** Each resource finished its last run at `completedAt`, in resource order. */
async function finished(completedAt: (number | null)[]): Promise<void> {
  await db.syncState.bulkPut(
    resourceSyncs.map((resource, index) => ({
      ...initialState(resource),
      pages: index + 1,
      records: 10 * (index + 1),
      completedAt: completedAt[index] ?? null,
    })),
  );
}

const reasonIn = (field: string): Text => ({ key: 'records.not_as_documented', values: { field } });

describe('what the options page and popup show of the sync', () => {
  beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('shows every resource, in sync order, as never synced before the first sync', async () => {
    expect(await syncStatus()).toEqual({
      running: false,
      lastCompletedAt: null,
      currentFiguresReady: false,
      error: null,
      resources: resourceSyncs.map((resource) => ({
        resource: resource.name,
        running: false,
        runKind: null,
        pages: 0,
        records: 0,
        completedAt: null,
      })),
      setAside: [],
    });
  });

  it('dates the last complete sync by the resource that finished longest ago', async () => {
    const order = [5, 3, 9, 4, 8, 6, 7];
    const times = resourceSyncs.map((_, index) => 1_000_000 + (order[index] ?? 0) * 1000);
    await finished(times);

    const status = await syncStatus();

    expect(status.lastCompletedAt).toBe(1_003_000);
    expect(
      status.resources.map((resource) => [resource.pages, resource.records, resource.completedAt]),
    ).toEqual(resourceSyncs.map((_, index) => [index + 1, 10 * (index + 1), times[index]]));
  });

  it('has no last complete sync while any resource never finished one', async () => {
    await finished(resourceSyncs.map((_, index) => (index === 3 ? null : 1_000_000 + index)));

    expect((await syncStatus()).lastCompletedAt).toBeNull();
  });

  it('shows the resources a run is still reading, and how', async () => {
    await finished(resourceSyncs.map(() => 1_000_000));
    const bills: Partial<SyncStateRecord> = { nextUrl: 'bills.json?page_token=2', runKind: 'incremental' };
    await db.syncState.update('bills', bills);
    await db.syncState.update('payments', { nextUrl: null, runKind: 'full' });

    const byName = Object.fromEntries(
      (await syncStatus()).resources.map((resource) => [resource.resource, resource]),
    );

    expect(byName.bills).toMatchObject({ running: true, runKind: 'incremental' });
    expect(byName.payments).toMatchObject({ running: false, runKind: 'full' });
    expect(byName.contacts).toMatchObject({ running: false, runKind: null });
  });

  it('lists the records set aside, by resource, without their keys', async () => {
    await db.setAside.bulkPut([
      { key: 'payments:9', resource: 'payments', recordId: 9, billId: 4, reason: reasonIn('amount'), at: 2 },
      { key: 'bills:4', resource: 'bills', recordId: 4, reason: reasonIn('total'), at: 1 },
    ]);

    expect((await syncStatus()).setAside).toEqual([
      { resource: 'bills', recordId: 4, reason: reasonIn('total'), at: 1 },
      { resource: 'payments', recordId: 9, reason: reasonIn('amount'), at: 2 },
    ]);
  });

  it('is read from the cache once while nothing changes, and again as soon as the sync writes', async () => {
    await finished(resourceSyncs.map(() => 1_000_000));
    await syncStatus();
    const reads = vi.spyOn(db.syncState, 'toArray');

    expect((await syncStatus()).lastCompletedAt).toBe(1_000_000);
    expect(reads).not.toHaveBeenCalled();

    await db.syncState.update('bills', { nextUrl: 'bills.json?page_token=2', pages: 4 });
    await db.setAside.put({
      key: 'bills:4',
      resource: 'bills',
      recordId: 4,
      reason: reasonIn('total'),
      at: 1,
    });
    const status = await syncStatus();

    expect(status.resources[0]).toMatchObject({ resource: 'bills', running: true, pages: 4 });
    expect(status.setAside).toEqual([{ resource: 'bills', recordId: 4, reason: reasonIn('total'), at: 1 }]);
  });
});
