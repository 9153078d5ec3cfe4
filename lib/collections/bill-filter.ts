import { z } from 'zod';
import { billQueue, queuePredicate } from './bill-queue';
import type { CollectionBill } from './collection-bill';

/** Clio's states the workspace filters by; deleted bills are gone from Clio and never listed. */
export const listedStates = ['draft', 'awaiting_approval', 'awaiting_payment', 'paid', 'void'] as const;
export type ListedState = (typeof listedStates)[number];

export const billKinds = ['invoice', 'trust'] as const;
export type BillKind = (typeof billKinds)[number];

/** What the workspace lists: every part is optional, and all given parts must match. */
export const billFilter = z.object({
  state: z.enum(listedStates).nullable(),
  /** Part of the client's name or a matter's number or description, in any case. */
  search: z.string().max(200),
  currency: z.string().min(3).max(3).nullable(),
  kind: z.enum(billKinds).nullable(),
  queue: billQueue.nullable(),
});
export type BillFilter = z.infer<typeof billFilter>;

export const noFilter: BillFilter = { state: null, search: '', currency: null, kind: null, queue: null };

/** What a filter compares bills with on the day: the date, and the bills a reminder is due for. */
export interface FilterDay {
  today: string;
  remindersDue: ReadonlySet<number>;
}

/** The filter as one test per bill, built once per query so the pass over the bills stays cheap. */
export function filterPredicate(filter: BillFilter, day: FilterDay): (bill: CollectionBill) => boolean {
  const tests: ((bill: CollectionBill) => boolean)[] = [];
  const { state, currency, kind, queue } = filter;
  if (state !== null) tests.push((bill) => bill.state === state);
  const search = filter.search.trim().toLowerCase();
  if (search) tests.push((bill) => bill.searchText.includes(search));
  if (currency !== null) tests.push((bill) => bill.currencyCode === currency);
  if (kind !== null) tests.push((bill) => bill.trust === (kind === 'trust'));
  if (queue !== null) tests.push(queuePredicate(queue, day.today, day.remindersDue));
  return (bill) => tests.every((test) => test(bill));
}
