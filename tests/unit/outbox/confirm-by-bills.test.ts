import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import type { OutboxEntry } from '@/lib/db/records/outbox-entry';
import { reconcileSends, showsSend } from '@/lib/outbox/confirm-send';
import { outboxEntry } from '../../support/outbox-entry';

const DAY = 86_400_000;
const sentBefore = '2026-10-01T09:00:00Z';
const sentLater = '2026-10-02T09:00:00Z';

/** A send of bill `billId` pressed `daysAgo` days ago, after Clio last showed it sent then. */
function send(billId: number, state: OutboxEntry['state'], daysAgo: number, portal = true): OutboxEntry {
  const pressedAt = Date.now() - daysAgo * DAY;
  return outboxEntry(billId, {
    portal,
    email: !portal,
    state,
    before: { shared: false, lastSentAt: sentBefore },
    problem: state === 'unconfirmed' ? { code: 'not_seen' } : null,
    pressedAt,
    submittedAt: pressedAt,
    nextCheckAt: state === 'unconfirmed' ? Date.now() + 60_000 : null,
    checks: 3,
    createdAt: pressedAt,
    updatedAt: pressedAt,
  });
}

describe('confirming sends by the bills Clio shows', () => {
  beforeEach(() => db.outbox.clear());

  it('confirms the pressed and unconfirmed sends a later send date shows, and says which', async () => {
    await db.outbox.bulkPut([send(1, 'pressed', 0), send(2, 'unconfirmed', 2), send(3, 'unconfirmed', 1)]);

    const confirmed = await reconcileSends([
      { id: 1, lastSentAt: sentLater, shared: true },
      { id: 2, lastSentAt: sentLater, shared: true },
      // Not sent again since.
      { id: 3, lastSentAt: sentBefore, shared: true },
    ]);

    expect(confirmed.sort()).toEqual(['send-1', 'send-2']);
    expect(await db.outbox.get('send-1')).toMatchObject({
      state: 'confirmed',
      problem: null,
      nextCheckAt: null,
    });
    expect(await db.outbox.get('send-2')).toMatchObject({
      state: 'confirmed',
      problem: null,
      nextCheckAt: null,
    });
    expect(await db.outbox.get('send-3')).toMatchObject({
      state: 'unconfirmed',
      problem: { code: 'not_seen' },
    });
  });

  it('leaves sends of other bills, sends over, and sends pressed more than a week ago as they are', async () => {
    await db.outbox.bulkPut([
      send(1, 'failed', 0),
      send(2, 'unconfirmed', 8),
      send(3, 'unconfirmed', 6.9),
      send(4, 'unconfirmed', 0),
    ]);
    const shows = (id: number) => ({ id, lastSentAt: sentLater, shared: true });

    expect(await reconcileSends([shows(1), shows(2), shows(3), shows(5)])).toEqual(['send-3']);

    expect((await db.outbox.toArray()).map((entry) => entry.state)).toEqual([
      'failed',
      'unconfirmed',
      'confirmed',
      'unconfirmed',
    ]);
  });

  it('confirms nothing when no send is open', async () => {
    await db.outbox.put(send(1, 'confirmed', 0));
    expect(await reconcileSends([{ id: 1, lastSentAt: sentLater, shared: true }])).toEqual([]);
  });
});

describe('whether a bill shows a send', () => {
  const portal = { before: { shared: false, lastSentAt: sentBefore }, portal: true };
  const email = { before: { shared: false, lastSentAt: sentBefore }, portal: false };
  const neverSent = { before: { shared: false, lastSentAt: null }, portal: false };

  it('needs a send date later than before the send', () => {
    expect(showsSend({ lastSentAt: sentLater, shared: false }, email)).toBe(true);
    expect(showsSend({ lastSentAt: sentBefore, shared: false }, email)).toBe(false);
    expect(showsSend({ lastSentAt: '2026-09-30T09:00:00Z', shared: false }, email)).toBe(false);
    expect(showsSend({ lastSentAt: null, shared: false }, email)).toBe(false);
  });

  it('takes any send date of a bill never sent before', () => {
    expect(showsSend({ lastSentAt: sentLater, shared: false }, neverSent)).toBe(true);
    expect(showsSend({ lastSentAt: null, shared: false }, neverSent)).toBe(false);
  });

  it('needs the bill shared when the portal was asked', () => {
    expect(showsSend({ lastSentAt: sentLater, shared: false }, portal)).toBe(false);
    expect(showsSend({ lastSentAt: sentLater, shared: true }, portal)).toBe(true);
    expect(showsSend({ lastSentAt: sentBefore, shared: true }, portal)).toBe(false);
  });
});
