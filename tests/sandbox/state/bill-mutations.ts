import { SandboxError } from '../support/errors.ts';
import { allocateToBill } from './allocate.ts';
import { balanceCents } from './bill-rules.ts';
import type { SandboxData } from './data.ts';
import { touch } from './touch.ts';
import type { Allocation, Bill, PaymentType } from './types.ts';

function billOrThrow(data: SandboxData, billId: number): Bill {
  const bill = data.bills.get(billId);
  if (!bill) throw new SandboxError(404, `Bill ${billId} not found`);
  return bill;
}

/** Identity and bookkeeping fields a raw change may not touch. */
const PROTECTED = new Set(['id', 'etag', 'version', 'created_at', 'updated_at', 'updatedMs']);

/** A raw change for tests: any stored field, no workflow rules. */
export function updateBill(
  data: SandboxData,
  billId: number,
  changes: Record<string, unknown>,
  nowMs: number,
): Bill {
  const bill = billOrThrow(data, billId);
  for (const key of Object.keys(changes)) {
    if (PROTECTED.has(key)) throw new SandboxError(422, `${key} cannot be changed`);
    if (!(key in bill)) throw new SandboxError(422, `Unknown bill field: ${key}`);
  }
  Object.assign(bill, changes);
  touch(data, 'Bill', bill, nowMs);
  return bill;
}

/** A manual payment (cheque, card in the office) recorded against one bill. */
export function payBill(
  data: SandboxData,
  billId: number,
  amountCents: number,
  paymentType: PaymentType,
  nowMs: number,
): Allocation {
  const bill = billOrThrow(data, billId);
  if (bill.state !== 'awaiting_payment')
    throw new SandboxError(422, `A ${bill.state} bill cannot take a payment`);
  if (!Number.isInteger(amountCents) || amountCents <= 0)
    throw new SandboxError(422, 'The amount must be positive');
  if (amountCents > balanceCents(bill)) throw new SandboxError(422, 'The amount is more than the balance');
  data.nextManualPaymentId += 1;
  return allocateToBill(data, {
    bill,
    amountCents,
    paymentType,
    parent: { type: 'Payment', id: data.nextManualPaymentId },
    online: false,
    nowMs,
  });
}

/**
 * A payment or credit note deleted in Clio (a cheque entered twice, say): its allocation is gone from
 * every index, and the bill owes that money again. Clio Payments payments cannot be deleted.
 */
export function deleteAllocation(data: SandboxData, allocationId: number, nowMs: number): Bill {
  const allocation = data.allocations.get(allocationId);
  if (!allocation) throw new SandboxError(404, `Allocation ${allocationId} not found`);
  if (allocation.has_online_payment) throw new SandboxError(422, 'A Clio Payments payment cannot be deleted');
  const bill = billOrThrow(data, allocation.billId);
  data.allocations.delete(allocationId);
  if (allocation.voided_at === null) {
    if (allocation.parent.type === 'CreditMemo') bill.creditsCents -= allocation.amountCents;
    else bill.paidCents -= allocation.amountCents;
    const paidBy = data.allocations.rows.filter(
      (left) => left.billId === bill.id && left.parent.type === 'Payment' && left.voided_at === null,
    );
    bill.paid_at = paidBy.at(-1)?.created_at ?? null;
    if (bill.state === 'paid' && balanceCents(bill) > 0) bill.state = 'awaiting_payment';
    const account = data.bankAccounts.get(allocation.destinationAccountId);
    if (account && allocation.parent.type === 'Payment') {
      account.balanceCents -= allocation.amountCents;
      touch(data, 'BankAccount', account, nowMs);
    }
  }
  touch(data, 'Bill', bill, nowMs);
  return bill;
}

/** Makes the API answer `field` of a bill with the raw `value`, as Clio would in a malformed record. */
export function corruptBill(
  data: SandboxData,
  billId: number,
  field: string,
  value: unknown,
  nowMs: number,
): Bill {
  const bill = billOrThrow(data, billId);
  bill.corrupted = { ...bill.corrupted, [field]: value };
  touch(data, 'Bill', bill, nowMs);
  return bill;
}

export function voidBill(data: SandboxData, billId: number, nowMs: number): Bill {
  const bill = billOrThrow(data, billId);
  if (bill.state === 'deleted') throw new SandboxError(422, 'A deleted bill cannot be voided');
  bill.state = 'void';
  touch(data, 'Bill', bill, nowMs);
  return bill;
}

export function deleteBill(data: SandboxData, billId: number, nowMs: number): Bill {
  const bill = billOrThrow(data, billId);
  bill.state = 'deleted';
  touch(data, 'Bill', bill, nowMs);
  return bill;
}
