import { db } from '../db/database';
import type { OutboxEntry, SendProblem, SendState } from '../db/records/outbox-entry';

type SettledListener = (sendId: string, state: 'confirmed' | 'failed') => Promise<void>;
const settledListeners: SettledListener[] = [];

/** Calls `listener` each time a send is confirmed or known not sent, after that is written. */
export function onSendSettled(listener: SettledListener): void {
  settledListeners.push(listener);
}

type PressedAfterAllListener = (sendId: string) => Promise<void>;
const pressedAfterAllListeners: PressedAfterAllListener[] = [];

/** Calls `listener` each time a send Remit had given up turns out pressed by the user, after that is written. */
export function onSendPressedAfterAll(listener: PressedAfterAllListener): void {
  pressedAfterAllListeners.push(listener);
}

/** Tells those who follow sends that this one, given up, was pressed after all. */
export async function sendPressedAfterAll(sendId: string): Promise<void> {
  for (const listener of pressedAfterAllListeners) {
    await listener(sendId).catch((error) =>
      console.error('Remit: a send pressed after all was not followed', error),
    );
  }
}

/**
 * Moves a send from one of `from` to `to`, in one transaction; false when it was no longer in any of
 * them (another step got there first), so each step of a send happens once. `when`, read in the same
 * transaction, may hold the move back further.
 */
export async function settle(
  id: string,
  from: readonly SendState[],
  to: SendState,
  problem: SendProblem | null,
  changes: Partial<OutboxEntry> = {},
  when?: (entry: OutboxEntry) => Promise<boolean>,
): Promise<boolean> {
  const moved = await db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(id);
    if (!entry || !from.includes(entry.state)) return false;
    if (when && !(await when(entry))) return false;
    await db.outbox.update(id, { ...changes, state: to, problem, updatedAt: Date.now() });
    return true;
  });
  if (moved && (to === 'confirmed' || to === 'failed')) {
    // What follows a send (its reminder's record) never undoes or holds up the send's own step.
    for (const listener of settledListeners) {
      await listener(id, to).catch((error) => console.error('Remit: a settled send was not followed', error));
    }
  }
  return moved;
}
