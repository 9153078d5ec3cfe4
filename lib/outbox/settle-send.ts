import { db } from '../db/database';
import type { OutboxEntry, SendProblem, SendState } from '../db/records/outbox-entry';

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
  return db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(id);
    if (!entry || !from.includes(entry.state)) return false;
    await db.outbox.update(id, { ...changes, state: to, problem, updatedAt: Date.now() });
    return true;
  });
}
