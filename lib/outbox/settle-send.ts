import { db } from '../db/database';
import type { OutboxEntry, SendProblem, SendState } from '../db/records/outbox-entry';

/**
 * Those who follow one kind of news of sends, called in turn after it is written. What follows a send
 * (its reminder's record, its run's bill) never undoes or holds up the send's own step, nor the others.
 */
function followers<News extends unknown[]>(failure: string) {
  const listeners: ((...news: News) => Promise<void>)[] = [];
  return {
    add(listener: (...news: News) => Promise<void>): void {
      listeners.push(listener);
    },
    async tell(...news: News): Promise<void> {
      for (const listener of listeners) {
        await listener(...news).catch((error) => console.error(failure, error));
      }
    },
  };
}

const settled = followers<[sendId: string, state: 'confirmed' | 'failed']>(
  'Remit: a settled send was not followed',
);
const pressedAfterAll = followers<[sendId: string]>('Remit: a send pressed after all was not followed');

/** Calls `listener` each time a send is confirmed or known not sent, after that is written. */
export const onSendSettled = settled.add;

/** Calls `listener` each time a send Remit had given up turns out pressed by the user, after that is written. */
export const onSendPressedAfterAll = pressedAfterAll.add;

/** Tells those who follow sends that this one, given up, was pressed after all. */
export const sendPressedAfterAll = pressedAfterAll.tell;

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
  if (moved && (to === 'confirmed' || to === 'failed')) await settled.tell(id, to);
  return moved;
}
