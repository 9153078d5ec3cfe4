import { db } from '../db/database';
import type { OutboxEntry, SendProblem, SendState } from '../db/records/outbox-entry';

type SettledListener = (sendId: string, state: 'confirmed' | 'failed') => Promise<void>;
const settledListeners: SettledListener[] = [];

/** Calls `listener` each time a send is confirmed or known not sent, after that is written. */
export function onSendSettled(listener: SettledListener): void {
  settledListeners.push(listener);
}

/**
 * Moves a send from one of `from` to `to`, in one transaction; false when it was no longer in any of
 * them (another step got there first), so each step of a send happens once.
 */
export async function settle(
  id: string,
  from: readonly SendState[],
  to: SendState,
  problem: SendProblem | null,
  changes: Partial<OutboxEntry> = {},
): Promise<boolean> {
  const moved = await db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(id);
    if (!entry || !from.includes(entry.state)) return false;
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
