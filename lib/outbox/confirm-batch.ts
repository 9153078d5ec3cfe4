import { clioApi } from '../connection/clio-session';
import { db } from '../db/database';
import type { BillRecord } from '../db/records/bill';
import type { OutboxEntry } from '../db/records/outbox-entry';
import { RemitError } from '../errors';
import { fetchRecords } from '../sync/fetch-records';
import { storeBills } from '../sync/store-bills';
import { keepWorkerAlive } from '../worker-alive';
import { ensureConfirmAlarm, laterCheckAfter } from './confirm-send';
import { settle } from './settle-send';

/** Clio's most bills in one answer: one look confirms up to this many sends. */
const BILLS_PER_LOOK = 200;
/**
 * A send of a bulk run is first looked for this long after Send bill, unless the run ends sooner:
 * by then the bills sent after it are looked for in the same request.
 */
export const FIRST_BATCH_LOOK_MS = 60_000;
/** A look due within this long is made now, with the one due: the same request covers it. */
const JOIN_WITHIN_MS = 60_000;
/** After a look that did not show the send, the next ones; about three minutes in all, then the alarm's. */
const NEXT_LOOKS_MS = [2000, 5000, 10_000, 20_000, 40_000, 90_000];

let watching = false;
/** Wakes the watch before its next look is due: a run ended. */
let wake: (() => void) | undefined;

/**
 * Looks in Clio, together, for the pressed sends confirmed in batches, each when its look is due,
 * until none is left. One watch per worker: a send pressed meanwhile is due later than those it has.
 */
export function watchBatchSends(): void {
  if (watching) return;
  watching = true;
  const stop = keepWorkerAlive();
  lookWhileAwaited().then(
    async () => {
      watching = false;
      stop();
      // Pressed while the watch was ending: it had already counted none left.
      if ((await pressedBatchSends()).length > 0) watchBatchSends();
    },
    (error: unknown) => {
      watching = false;
      stop();
      console.error('Remit: bulk sends were not checked', error);
    },
  );
}

/** A bulk run ended: its sends are looked for now rather than a minute after each was pressed. */
export async function lookForBatchSendsNow(): Promise<void> {
  const now = Date.now();
  await db.outbox
    .where('state')
    .equals('pressed')
    .and((entry) => entry.confirmInBatch === true && (entry.nextCheckAt ?? 0) > now)
    .modify({ nextCheckAt: now });
  wake?.();
  watchBatchSends();
}

async function lookWhileAwaited(): Promise<void> {
  for (;;) {
    const awaited = await pressedBatchSends();
    if (awaited.length === 0) return;
    const firstDue = Math.min(...awaited.map((entry) => entry.nextCheckAt ?? 0));
    await sleepUntil(firstDue);
    const due = (await pressedBatchSends())
      .filter((entry) => (entry.nextCheckAt ?? 0) <= Date.now() + JOIN_WITHIN_MS)
      .sort((a, b) => (a.nextCheckAt ?? 0) - (b.nextCheckAt ?? 0))
      .slice(0, BILLS_PER_LOOK);
    if (due.length > 0 && (due[0]?.nextCheckAt ?? 0) <= Date.now()) await lookAt(due);
  }
}

function pressedBatchSends(): Promise<OutboxEntry[]> {
  return db.outbox
    .where('state')
    .equals('pressed')
    .and((entry) => entry.confirmInBatch === true)
    .toArray();
}

function sleepUntil(time: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, Math.max(0, time - Date.now()));
    function done() {
      clearTimeout(timer);
      wake = undefined;
      resolve();
    }
    wake = done;
  });
}

/**
 * One request for the bills of these sends; storing them confirms each send they show (see
 * reconcileSends). Those not shown yet are looked for again later, then left to the alarm.
 */
async function lookAt(entries: readonly OutboxEntry[]): Promise<void> {
  await db.outbox.bulkUpdate(
    entries.map((entry) => ({ key: entry.id, changes: { checks: entry.checks + 1 } })),
  );
  let bills: BillRecord[] = [];
  try {
    bills = await fetchRecords<BillRecord>(await clioApi(), 'bills', {
      'ids[]': entries.map((entry) => entry.billId),
    });
  } catch (error) {
    if (!(error instanceof RemitError)) throw error;
    if (error.code === 'reconnect' || error.code === 'not_connected') {
      // Clio no longer takes Remit's sign-in: no look can tell, so the sends say why.
      for (const entry of entries) {
        await settle(entry.id, ['pressed'], 'unconfirmed', { code: 'check_failed', reason: error.text });
      }
      return;
    }
  }
  await storeBills(bills);
  const now = Date.now();
  for (const entry of entries) {
    const next = NEXT_LOOKS_MS[entry.checks];
    if (next !== undefined) {
      await db.outbox
        .where('id')
        .equals(entry.id)
        .and((current) => current.state === 'pressed')
        .modify({ nextCheckAt: now + next });
    } else {
      const nextCheckAt = entry.pressedAt ? laterCheckAfter(entry.pressedAt, now) : null;
      await settle(entry.id, ['pressed'], 'unconfirmed', { code: 'not_seen' }, { nextCheckAt });
    }
  }
  await ensureConfirmAlarm();
}
