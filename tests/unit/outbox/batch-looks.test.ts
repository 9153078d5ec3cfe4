import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import type { OutboxEntry } from '@/lib/db/records/outbox-entry';
import { lookForBatchSendsNow } from '@/lib/outbox/confirm-batch';
import { CONFIRM_ALARM, reconcileSends } from '@/lib/outbox/confirm-send';
import { recordOutcome, recordPressing } from '@/lib/outbox/send-outbox';
import { onBillsStored } from '@/lib/sync/store-bills';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';
import { loopbackJson } from '../../support/loopback-https';
import { outboxEntry } from '../../support/outbox-entry';
import type { SandboxBill } from '../../support/sandbox-control';

// As the background wires them (entrypoints/background/sends.ts): bills read confirm the sends they show.
beforeAll(() => onBillsStored(reconcileSends));

// Taken before any test fakes the clock: Clio's answers arrive on real time.
const realSetTimeout = globalThis.setTimeout;
const realSleep = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));

describe('looking in Clio for the sends of a bulk run', () => {
  let clio: InProcessClio;
  let bills: SandboxBill[];

  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
    bills = (await clio.control.bills())
      .filter((bill) => bill.state === 'awaiting_payment' && !bill.shared)
      .slice(0, 3);
    if (bills.length < 3) throw new Error('The seed has too few unshared unpaid bills');
    // The looks are planned by the clock's time: it moves with the timers.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(async () => {
    vi.useRealTimers();
    await clio.close();
  });

  /** Each bill's send, in Clio's dialog and part of a bulk run, pressed and answered by Clio. */
  async function pressed(sendsInClio: readonly SandboxBill[]): Promise<string[]> {
    const ids: string[] = [];
    for (const bill of bills) {
      const entry = outboxEntry(bill.id, {
        confirmInBatch: true,
        before: { shared: false, lastSentAt: bill.last_sent_at },
      });
      await db.outbox.put(entry);
      expect(await recordPressing(entry.id)).toBe(true);
      if (sendsInClio.includes(bill)) await sendInClio(bill);
      await recordOutcome(entry.id, { kind: 'submitted' });
      ids.push(entry.id);
    }
    return ids;
  }

  async function sendInClio(bill: SandboxBill): Promise<void> {
    await fetch(`${clio.sandbox.url}/nc/data/bills/${bill.id}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portal: true, email: false, message: 'Your bill' }),
    });
  }

  /** API requests Clio answered since the test began. */
  async function requests(): Promise<number> {
    const { requests } = await loopbackJson<{ requests: { byPath: Record<string, number> } }>(
      `${clio.sandbox.url}/__sandbox/state`,
    );
    return Object.entries(requests.byPath)
      .filter(([route]) => route.includes(' /api/v4/'))
      .reduce((sum, [, count]) => sum + count, 0);
  }

  /**
   * Moves the clock on, a little at a time, letting each look at Clio finish on real time; stops
   * early once `until` holds. Returns how far it moved.
   */
  async function advance(ms: number, until: () => Promise<boolean> = async () => false): Promise<number> {
    let elapsed = 0;
    for (; elapsed < ms && !(await until()); elapsed += 500) {
      await vi.advanceTimersByTimeAsync(500);
      await realSleep(20);
    }
    return elapsed;
  }
  async function onRealTime(until: () => Promise<boolean>): Promise<void> {
    for (let waited = 0; waited < 5000 && !(await until()); waited += 20) await realSleep(20);
  }
  const allIn = (ids: readonly string[], state: OutboxEntry['state']) => async () =>
    (await db.outbox.bulkGet([...ids])).every((entry) => entry?.state === state);

  async function states(ids: readonly string[]) {
    return (await db.outbox.bulkGet([...ids])).map((entry) => [entry?.state, entry?.checks]);
  }

  it('asks nothing while the run sends, then one request for all its sends when it ends', async () => {
    const base = await requests();
    const ids = await pressed([bills[0], bills[1]] as SandboxBill[]);
    await advance(20_000);
    expect(await requests()).toBe(base);
    expect(await states(ids)).toEqual([
      ['pressed', 0],
      ['pressed', 0],
      ['pressed', 0],
    ]);

    await lookForBatchSendsNow();
    // The look starts at once: no time passes for it.
    await onRealTime(allIn(ids.slice(0, 2), 'confirmed'));
    expect(await requests()).toBe(base + 1);
    expect(await states(ids)).toEqual([
      ['confirmed', 1],
      ['confirmed', 1],
      ['pressed', 1],
    ]);

    // Clio shows the last one a little later: the next look, two seconds on, finds it.
    await sendInClio(bills[2] as SandboxBill);
    await advance(10_000, allIn(ids, 'confirmed'));
    expect(await requests()).toBe(base + 2);
    expect(await states(ids)).toEqual([
      ['confirmed', 1],
      ['confirmed', 1],
      ['confirmed', 2],
    ]);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  }, 30_000);

  it('looks a minute after the first send of a long run, taking in every send due within the next minute', async () => {
    const base = await requests();
    const ids = await pressed(bills);
    await advance(59_000);
    expect(await requests()).toBe(base);

    await advance(10_000, allIn(ids, 'confirmed'));
    expect(await requests()).toBe(base + 1);
    expect(await states(ids)).toEqual([
      ['confirmed', 1],
      ['confirmed', 1],
      ['confirmed', 1],
    ]);
  }, 30_000);

  it('leaves a send Clio does not show within about three minutes to the alarm, not seen yet', async () => {
    const ids = await pressed([]);
    const base = await requests();
    await lookForBatchSendsNow();
    const moved = await advance(300_000, allIn(ids, 'unconfirmed'));
    expect(moved).toBeGreaterThanOrEqual(160_000);
    expect(moved).toBeLessThan(200_000);
    // Seven looks, each one request for the three sends together.
    expect(await requests()).toBe(base + 7);
    const entries = await db.outbox.bulkGet(ids);
    for (const entry of entries) {
      expect(entry).toMatchObject({ state: 'unconfirmed', problem: { code: 'not_seen' }, checks: 7 });
      expect(entry?.nextCheckAt).toBeGreaterThan(Date.now());
    }
    expect(await fakeBrowser.alarms.get(CONFIRM_ALARM)).toMatchObject({ periodInMinutes: 1 });
  }, 60_000);

  it('says why it stops looking when Clio no longer takes Remit’s sign-in', async () => {
    const ids = await pressed([]);
    await clio.control.revokeTokens();
    await lookForBatchSendsNow();
    await advance(5000, allIn(ids, 'unconfirmed'));
    const entries = await db.outbox.bulkGet(ids);
    for (const entry of entries) {
      expect(entry).toMatchObject({ state: 'unconfirmed', problem: { code: 'check_failed' } });
    }
  }, 30_000);
});
