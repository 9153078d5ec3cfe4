import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateConnection } from '@/lib/connection/store';
import { db } from '@/lib/db/database';
import type { OutboxEntry } from '@/lib/db/records/outbox-entry';
import { CONFIRM_ALARM, checkDueSends } from '@/lib/outbox/confirm-send';
import { connectToInProcessClio, type InProcessClio } from '../../support/in-process-clio';
import { outboxEntry } from '../../support/outbox-entry';
import type { SandboxBill } from '../../support/sandbox-control';

const MINUTE = 60_000;
/** The quick looks after a press take 53 seconds in all; the later ones count from their end. */
const QUICK_LOOKS_MS = 53_000;

describe('the later looks at a send Clio did not show at once', () => {
  let clio: InProcessClio;
  let bills: SandboxBill[];

  beforeEach(async () => {
    fakeBrowser.reset();
    await Promise.all(db.tables.map((table) => table.clear()));
    clio = await connectToInProcessClio({ size: 40 });
    bills = (await clio.control.bills()).filter((bill) => bill.state === 'awaiting_payment' && !bill.shared);
  });
  afterEach(() => clio.close());

  /** An unconfirmed send of the nth unshared bill, pressed `minutesAgo` minutes ago. */
  async function unconfirmed(
    nth: number,
    minutesAgo: number,
    nextCheckAt: number | null,
  ): Promise<OutboxEntry> {
    const bill = bills[nth];
    if (!bill) throw new Error('The seed has too few unshared unpaid bills');
    const pressedAt = Date.now() - minutesAgo * MINUTE;
    const entry = outboxEntry(bill.id, {
      state: 'unconfirmed',
      before: { shared: false, lastSentAt: bill.last_sent_at },
      problem: { code: 'not_seen' },
      pressedAt,
      submittedAt: pressedAt,
      nextCheckAt,
      checks: 7,
      createdAt: pressedAt,
      updatedAt: pressedAt,
    });
    await db.outbox.put(entry);
    return entry;
  }

  it('looks only at sends that are due, and plans the next look by the time of the press', async () => {
    const due = await unconfirmed(0, 3, Date.now() - 1);
    const notYet = await unconfirmed(1, 3, Date.now() + MINUTE);
    const givenUp = await unconfirmed(2, 3, null);

    await checkDueSends();

    // Three minutes after the press, the next look is three minutes after the quick looks ended.
    expect(await db.outbox.get(due.id)).toMatchObject({
      state: 'unconfirmed',
      checks: 8,
      nextCheckAt: (due.pressedAt ?? 0) + QUICK_LOOKS_MS + 3 * MINUTE,
    });
    expect(await db.outbox.get(notYet.id)).toMatchObject({ checks: 7, nextCheckAt: notYet.nextCheckAt });
    expect(await db.outbox.get(givenUp.id)).toMatchObject({ checks: 7, nextCheckAt: null });
  });

  it('spaces the later looks out to half an hour after the press', async () => {
    const sends = [
      await unconfirmed(0, 0.5, Date.now() - 1),
      await unconfirmed(1, 5, Date.now() - 1),
      await unconfirmed(2, 10, Date.now() - 1),
      await unconfirmed(3, 20, Date.now() - 1),
    ];

    await checkDueSends();

    const next = await Promise.all(sends.map(async (send) => (await db.outbox.get(send.id))?.nextCheckAt));
    expect(next).toEqual(
      [1, 7, 15, 30].map(
        (minutes, index) => (sends[index]?.pressedAt ?? 0) + QUICK_LOOKS_MS + minutes * MINUTE,
      ),
    );
  });

  it('looks at a due send on the very moment it is due', async () => {
    const now = Date.now();
    const send = await unconfirmed(0, 3, now);

    await checkDueSends(now);

    expect((await db.outbox.get(send.id))?.checks).toBe(8);
  });

  it('stops looking, with the reason, once Clio no longer takes Remit’s sign-in', async () => {
    const send = await unconfirmed(0, 3, Date.now() - 1);
    await updateConnection({ needsReconnect: true });

    await checkDueSends();

    expect(await db.outbox.get(send.id)).toMatchObject({
      state: 'unconfirmed',
      problem: { code: 'check_failed' },
      nextCheckAt: null,
    });
    expect(await fakeBrowser.alarms.get(CONFIRM_ALARM)).toBeUndefined();
  });

  it('stops looking once Remit is no longer connected to Clio', async () => {
    const send = await unconfirmed(0, 3, Date.now() - 1);
    await db.connection.clear();

    await checkDueSends();

    expect(await db.outbox.get(send.id)).toMatchObject({
      problem: { code: 'check_failed' },
      nextCheckAt: null,
    });
  });

  it('keeps looking, with the alarm, while Clio answers with an error', async () => {
    const send = await unconfirmed(0, 3, Date.now() - 1);
    await clio.control.deleteBill(send.billId);

    await checkDueSends();

    const after = await db.outbox.get(send.id);
    expect(after).toMatchObject({ state: 'unconfirmed', problem: { code: 'not_seen' }, checks: 8 });
    expect(after?.nextCheckAt).toBeGreaterThan(Date.now());
    expect(await fakeBrowser.alarms.get(CONFIRM_ALARM)).toMatchObject({ periodInMinutes: 1 });
  });
});
