import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateConnection } from '@/lib/connection/store';
import { db } from '@/lib/db/database';
import { say } from '@/lib/i18n/text';
import { hasUnfinishedRun, isSyncing, runSync, stopSync } from '@/lib/sync/run-sync';
import { syncStatus } from '@/lib/sync/sync-status';
import { askBackground, billTab, ownPage } from '../../support/ask-background';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

/** The bills Clio's API lists: every one but those deleted. */
const listed = async (clio: InProcessClio) =>
  (await clio.control.bills())
    .filter((bill) => bill.state !== 'deleted')
    .map((bill) => bill.id)
    .sort((a, b) => a - b);
const cachedBillIds = async () => (await db.bills.toCollection().primaryKeys()).sort((a, b) => a - b);

/** The bills' line of the status while they are read, whatever the progress. */
const billsReading = {
  resource: 'bills',
  running: true,
  pages: expect.any(Number),
  records: expect.any(Number),
  completedAt: null,
};

describe('a sync run', () => {
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

  /** Holds Clio's answers to the bills index, so a run is caught while it reads them. */
  const slowBills = () =>
    clio.control.injectFaults([{ kind: 'latency', rate: 1, latencyMs: 400, path: '/api/v4/bills' }]);

  it('runs once when asked again while it runs, and the status follows it', async () => {
    await slowBills();
    const first = runSync();
    const second = runSync();
    expect(isSyncing()).toBe(true);
    await vi.waitFor(async () =>
      expect((await syncStatus()).resources[0]).toMatchObject({ running: true, runKind: 'full' }),
    );
    expect((await syncStatus()).running).toBe(true);

    await Promise.all([first, second]);

    const status = await syncStatus();
    expect(status).toMatchObject({ running: false, error: null });
    expect(status.lastCompletedAt).not.toBeNull();
    expect(status.resources.every((resource) => !resource.running && resource.runKind === null)).toBe(true);
    expect(isSyncing()).toBe(false);
    // Each index read once, one page each at this size; bills twice: those awaiting payment, then all.
    const reads = Object.fromEntries(
      Object.entries((await clio.control.state()).requests.byPath).filter(([path]) =>
        path.startsWith('GET /api/v4/'),
      ),
    );
    expect(Object.keys(reads)).toHaveLength(7);
    expect(
      Object.entries(reads).every(([path, count]) => count === (path === 'GET /api/v4/bills' ? 2 : 1)),
    ).toBe(true);
    expect(await cachedBillIds()).toEqual(await listed(clio));
  });

  it('keeps the cache and says the sync failed when Clio no longer takes the sign-in, until a run succeeds', async () => {
    await runSync();
    const cached = await cachedBillIds();
    await updateConnection({ needsReconnect: true });
    const logged = vi.spyOn(console, 'error');

    await expect(runSync()).rejects.toMatchObject({ code: 'reconnect' });

    expect(await cachedBillIds()).toEqual(cached);
    expect((await syncStatus()).error).not.toBeNull();
    // The user's to mend, as the status says: nothing for the console.
    expect(logged).not.toHaveBeenCalled();
    await updateConnection({ needsReconnect: false });
    await runSync();
    expect((await syncStatus()).error).toBeNull();
  });

  it('goes on past an index Clio refuses, saying which, and asks again each run while the rest keeps syncing', async () => {
    // A firm without Clio Payments: its indexes answer 403.
    await clio.control.injectFaults([{ kind: '403', rate: 1, path: 'clio_payments' }]);
    await runSync();
    const refused = await syncStatus();
    expect(refused.lastCompletedAt).not.toBeNull();
    expect(refused.error && say(refused.error)).toBe(
      'Clio does not let Remit read the payment links of this account (You are not permitted to access this resource). The rest is synced; Remit asks again on each sync.',
    );
    expect(await cachedBillIds()).toEqual(await listed(clio));

    // Paid in Clio since: the next run still reads the bills, and asks for the payments again.
    const [owed] = (await clio.control.bills()).filter((bill) => bill.state === 'awaiting_payment');
    if (!owed) throw new Error('The seed has no owed bill');
    await clio.control.payBill(owed.id, 1);
    await clio.control.resetRequestCounters();
    await runSync();
    expect((await db.bills.get(owed.id))?.paid).toBe(Math.round(owed.paid * 100) + 100);
    const { byPath } = (await clio.control.state()).requests;
    expect([byPath['GET /api/v4/clio_payments/links'], byPath['GET /api/v4/clio_payments/payments']]).toEqual(
      [1, 1],
    );
    expect((await syncStatus()).error).not.toBeNull();

    // Clio Payments turned on: the next run reads it, and nothing is said any more.
    await clio.control.clearFaults();
    await runSync();
    expect((await syncStatus()).error).toBeNull();
    expect(await db.paymentLinks.count()).toBeGreaterThan(0);
  });

  // A gateway's error on one index, once others came in, is that index's: Clio is up.
  it.each(['500', '502'] as const)(
    'goes on past an index Clio keeps failing (%s), saying which, and picks it up where it stopped once Clio answers',
    async (kind) => {
      await runSync();
      // No wait between the retries: only how many there are matters here.
      vi.spyOn(Math, 'random').mockReturnValue(0);
      await clio.control.injectFaults([{ kind, rate: 1, path: '/api/v4/allocations' }]);
      const [owed] = (await clio.control.bills()).filter((bill) => bill.state === 'awaiting_payment');
      if (!owed) throw new Error('The seed has no owed bill');
      const paidBefore = Math.round(owed.paid * 100);

      for (const [run, paidSince] of [
        [1, 100],
        [2, 300],
      ] as const) {
        await clio.control.payBill(owed.id, run);
        await expect(runSync()).rejects.toMatchObject({ code: 'network' });
        // The bills are read on every run, the first of the failing index's runs or not.
        expect((await db.bills.get(owed.id))?.paid).toBe(paidBefore + paidSince);
        const failed = await syncStatus();
        expect(failed.error && say(failed.error)).toBe(
          `Remit could not reach Clio (HTTP ${kind}). Cached figures are kept. The rest is synced; Remit picks up the payments applied where it stopped on the next sync.`,
        );
        expect(failed.resources.filter((resource) => resource.running)).toEqual([]);
        // Not a run cut short: a restarted worker leaves it to the next sync.
        expect(await hasUnfinishedRun()).toBe(false);
      }

      await clio.control.clearFaults();
      await runSync();
      expect((await syncStatus()).error).toBeNull();
      const applied = await db.allocations.where('billId').equals(owed.id).toArray();
      expect(applied.map((allocation) => allocation.amountDecimal)).toEqual(
        expect.arrayContaining(['1', '2']),
      );
    },
  );

  it.each([
    ['unavailable', [{ kind: '503', rate: 1, path: '/api/v4/' }], ['bills']],
    [
      'unavailable after an index came in',
      [{ kind: '503', rate: 1, path: '/api/v4/(contacts|matters)' }],
      ['bills', 'contacts', 'matters'],
    ],
    [
      'failing on two indexes',
      [
        { kind: '500', rate: 1, path: '/api/v4/contacts' },
        { kind: '500', rate: 1, path: '/api/v4/matters' },
      ],
      ['bills', 'contacts', 'matters'],
    ],
  ] as const)(
    'stops where Clio, not one index, is %s, and the next start resumes there',
    async (_, faults, read) => {
      await runSync();
      vi.spyOn(Math, 'random').mockReturnValue(0);
      await clio.control.injectFaults([...faults]);
      await clio.control.resetRequestCounters();

      await expect(runSync()).rejects.toMatchObject({ code: 'network' });

      const { byPath } = (await clio.control.state()).requests;
      expect(Object.keys(byPath).map((path) => path.replace('GET /api/v4/', ''))).toEqual(read);
      expect(await hasUnfinishedRun()).toBe(true);
    },
  );

  it('stops on disconnect and the next run picks up where it stopped, without starting over', async () => {
    await slowBills();
    const run = runSync();
    run.catch(() => undefined);
    await vi.waitFor(async () => expect((await syncStatus()).resources[0]?.running).toBe(true));

    await stopSync();

    await expect(run).rejects.toMatchObject({ code: 'not_connected' });
    expect(isSyncing()).toBe(false);
    expect(await hasUnfinishedRun()).toBe(true);
    const status = await syncStatus();
    expect(status.running).toBe(false);
    expect(status.error).not.toBeNull();
    expect(status.lastCompletedAt).toBeNull();

    await clio.control.clearFaults();
    await runSync();
    expect(await hasUnfinishedRun()).toBe(false);
    expect(await cachedBillIds()).toEqual(await listed(clio));
    // The resumed run is still the first, full one: nothing is read as changed since a run never finished.
    expect((await db.syncState.get('bills'))?.syncedUpTo).not.toBeNull();
  });

  it('resumes a run stopped after its bills with the index after them: the bills are not read again', async () => {
    await clio.control.injectFaults([{ kind: 'latency', rate: 1, latencyMs: 400, path: '/api/v4/contacts' }]);
    const run = runSync();
    run.catch(() => undefined);
    await vi.waitFor(async () => expect((await syncStatus()).resources[0]?.completedAt).not.toBeNull());
    await stopSync();
    await clio.control.clearFaults();
    await clio.control.resetRequestCounters();

    await runSync();

    const { byPath } = (await clio.control.state()).requests;
    expect(byPath['GET /api/v4/bills']).toBeUndefined();
    expect(byPath['GET /api/v4/contacts']).toBe(1);
    expect(await cachedBillIds()).toEqual(await listed(clio));
  });

  it('says a run failed unexpectedly and logs why when storing fails for a reason Remit did not foresee; the cache stays', async () => {
    await runSync();
    const cached = await cachedBillIds();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new Error('The disk is full');
    vi.spyOn(db.contacts, 'bulkPut').mockRejectedValueOnce(failure);

    await expect(runSync()).rejects.toBe(failure);

    expect((await syncStatus()).error).toEqual({ key: 'sync.failed_unexpectedly' });
    expect(logged).toHaveBeenCalledWith('Remit: sync failed', failure);
    expect(await cachedBillIds()).toEqual(cached);
  });

  it('finishes when the popup’s figures cannot be written, saying so in the console each time they were built', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(db.summaries, 'put').mockRejectedValue(new Error('The disk is full'));

    await runSync();

    expect(await syncStatus()).toMatchObject({
      running: false,
      error: null,
      lastCompletedAt: expect.any(Number),
    });
    // Once when the bills awaiting payment were in, once at the end of the run.
    const notUpdated = logged.mock.calls.filter(([text]) => text === 'Remit: the summary was not updated');
    expect(notUpdated).toHaveLength(2);
  });

  it('has nothing to stop when no run is under way', async () => {
    await stopSync();
    expect(isSyncing()).toBe(false);
    expect((await syncStatus()).error).toBeNull();
  });

  it('tells open pages the sync moved, once it starts and once it ends', async () => {
    const told = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await slowBills();

    await runSync();
    await vi.waitFor(() => expect(told).toHaveBeenCalledTimes(2));

    expect(told.mock.calls.map(([message]) => message)).toEqual([
      { name: 'remitUpdate', topics: ['sync'] },
      { name: 'remitUpdate', topics: ['sync'] },
    ]);
  });

  it('leaves the popup’s figures built from what the run stored', async () => {
    await runSync();

    expect(await db.summaries.count()).toBe(1);
  });

  it('is started from the options page and answered with the status at once, the run’s kind shown while it runs', async () => {
    await slowBills();

    expect(await askBackground(ownPage, 'syncNow', {})).toMatchObject({ ok: true, value: { running: true } });

    await vi.waitFor(async () =>
      expect(await askBackground(ownPage, 'getSyncStatus', {})).toMatchObject({
        ok: true,
        value: { running: true, resources: expect.arrayContaining([{ ...billsReading, runKind: 'full' }]) },
      }),
    );
    // Running until the whole run is over, the summary included; only then is it complete and idle.
    await vi.waitFor(
      async () =>
        expect(await askBackground(ownPage, 'getSyncStatus', {})).toMatchObject({
          ok: true,
          value: { running: false, lastCompletedAt: expect.any(Number) },
        }),
      { timeout: 10_000 },
    );
    expect(isSyncing()).toBe(false);
  });

  it('answers an extension page with the whole status, every resource and record set aside included', async () => {
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

  it('is neither started nor shown for a Clio page', async () => {
    for (const name of ['getSyncStatus', 'syncNow'])
      expect(await askBackground(billTab(1), name, {})).toMatchObject({
        ok: false,
        error: { code: 'not_allowed' },
      });
  });
});
