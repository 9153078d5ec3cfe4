import { SandboxError } from '../support/errors.ts';
import { allocateToBill } from './allocate.ts';
import { balanceCents } from './bill-rules.ts';
import type { SandboxData } from './data.ts';
import { billsOfLink, findLinkByToken, linkIsActive } from './links.ts';
import { stamp, touch } from './touch.ts';
import type { ClioPayment } from './types.ts';

/**
 * A client pays through a Clio Payments link, as Clio would record it: a completed payment,
 * allocations against the link's bills (oldest due first), and the link used up.
 */
export function payWithLink(
  data: SandboxData,
  token: string,
  amountCents: number | undefined,
  nowMs: number,
): ClioPayment {
  const link = findLinkByToken(data, token);
  if (!link) throw new SandboxError(404, 'This payment link does not exist');
  if (link.paymentId !== null) throw new SandboxError(410, 'This payment link has already been used');
  if (!linkIsActive(link, nowMs)) throw new SandboxError(410, 'This payment link has expired');

  const bills = billsOfLink(data, link).filter((bill) => bill.state === 'awaiting_payment');
  const owed = bills.reduce((sum, bill) => sum + balanceCents(bill), 0);
  if (link.subject.type !== 'BankAccount' && owed === 0) {
    throw new SandboxError(422, 'Nothing is left to pay on this link');
  }
  if (link.amountCents !== null && amountCents !== undefined && amountCents !== link.amountCents) {
    throw new SandboxError(422, 'This link is for a fixed amount');
  }
  const amount = link.amountCents ?? amountCents ?? owed;
  if (!Number.isInteger(amount) || amount <= 0) throw new SandboxError(422, 'The amount must be positive');
  if (link.subject.type !== 'BankAccount' && amount > owed) {
    throw new SandboxError(422, 'The amount is more than is owed');
  }

  const contactId =
    link.subject.type === 'Contact'
      ? link.subject.id
      : link.subject.type === 'Bill'
        ? (bills[0]?.clientId ?? null)
        : link.destinationContactId;
  const stamped = stamp(data, 'ClioPaymentsPayment', data.payments.nextId(), nowMs);
  const payment: ClioPayment = {
    id: stamped.id,
    etag: stamped.etag,
    version: stamped.version,
    created_at: stamped.created_at,
    updated_at: stamped.updated_at,
    updatedMs: stamped.updatedMs,
    amountCents: amount,
    currency: link.currency,
    state:
      link.subject.type === 'BankAccount' && !link.is_allocated_as_revenue
        ? 'completed_requiring_allocation'
        : 'completed',
    confirmation_number: `CP-${link.id}-${data.payments.nextId()}`,
    description: link.description,
    email_address: link.email_address,
    contactId,
    destinationAccountId: link.destinationAccountId,
    userId: data.users.rows[0]?.id ?? 0,
    linkId: link.id,
    allocationIds: [],
    billIds: [],
  };
  data.payments.insert(payment);

  let remaining = amount;
  for (const bill of bills) {
    if (remaining === 0) break;
    const applied = Math.min(remaining, balanceCents(bill));
    if (applied <= 0) continue;
    const allocation = allocateToBill(data, {
      bill,
      amountCents: applied,
      paymentType: 'card',
      parent: { type: 'Payment', id: payment.id },
      online: true,
      nowMs,
    });
    payment.allocationIds.push(allocation.id);
    payment.billIds.push(bill.id);
    remaining -= applied;
  }

  link.paymentId = payment.id;
  touch(data, 'ClioPaymentsLink', link, nowMs);
  return payment;
}
