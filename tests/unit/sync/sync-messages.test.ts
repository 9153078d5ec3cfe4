import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import { runSync, stopSync } from '@/lib/sync/run-sync';
import { syncStatus } from '@/lib/sync/sync-status';
import { askBackground, billTab, ownPage } from '../../support/ask-background';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

/** The bills' line of the status, whatever its progress. */
const bills = {
  resource: 'bills',
  running: true,
  pages: expect.any(Number),
  records: expect.any(Number),
  completedAt: null,
};

describe('the sync’s messages', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
  });
  afterEach(async () => {
    await stopSync();
    await clio.close();
  });

  it('answer an extension page with the whole status, every resource and record set aside included', async () => {
    await runSync();
    const reason = { key: 'records.amount_without_currency', values: { field: 'currency' } } as const;
    await db.setAside.put({ key: 'bills:99', resource: 'bills', recordId: 99, reason, at: 5 });
    const status = await syncStatus();

    const reply = await askBackground(ownPage, 'getSyncStatus', {});

    expect(reply).toEqual({ ok: true, value: status });
    expect(status.resources.map((resource) => [resource.runKind, resource.completedAt !== null])).toEqual(
      Array(7).fill([null, true]),
    );
    expect(status.setAside).toEqual([{ resource: 'bills', recordId: 99, reason, at: 5 }]);
  });

  it('say a run is under way and of which kind, from the moment it is asked for', async () => {
    await clio.control.injectFaults([{ kind: 'latency', rate: 1, latencyMs: 300, path: '/api/v4/bills' }]);

    expect(await askBackground(ownPage, 'syncNow', {})).toMatchObject({ ok: true, value: { running: true } });

    await vi.waitFor(async () =>
      expect(await askBackground(ownPage, 'getSyncStatus', {})).toMatchObject({
        ok: true,
        value: { running: true, resources: expect.arrayContaining([{ ...bills, runKind: 'full' }]) },
      }),
    );
  });

  it('are refused to a Clio page', async () => {
    for (const name of ['getSyncStatus', 'syncNow'])
      expect(await askBackground(billTab(1), name, {})).toMatchObject({
        ok: false,
        error: { code: 'not_allowed' },
      });
  });
});
