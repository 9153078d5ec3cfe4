import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import type { OutboxEntry } from '@/lib/db/records/outbox-entry';
import { CONFIRM_ALARM, reconcileSends } from '@/lib/outbox/confirm-send';
import { recordOutcome, recordPressing } from '@/lib/outbox/send-outbox';
import { onBillsStored } from '@/lib/sync/store-bills';
import { clioWithUnsharedBill, type InProcessClio } from '../../support/in-process-clio';
import { outboxEntry } from '../../support/outbox-entry';
import type { SandboxBill } from '../../support/sandbox-control';

// As the background wires them (entrypoints/background/sends.ts): bills read confirm the sends they show.
beforeAll(() => onBillsStored(reconcileSends));

// Taken before any test fakes the clock: Clio's answers arrive on real time.
const realSetTimeout = globalThis.setTimeout;
const realSleep = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));

describe('the quick looks in Clio after Send bill was pressed', () => {
  let clio: InProcessClio;
  let bill: SandboxBill;
  let elapsed: number;

  beforeEach(async () => {
    ({ clio, bill } = await clioWithUnsharedBill());
    elapsed = 0;
  });
  afterEach(async () => {
    vi.useRealTimers();
    await clio.close();
  });

  /** A send whose tab fills Clio's dialog, about to press Send bill. */
  async function inDialog(): Promise<string> {
    await db.outbox.put(
      outboxEntry(bill.id, { id: 'send-1', before: { shared: false, lastSentAt: bill.last_sent_at } }),
    );
    return 'send-1';
  }

  /** Moves the looks' clock on, a little at a time, letting each look at Clio finish on real time. */
  async function advance(ms: number, until: () => Promise<boolean> = async () => false): Promise<void> {
    for (const end = elapsed + ms; elapsed < end && !(await until()); elapsed += 500) {
      await vi.advanceTimersByTimeAsync(500);
      // Clio answers over real HTTP: a look under way finishes before the clock moves again.
      await realSleep(10);
    }
  }
  const stateIs = (id: string, state: OutboxEntry['state']) => async () =>
    (await db.outbox.get(id))?.state === state;

  it('calls a send Clio does not show within 53 seconds not seen yet, and leaves it to the alarm', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const id = await inDialog();
    expect(await recordPressing(id)).toBe(true);
    await recordOutcome(id, { kind: 'submitted' });

    await advance(52_000);
    const before = await db.outbox.get(id);
    expect(before).toMatchObject({ state: 'pressed', problem: null });
    expect(before?.submittedAt).not.toBeNull();
    await advance(30_000, stateIs(id, 'unconfirmed'));

    const after = await db.outbox.get(id);
    expect(after).toMatchObject({ state: 'unconfirmed', problem: { code: 'not_seen' }, checks: 7 });
    // The first later look: a minute after the quick looks ended.
    expect(after?.nextCheckAt).toBe((after?.pressedAt ?? 0) + 53_000 + 60_000);
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(CONFIRM_ALARM)).toMatchObject({ periodInMinutes: 1 }),
    );
  }, 20_000);

  it('looks once in all when Clio shows the send at the first look, however often it is told to look', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const id = await inDialog();
    await recordPressing(id);
    await fetch(`${clio.sandbox.url}/nc/data/bills/${bill.id}/send`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ portal: true, email: false, message: 'Your bill' }),
    });
    await recordOutcome(id, { kind: 'submitted' });

    await advance(5_000, stateIs(id, 'confirmed'));
    await advance(60_000);

    expect(await db.outbox.get(id)).toMatchObject({ state: 'confirmed', checks: 1, nextCheckAt: null });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  }, 20_000);

  it('stops looking when the tab reports it did not press after all', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const id = await inDialog();
    await recordPressing(id);
    await recordOutcome(id, { kind: 'not_pressed', problem: { code: 'send_unavailable' } });

    await advance(60_000);

    expect(await db.outbox.get(id)).toMatchObject({
      state: 'failed',
      problem: { code: 'send_unavailable' },
      checks: 0,
    });
  }, 20_000);
});
