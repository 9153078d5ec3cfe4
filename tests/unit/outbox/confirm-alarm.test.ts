import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/lib/db/database';
import type { OutboxEntry } from '@/lib/db/records/outbox-entry';
import { CONFIRM_ALARM, ensureConfirmAlarm } from '@/lib/outbox/confirm-send';

/** A send of bill `billId` in `state`, next looked at then (null: no longer by Remit itself). */
const send = (billId: number, state: OutboxEntry['state'], nextCheckAt: number | null) =>
  ({ id: `send-${billId}`, billId, state, nextCheckAt, createdAt: billId }) as OutboxEntry;

describe('the alarm that looks again for unconfirmed sends', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await db.outbox.clear();
  });

  it('runs every minute while a send awaits a later look', async () => {
    await db.outbox.put(send(1, 'unconfirmed', Date.now() + 60_000));

    await ensureConfirmAlarm();

    expect(await fakeBrowser.alarms.getAll()).toEqual([
      expect.objectContaining({ name: CONFIRM_ALARM, periodInMinutes: 1 }),
    ]);
  });

  it('is not set again when it already runs, so its minute does not start over', async () => {
    await db.outbox.put(send(1, 'unconfirmed', Date.now() + 60_000));
    await ensureConfirmAlarm();
    const create = vi.spyOn(fakeBrowser.alarms, 'create');

    await ensureConfirmAlarm();

    expect(create).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(CONFIRM_ALARM)).toBeDefined();
  });

  it('stops when no send awaits a later look', async () => {
    await fakeBrowser.alarms.create(CONFIRM_ALARM, { periodInMinutes: 1 });
    await db.outbox.bulkPut([
      send(1, 'unconfirmed', null),
      send(2, 'pressed', null),
      send(3, 'confirmed', null),
      send(4, 'failed', null),
    ]);

    await ensureConfirmAlarm();

    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('runs after all for a send that began to await a look while the alarm was being stopped', async () => {
    await fakeBrowser.alarms.create(CONFIRM_ALARM, { periodInMinutes: 1 });
    const clear = fakeBrowser.alarms.clear.bind(fakeBrowser.alarms);
    vi.spyOn(fakeBrowser.alarms, 'clear').mockImplementation(async (name) => {
      await db.outbox.put(send(1, 'unconfirmed', Date.now() + 60_000));
      return clear(name);
    });

    await ensureConfirmAlarm();

    expect(await fakeBrowser.alarms.getAll()).toEqual([
      expect.objectContaining({ name: CONFIRM_ALARM, periodInMinutes: 1 }),
    ]);
  });
});
