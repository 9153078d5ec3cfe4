import { browser } from 'wxt/browser';
import { toBillRecord } from '../bills/bill-record';
import { clioApi } from '../connection/clio-session';
import { db } from '../db/database';
import type { BillRecord } from '../db/records/bill';
import type { OutboxEntry } from '../db/records/outbox-entry';
import { RemitError } from '../errors';
import { storeBills } from '../sync/store-bills';
import { keepWorkerAlive } from '../worker-alive';
import { settle } from './settle-send';

export const CONFIRM_ALARM = 'remit-confirm-sends';
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Waits before each look at a pressed send: Clio usually shows it within seconds. About a minute in all. */
const QUICK_CHECKS_MS = [1000, 2000, 3000, 5000, 8000, 13_000, 21_000];
/** Then, on an alarm, looks this many minutes after the quick looks ended: half an hour in all. */
const LATER_CHECKS_MINUTES = [1, 3, 7, 15, 30];
/** A sync or a look at the bill confirms a send Clio shows this long after it was pressed. */
const RECONCILE_FOR_MS = 7 * DAY_MS;

const looking = new Set<string>();

/** Starts the quick checks of a pressed send, unless they already run in this worker. */
export function checkSoon(id: string): void {
  if (looking.has(id)) return;
  looking.add(id);
  const stop = keepWorkerAlive();
  void quickChecks(id)
    .catch((error: unknown) => console.error('Remit: a send was not checked', error))
    .finally(() => {
      looking.delete(id);
      stop();
    });
}

/** One look now; true when that settled the send (Clio shows it, or can no longer be asked). */
export async function checkNow(id: string): Promise<boolean> {
  const entry = await db.outbox.get(id);
  return entry !== undefined && checkOnce(entry);
}

async function quickChecks(id: string): Promise<void> {
  for (const delay of QUICK_CHECKS_MS) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    const entry = await db.outbox.get(id);
    if (entry?.state !== 'pressed') return;
    if (await checkOnce(entry)) return;
  }
  // Not seen yet: said so, and looked for again on the alarm, further and further apart.
  const entry = await db.outbox.get(id);
  const nextCheckAt = entry?.pressedAt ? laterCheckAfter(entry.pressedAt, Date.now()) : null;
  if (await settle(id, ['pressed'], 'unconfirmed', { code: 'not_seen' }, { nextCheckAt })) {
    await ensureConfirmAlarm();
  }
}

/** The next of the later looks at a send pressed then, after `now`; null once they are all past. */
export function laterCheckAfter(pressedAt: number, now: number): number | null {
  const quickEnd = pressedAt + QUICK_CHECKS_MS.reduce((sum, delay) => sum + delay, 0);
  const times = LATER_CHECKS_MINUTES.map((minutes) => quickEnd + minutes * MINUTE_MS);
  return times.find((time) => time > now) ?? null;
}

/** On the alarm: each unconfirmed send that is due is looked at once more, or no longer. */
export async function checkDueSends(now = Date.now()): Promise<void> {
  const due = await db.outbox
    .where('state')
    .equals('unconfirmed')
    .filter((entry) => entry.nextCheckAt !== null && entry.nextCheckAt <= now)
    .toArray();
  for (const entry of due) {
    if (await checkOnce(entry)) continue;
    const nextCheckAt = entry.pressedAt ? laterCheckAfter(entry.pressedAt, Date.now()) : null;
    await db.outbox.update(entry.id, { nextCheckAt });
  }
  await ensureConfirmAlarm();
}

/**
 * The alarm runs while a send awaits a later look, and stops when none does. Alarms do not survive an
 * update of the extension, so this is also called as the worker starts.
 */
export async function ensureConfirmAlarm(): Promise<void> {
  const awaited = () =>
    db.outbox
      .where('state')
      .equals('unconfirmed')
      .filter((entry) => entry.nextCheckAt !== null)
      .count();
  if ((await awaited()) > 0) {
    if (!(await browser.alarms.get(CONFIRM_ALARM)))
      await browser.alarms.create(CONFIRM_ALARM, { periodInMinutes: 1 });
    return;
  }
  await browser.alarms.clear(CONFIRM_ALARM);
  // A send that stopped its quick looks meanwhile needs the alarm after all.
  if ((await awaited()) > 0) await browser.alarms.create(CONFIRM_ALARM, { periodInMinutes: 1 });
}

/**
 * One look at the bill in Clio (free when it has not changed since the cached copy); true when that
 * settled the send. A sign-in Clio no longer takes ends the looking, with the reason kept.
 */
async function checkOnce(entry: OutboxEntry): Promise<boolean> {
  await db.outbox.update(entry.id, { checks: entry.checks + 1 });
  try {
    const cached = await db.bills.get(entry.billId);
    const fetched = await (await clioApi()).bill(entry.billId, cached?.etag || undefined);
    if (fetched === 'unchanged') {
      if (cached) await reconcileSends([cached]);
    } else {
      // Stored for the panel and popup; storing also confirms any send the bill shows.
      await storeBills([toBillRecord(fetched, Date.now())]);
    }
    return (await db.outbox.get(entry.id))?.state === 'confirmed';
  } catch (error) {
    if (!(error instanceof RemitError)) throw error;
    if (error.code !== 'reconnect' && error.code !== 'not_connected') return false;
    return settle(
      entry.id,
      ['pressed', 'unconfirmed'],
      'unconfirmed',
      { code: 'check_failed', reason: error.text },
      { nextCheckAt: null },
    );
  }
}

/**
 * Bills just read from Clio (a page of a sync, the bill on screen, a check): each send they show is
 * confirmed, however long ago Remit gave up looking for it by itself. Returns the sends confirmed.
 */
export async function reconcileSends(
  bills: readonly Pick<BillRecord, 'id' | 'lastSentAt' | 'shared'>[],
): Promise<string[]> {
  const open = await db.outbox.where('state').anyOf(['pressed', 'unconfirmed']).toArray();
  if (open.length === 0) return [];
  const byId = new Map(bills.map((bill) => [bill.id, bill]));
  const confirmed: string[] = [];
  for (const entry of open) {
    const bill = byId.get(entry.billId);
    const recent = (entry.pressedAt ?? 0) > Date.now() - RECONCILE_FOR_MS;
    if (!bill || !recent || !showsSend(bill, entry)) continue;
    if (await settle(entry.id, ['pressed', 'unconfirmed'], 'confirmed', null, { nextCheckAt: null }))
      confirmed.push(entry.id);
  }
  return confirmed;
}

/**
 * Whether Clio shows this send: a `last_sent_at` later than before it (whatever the channel), and
 * the bill shared when the portal was asked. An already shared bill is confirmed by the date alone.
 */
export function showsSend(
  bill: Pick<BillRecord, 'lastSentAt' | 'shared'>,
  entry: Pick<OutboxEntry, 'before' | 'portal'>,
): boolean {
  const sentAt = bill.lastSentAt ? Date.parse(bill.lastSentAt) : 0;
  const before = entry.before.lastSentAt ? Date.parse(entry.before.lastSentAt) : 0;
  return sentAt > before && (!entry.portal || bill.shared);
}
