import { isoDate } from '../support/time.ts';
import { balanceCents } from './bill-rules.ts';
import type { SandboxData } from './data.ts';
import { stamp, touch } from './touch.ts';
import type { Allocation, Bill, PaymentParent, PaymentType } from './types.ts';

export interface AllocationInput {
  bill: Bill;
  amountCents: number;
  paymentType: PaymentType;
  parent: PaymentParent;
  online: boolean;
  nowMs: number;
}

/** Applies money to a bill as Clio does: an allocation, a higher `paid`, and `paid` state at zero balance. */
export function allocateToBill(data: SandboxData, input: AllocationInput): Allocation {
  const { bill, amountCents, nowMs } = input;
  const stamped = stamp(data, 'Allocation', data.allocations.nextId(), nowMs);
  const allocation: Allocation = {
    id: stamped.id,
    etag: stamped.etag,
    version: stamped.version,
    created_at: stamped.created_at,
    updated_at: stamped.updated_at,
    updatedMs: stamped.updatedMs,
    date: isoDate(nowMs),
    amountCents,
    payment_type: input.paymentType,
    billId: bill.id,
    contactId: bill.clientId,
    matterId: bill.matterId,
    destinationAccountId: bill.destinationAccountId,
    parent: input.parent,
    description: input.online ? 'Clio Payments' : 'Payment received',
    has_online_payment: input.online,
    voided_at: null,
  };
  data.allocations.insert(allocation);
  bill.paidCents += amountCents;
  bill.paid_at = allocation.created_at;
  if (balanceCents(bill) === 0) bill.state = 'paid';
  touch(data, 'Bill', bill, nowMs);
  const account = data.bankAccounts.get(bill.destinationAccountId);
  if (account) {
    account.balanceCents += amountCents;
    touch(data, 'BankAccount', account, nowMs);
  }
  return allocation;
}
