import { nested, type Resource, scalar, unmodelled } from '../http/render.ts';
import type { Allocation } from '../state/types.ts';
import { centsToAmount } from '../support/money.ts';
import { BankAccountResource } from './bank-account.ts';
import { BillResource } from './bill.ts';
import { ContactResource } from './contact.ts';
import { PolymorphicResource } from './embedded.ts';
import { MatterResource } from './matter.ts';

export const AllocationResource: Resource<Allocation> = {
  name: 'Allocation',
  defaults: ['id', 'etag'],
  fields: {
    id: scalar((allocation) => allocation.id),
    etag: scalar((allocation) => allocation.etag),
    date: scalar((allocation) => allocation.date),
    amount: scalar((allocation) => centsToAmount(allocation.amountCents)),
    interest: scalar(() => false),
    voided_at: scalar((allocation) => allocation.voided_at),
    created_at: scalar((allocation) => allocation.created_at),
    updated_at: scalar((allocation) => allocation.updated_at),
    description: scalar((allocation) => allocation.description),
    has_online_payment: scalar((allocation) => allocation.has_online_payment),
    destroyable: scalar((allocation) => !allocation.has_online_payment),
    payment_type: scalar((allocation) => allocation.payment_type),
    bill: nested(
      () => BillResource,
      (allocation, ctx) => ctx.state.data.bills.get(allocation.billId),
    ),
    source_bank_account: unmodelled,
    destination_bank_account: nested(
      () => BankAccountResource,
      (allocation, ctx) => ctx.state.data.bankAccounts.get(allocation.destinationAccountId),
    ),
    matter: nested(
      () => MatterResource,
      (allocation, ctx) =>
        allocation.matterId === null ? null : ctx.state.data.matters.get(allocation.matterId),
    ),
    contact: nested(
      () => ContactResource,
      (allocation, ctx) => ctx.state.data.contacts.get(allocation.contactId),
    ),
    parent: nested(
      () => PolymorphicResource,
      (allocation) => allocation.parent,
    ),
  },
};
