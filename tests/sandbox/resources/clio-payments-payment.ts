import { nested, type Resource, scalar, unmodelled } from '../http/render.ts';
import type { Allocation, Bill, ClioPayment, Matter } from '../state/types.ts';
import { centsToAmount } from '../support/money.ts';
import { AllocationResource } from './allocation.ts';
import { BankAccountResource } from './bank-account.ts';
import { BillResource } from './bill.ts';
import { ClioPaymentsLinkResource } from './clio-payments-link.ts';
import { ContactResource } from './contact.ts';
import { MatterResource } from './matter.ts';
import { UserResource } from './user.ts';

function present<T>(values: Array<T | undefined>): T[] {
  return values.filter((value): value is T => value !== undefined);
}

export const ClioPaymentsPaymentResource: Resource<ClioPayment> = {
  name: 'ClioPaymentsPayment',
  defaults: ['id'],
  fields: {
    id: scalar((payment) => payment.id),
    amount: scalar((payment) => centsToAmount(payment.amountCents)),
    confirmation_number: scalar((payment) => payment.confirmation_number),
    created_at: scalar((payment) => payment.created_at),
    updated_at: scalar((payment) => payment.updated_at),
    currency: scalar((payment) => payment.currency),
    deposit_as_revenue: scalar((payment) => payment.state === 'completed' && payment.billIds.length === 0),
    description: scalar((payment) => payment.description),
    email_address: scalar((payment) => payment.email_address),
    state: scalar((payment) => payment.state),
    bank_transaction: unmodelled,
    clio_payments_link: nested(
      () => ClioPaymentsLinkResource,
      (payment, ctx) => (payment.linkId === null ? null : ctx.state.data.links.get(payment.linkId)),
    ),
    contact: nested(
      () => ContactResource,
      (payment, ctx) => (payment.contactId === null ? null : ctx.state.data.contacts.get(payment.contactId)),
    ),
    destination_account: nested(
      () => BankAccountResource,
      (payment, ctx) => ctx.state.data.bankAccounts.get(payment.destinationAccountId),
    ),
    user: nested(
      () => UserResource,
      (payment, ctx) => ctx.state.data.users.get(payment.userId),
    ),
    allocations: nested(
      () => AllocationResource,
      (payment, ctx) =>
        present<Allocation>(payment.allocationIds.map((id) => ctx.state.data.allocations.get(id))),
    ),
    bills: nested(
      () => BillResource,
      (payment, ctx) => present<Bill>(payment.billIds.map((id) => ctx.state.data.bills.get(id))),
    ),
    matters: nested(
      () => MatterResource,
      (payment, ctx) =>
        present<Matter>(
          payment.billIds.map((id) => {
            const matterId = ctx.state.data.bills.get(id)?.matterId;
            return matterId == null ? undefined : ctx.state.data.matters.get(matterId);
          }),
        ),
    ),
  },
};
