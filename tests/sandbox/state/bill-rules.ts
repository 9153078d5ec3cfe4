import type { Bill, BillState } from './types.ts';

/** The sandbox's bill model: due = total − discount (no interest), balance = due − paid − credits. */
export function dueCents(bill: Bill): number {
  return bill.totalCents - bill.discountCents;
}

export function balanceCents(bill: Bill): number {
  return dueCents(bill) - bill.paidCents - bill.creditsCents;
}

/** Clio lets a bill be sent once it is approved: unpaid or paid. */
export function isSendable(bill: Bill): boolean {
  return bill.state === 'awaiting_payment' || bill.state === 'paid';
}

export function isOverdue(bill: Bill, today: string): boolean {
  return bill.state === 'awaiting_payment' && bill.due_at < today;
}

/** Line items and bill details can be edited until the bill is approved. */
export function canUpdate(bill: Bill): boolean {
  return bill.state === 'draft' || bill.state === 'awaiting_approval';
}

export function availableTransitions(bill: Bill): BillState[] {
  switch (bill.state) {
    case 'draft':
      return ['awaiting_approval', 'awaiting_payment', 'deleted'];
    case 'awaiting_approval':
      return ['awaiting_payment', 'deleted'];
    case 'awaiting_payment': {
      const transitions: BillState[] = [];
      if (bill.paidCents === 0 && bill.pendingCents === 0) transitions.push('void');
      if (balanceCents(bill) === 0) transitions.push('paid');
      return transitions;
    }
    default:
      return [];
  }
}
