import type { BillState } from '../clio/schemas';
import type { BillRecord } from '../db/records/bill';
import { localDayOf } from '../format';

/**
 * A bill as the collections workspace keeps it in memory: only what its columns, filters and queues
 * read, so 50,000 of them stay small and every query is a pass over plain fields.
 */
export interface CollectionBill {
  id: number;
  number: string;
  state: BillState;
  trust: boolean;
  clientId: number | null;
  clientName: string | null;
  /** The first matter, as "display number – description"; `otherMatters` counts the rest. */
  matter: string | null;
  otherMatters: number;
  /** Client and every matter, lower-cased once, for search as the user types. */
  searchText: string;
  currencyCode: string;
  total: number;
  /** What the client was asked to pay: the total less discounts. */
  due: number;
  paid: number;
  /** Clio's balance, whatever the state. */
  balance: number;
  issuedAt: string | null;
  dueAt: string | null;
  shared: boolean;
  lastSentAt: string | null;
  /** The calendar day of the last send where the user is, so queues compare dates, not moments. */
  lastSentOn: string | null;
}

export function toCollectionBill(record: BillRecord): CollectionBill {
  const matterLabels = record.matters.map((matter) =>
    matter.description ? `${matter.displayNumber} – ${matter.description}` : matter.displayNumber,
  );
  return {
    id: record.id,
    number: record.number,
    state: record.state,
    trust: record.kind === 'trust_kind',
    clientId: record.clientId,
    clientName: record.clientName,
    matter: matterLabels[0] ?? null,
    otherMatters: Math.max(matterLabels.length - 1, 0),
    searchText: [record.clientName ?? '', ...matterLabels].join('\n').toLowerCase(),
    currencyCode: record.currencyCode,
    total: record.total,
    due: record.due,
    paid: record.paid,
    balance: record.balance,
    issuedAt: record.issuedAt,
    dueAt: record.dueAt,
    shared: record.shared,
    lastSentAt: record.lastSentAt,
    lastSentOn: record.lastSentAt === null ? null : localDayOf(record.lastSentAt),
  };
}
