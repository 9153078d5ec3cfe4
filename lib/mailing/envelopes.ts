import { textOrder } from '../collections/bill-sort';
import type { CollectionBill } from '../collections/collection-bill';
import type { EnvelopeRecord } from '../db/records/envelope';

/** The subject and message an envelope starts with, from the firm's templates. */
export interface EnvelopeTemplates {
  subject: string;
  message: string;
}

export type NewEnvelope = Omit<EnvelopeRecord, 'id' | 'mailingId'>;

/**
 * The chosen bills as one envelope per client, clients in name order and each client's bills oldest
 * due first. A bill with no client goes in an envelope of its own, for the review to say Clio has no
 * one to send it to. Each envelope goes to the portal, and by email too when the client has an
 * address: what the client can receive.
 */
export function envelopesOf(
  bills: readonly CollectionBill[],
  emailAddressOf: (clientId: number) => string | null,
  templates: EnvelopeTemplates,
): NewEnvelope[] {
  const byClient = new Map<number | string, CollectionBill[]>();
  for (const bill of bills) {
    const key = bill.clientId ?? `bill:${bill.id}`;
    const group = byClient.get(key);
    if (group) group.push(bill);
    else byClient.set(key, [bill]);
  }
  return [...byClient.values()]
    .map((group) => group.sort(byDueDate))
    .sort(byClientName)
    .map((group, position) => {
      const [first] = group as [CollectionBill];
      return {
        position,
        clientId: first.clientId,
        clientName: first.clientName,
        billIds: group.map((bill) => bill.id),
        portal: true,
        email: first.clientId !== null && emailAddressOf(first.clientId) !== null,
        subject: templates.subject,
        message: templates.message,
      };
    });
}

/** Oldest due first; bills due on receipt (no date) last; then by number, as Clio lists them. */
function byDueDate(a: CollectionBill, b: CollectionBill): number {
  if (a.dueAt !== b.dueAt) {
    if (a.dueAt === null) return 1;
    if (b.dueAt === null) return -1;
    return a.dueAt < b.dueAt ? -1 : 1;
  }
  return textOrder.compare(a.number, b.number);
}

/** Clients by name as a reader sorts them; bills without a client last. */
function byClientName(a: CollectionBill[], b: CollectionBill[]): number {
  const [first, second] = [a[0]?.clientName ?? null, b[0]?.clientName ?? null];
  if (first === null || second === null) return first === second ? 0 : first === null ? 1 : -1;
  return textOrder.compare(first, second) || (a[0]?.clientId ?? 0) - (b[0]?.clientId ?? 0);
}
