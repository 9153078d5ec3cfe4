import type { BillRecord } from '@/lib/db/records/bill';
import { addDays } from '@/lib/format';

export const TODAY = '2026-11-21';
export const daysAgo = (days: number) => addDays(TODAY, -days);
/** Noon UTC on a day before today: that calendar day wherever the tests run, but the farthest zones. */
export const sentDaysAgo = (days: number) => `${daysAgo(days)}T12:00:00Z`;

let nextId = 1;

/** A cached bill: awaiting payment, $100.00 owed, overdue by 10 days, sent 2 days ago. */
export function bill(fields: Partial<BillRecord> = {}): BillRecord {
  const id = fields.id ?? nextId++;
  return {
    id,
    etag: '',
    number: `INV-${id}`,
    state: 'awaiting_payment',
    kind: 'revenue_kind',
    type: 'MatterBill',
    clientId: 1,
    clientName: 'Avery & Co',
    matters: [{ id: 1, displayNumber: '00001-Avery', description: 'Lease review' }],
    currencyCode: 'USD',
    total: 10_000,
    // Without a discount, what the client was asked to pay is the total.
    due: fields.total ?? 10_000,
    paid: 0,
    balance: 10_000,
    pending: 0,
    creditsIssued: 0,
    issuedAt: daysAgo(40),
    dueAt: daysAgo(10),
    paidAt: null,
    updatedAt: sentDaysAgo(1),
    shared: true,
    lastSentAt: sentDaysAgo(2),
    fetchedAt: 0,
    ...fields,
  };
}
