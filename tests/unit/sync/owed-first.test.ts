import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import { receivablesNow } from '@/lib/summary/summary-store';
import { runSync, stopSync } from '@/lib/sync/run-sync';
import { syncStatus } from '@/lib/sync/sync-status';
import { expectedReceivables } from '../../support/expected-receivables';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';

describe('a first sync reads what is owed first', () => {
  let clio: InProcessClio;

  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 60 });
  });
  afterEach(async () => {
    await stopSync();
    await clio.close();
  });

  it('sums the current figures from the bills awaiting payment, before the history, and says the rest is still being read', async () => {
    // Every answer from the bills index is slow: the run is caught between its two queries.
    await clio.control.injectFaults([{ kind: 'latency', rate: 1, latencyMs: 600, path: '/api/v4/bills' }]);
    const expected = await expectedReceivables(clio.control);
    const run = runSync();
    run.catch(() => undefined);

    await vi.waitFor(async () => expect(await db.summaries.count()).toBe(1), { timeout: 5_000 });

    // Nothing but the bills awaiting payment is in the cache yet, and every one of them is.
    const unpaid = (await clio.control.bills()).filter((bill) => bill.state === 'awaiting_payment');
    const cached = await db.bills.toArray();
    expect(cached.map((bill) => bill.id).sort((a, b) => a - b)).toEqual(
      unpaid.map((bill) => bill.id).sort((a, b) => a - b),
    );
    expect(await db.contacts.count()).toBe(0);
    expect(await db.allocations.count()).toBe(0);
    const early = await receivablesNow();
    expect(early?.complete).toBe(false);
    const usd = expected.currencies.get('USD');
    const earlyUsd = early?.currencies.find((currency) => currency.currencyCode === 'USD');
    expect(earlyUsd).toMatchObject({
      outstanding: usd?.outstanding,
      overdue: usd?.overdue,
      unpaidBills: usd?.unpaidBills,
      pending: usd?.pending,
    });
    expect(earlyUsd?.topClients.map((client) => client.outstanding)).toEqual(
      usd?.topClients.map((client) => client.outstanding),
    );
    const status = await syncStatus();
    expect(status.currentFiguresReady).toBe(true);
    expect(status.lastCompletedAt).toBeNull();

    // A worker stopped now resumes with the whole index: what is owed is not read again first.
    await stopSync();
    const bills = await db.syncState.get('bills');
    expect(bills).toMatchObject({ runKind: 'full', queriesRead: 1, records: 0 });
    expect(bills?.nextUrl).not.toContain('state=');
    await clio.control.clearFaults();
    await runSync();

    const whole = await receivablesNow();
    expect(whole?.complete).toBe(true);
    const wholeUsd = whole?.currencies.find((currency) => currency.currencyCode === 'USD');
    expect(wholeUsd?.outstanding).toBe(usd?.outstanding);
    expect(wholeUsd?.paid).toEqual(usd?.paid);
    const listed = (await clio.control.bills()).filter((bill) => bill.state !== 'deleted');
    expect(await db.bills.count()).toBe(listed.length);
    expect((await db.syncState.get('bills'))?.records).toBe(listed.length);
  });

  it('a bill paid between the two reads is cached as paid; those unchanged count once', async () => {
    await clio.control.injectFaults([{ kind: 'latency', rate: 1, latencyMs: 600, path: '/api/v4/bills' }]);
    const run = runSync();
    run.catch(() => undefined);
    await vi.waitFor(async () => expect(await db.summaries.count()).toBe(1), { timeout: 5_000 });

    // Read first as owed, then paid in full in Clio before the whole index comes to it.
    const [owed] = (await clio.control.bills()).filter((bill) => bill.state === 'awaiting_payment');
    if (!owed) throw new Error('the sandbox has no bill awaiting payment');
    await clio.control.payBill(owed.id, owed.balance);
    await clio.control.clearFaults();
    await run;

    expect(await db.bills.get(owed.id)).toMatchObject({ state: 'paid', balance: 0 });
    const listed = (await clio.control.bills()).filter((bill) => bill.state !== 'deleted');
    expect((await db.syncState.get('bills'))?.records).toBe(listed.length);
    expect((await receivablesNow())?.complete).toBe(true);
  });
});
