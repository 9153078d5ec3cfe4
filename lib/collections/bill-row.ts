import { z } from 'zod';
import { outstandingOn } from '../bills/owed';
import { billStates } from '../clio/schemas';
import { daysOverdue } from './bill-sort';
import type { CollectionBill } from './collection-bill';
import { type LastActions, lastAction } from './last-action';

/** One row of the workspace's table, as the page shows it. */
export const billRow = z.object({
  id: z.number().int(),
  number: z.string(),
  state: z.enum(billStates),
  trust: z.boolean(),
  clientName: z.string().nullable(),
  matter: z.string().nullable(),
  otherMatters: z.number().int(),
  currencyCode: z.string(),
  total: z.number().int(),
  /** Clio's balance while the bill is owed; none on a draft, void or paid bill. */
  outstanding: z.number().int(),
  paid: z.number().int(),
  issuedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  daysOverdue: z.number().int().nullable(),
  shared: z.boolean(),
  lastSentAt: z.string().nullable(),
  lastAction: lastAction.nullable(),
});
export type BillRow = z.infer<typeof billRow>;

export function toBillRow(bill: CollectionBill, today: string, lastActions: LastActions): BillRow {
  return {
    id: bill.id,
    number: bill.number,
    state: bill.state,
    trust: bill.trust,
    clientName: bill.clientName,
    matter: bill.matter,
    otherMatters: bill.otherMatters,
    currencyCode: bill.currencyCode,
    total: bill.total,
    outstanding: outstandingOn(bill),
    paid: bill.paid,
    issuedAt: bill.issuedAt,
    dueAt: bill.dueAt,
    daysOverdue: daysOverdue(bill, today),
    shared: bill.shared,
    lastSentAt: bill.lastSentAt,
    lastAction: lastActions.of(bill.id),
  };
}
