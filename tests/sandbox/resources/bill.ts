import { type Field, nested, type Resource, scalar, unmodelled, unmodelledList } from '../http/render.ts';
import { availableTransitions, balanceCents, canUpdate, dueCents } from '../state/bill-rules.ts';
import type { Bill } from '../state/types.ts';
import { centsToAmount } from '../support/money.ts';
import { BankAccountResource } from './bank-account.ts';
import { ContactResource } from './contact.ts';
import {
  BalanceResource,
  CurrencyResource,
  DiscountResource,
  InterestResource,
  MatterTotalResource,
} from './embedded.ts';
import { MatterResource } from './matter.ts';
import { UserResource } from './user.ts';

const money = (cents: (bill: Bill) => number) => scalar((bill: Bill) => centsToAmount(cents(bill)));

/** A scalar field the control endpoint corrupted renders the raw value it was given. */
function corruptible(fields: Record<string, Field<Bill>>): Record<string, Field<Bill>> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [
      name,
      field.kind === 'scalar'
        ? scalar((bill: Bill, ctx) =>
            bill.corrupted && name in bill.corrupted ? bill.corrupted[name] : field.get(bill, ctx),
          )
        : field,
    ]),
  );
}

export const BillResource: Resource<Bill> = {
  name: 'Bill',
  defaults: ['id', 'etag'],
  fields: corruptible({
    id: scalar((bill) => bill.id),
    etag: scalar((bill) => bill.etag),
    number: scalar((bill) => bill.number),
    issued_at: scalar((bill) => bill.issued_at),
    created_at: scalar((bill) => bill.created_at),
    due_at: scalar((bill) => bill.due_at),
    tax_rate: scalar((bill) => bill.tax_rate),
    secondary_tax_rate: scalar((bill) => bill.secondary_tax_rate),
    updated_at: scalar((bill) => bill.updated_at),
    subject: scalar((bill) => bill.subject),
    purchase_order: scalar((bill) => bill.purchase_order),
    type: scalar((bill) => bill.type),
    memo: scalar((bill) => bill.memo),
    start_at: scalar((bill) => bill.start_at),
    end_at: scalar((bill) => bill.end_at),
    balance: money(balanceCents),
    state: scalar((bill) => bill.state),
    kind: scalar((bill) => bill.kind),
    total: money((bill) => bill.totalCents),
    paid: money((bill) => bill.paidCents),
    paid_at: scalar((bill) => bill.paid_at),
    pending: money((bill) => bill.pendingCents),
    due: money(dueCents),
    discount_services_only: scalar(() => 'false'),
    can_update: scalar(canUpdate),
    credits_issued: money((bill) => bill.creditsCents),
    shared: scalar((bill) => bill.shared),
    last_sent_at: scalar((bill) => bill.last_sent_at),
    services_secondary_tax: scalar(() => 0),
    services_sub_total: money((bill) => bill.subTotalCents),
    services_tax: money((bill) => bill.taxCents),
    services_taxable_sub_total: scalar((bill) =>
      bill.taxCents > 0 ? Math.round(bill.subTotalCents / 100) : 0,
    ),
    services_secondary_taxable_sub_total: scalar(() => 0),
    taxable_sub_total: scalar((bill) => (bill.taxCents > 0 ? Math.round(bill.subTotalCents / 100) : 0)),
    secondary_taxable_sub_total: scalar(() => 0),
    sub_total: money((bill) => bill.subTotalCents),
    tax_sum: money((bill) => bill.taxCents),
    secondary_tax_sum: scalar(() => 0),
    total_tax: money((bill) => bill.taxCents),
    available_state_transitions: scalar(availableTransitions),
    user: nested(
      () => UserResource,
      (bill, ctx) => ctx.state.data.users.get(bill.userId),
    ),
    client: nested(
      () => ContactResource,
      (bill, ctx) => ctx.state.data.contacts.get(bill.clientId),
    ),
    discount: nested(
      () => DiscountResource,
      (bill) => bill,
    ),
    interest: nested(
      () => InterestResource,
      (bill) => bill,
    ),
    matters: nested(
      () => MatterResource,
      (bill, ctx) => {
        const matter = bill.matterId === null ? undefined : ctx.state.data.matters.get(bill.matterId);
        return matter ? [matter] : [];
      },
    ),
    destination_account: nested(
      () => BankAccountResource,
      (bill, ctx) => ctx.state.data.bankAccounts.get(bill.destinationAccountId),
    ),
    balances: nested(
      () => BalanceResource,
      (bill) => [bill],
    ),
    matter_totals: nested(
      () => MatterTotalResource,
      (bill) => (bill.matterId === null ? [] : [bill]),
    ),
    currency: nested(
      () => CurrencyResource,
      (bill) => bill.currency,
    ),
    group: unmodelled,
    bill_theme: unmodelled,
    original_bill: unmodelled,
    billing_setting: unmodelled,
    client_addresses: unmodelledList,
    legal_aid_uk_bill: unmodelled,
    split_invoice: unmodelled,
  }),
};
