import { z } from 'zod';
import type { LinkRequestRecord } from '../db/records/link-request';
import { type OutboxEntry, sendStates } from '../db/records/outbox-entry';

/** What Remit last did with a bill: a send through Clio's dialog (and where it stands), or a link made. */
export const lastAction = z.object({
  kind: z.enum(['send', 'link']),
  /** The send's state; null for a link. */
  sendState: z.enum(sendStates).nullable(),
  /** When: a send when its Send bill was pressed (or asked for, before), a link when it was asked for. */
  at: z.number(),
  /** For a send that went as a reminder: its step's days from the due date. */
  reminderDays: z.number().int().nullable(),
});
export type LastAction = z.infer<typeof lastAction>;

/** Each bill's last action, as one map read by the workspace's rows and its sort. */
export class LastActions {
  constructor(private readonly byBill: ReadonlyMap<number, LastAction>) {}

  /** `reminders`: the sends that went as reminders, each with its step's days from the due date. */
  static of(
    sends: readonly OutboxEntry[],
    links: readonly LinkRequestRecord[],
    reminders: ReadonlyMap<string, number> = new Map(),
  ): LastActions {
    const byBill = new Map<number, LastAction>();
    const keepLatest = (billId: number, action: LastAction) => {
      const before = byBill.get(billId);
      if (!before || action.at >= before.at) byBill.set(billId, action);
    };
    for (const send of sends)
      keepLatest(send.billId, {
        kind: 'send',
        sendState: send.state,
        at: send.pressedAt ?? send.createdAt,
        reminderDays: reminders.get(send.id) ?? null,
      });
    for (const link of links) {
      if (link.state !== 'created') continue;
      for (const billId of link.billIds)
        keepLatest(billId, { kind: 'link', sendState: null, at: link.createdAt, reminderDays: null });
    }
    return new LastActions(byBill);
  }

  of(billId: number): LastAction | null {
    return this.byBill.get(billId) ?? null;
  }
}
