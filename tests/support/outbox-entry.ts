import type { OutboxEntry } from '../../lib/db/records/outbox-entry';

/**
 * A send of the bill to the portal, as the outbox stores it: in Clio's dialog in tab 7, not pressed
 * yet, never sent before, unless `fields` say otherwise.
 */
export function outboxEntry(billId: number, fields: Partial<OutboxEntry> = {}): OutboxEntry {
  const now = Date.now();
  return {
    id: `send-${billId}`,
    kind: 'send',
    billId,
    portal: true,
    email: false,
    message: 'Your bill',
    state: 'in_dialog',
    before: { shared: false, lastSentAt: null },
    tabId: 7,
    frameId: 0,
    problem: null,
    pressedAt: null,
    submittedAt: null,
    nextCheckAt: null,
    checks: 0,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}
