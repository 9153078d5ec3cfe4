import { nested, type Resource, scalar } from '../http/render.ts';
import { linkIsActive } from '../state/links.ts';
import type { PaymentLink } from '../state/types.ts';
import { centsToAmount } from '../support/money.ts';
import { BankAccountResource } from './bank-account.ts';
import { BillResource } from './bill.ts';
import { ClioPaymentsPaymentResource } from './clio-payments-payment.ts';
import { ContactResource } from './contact.ts';

/** The link's payment page; a test may have replaced it (a hostile address, say) through the control endpoint. */
export function linkUrl(origin: string, link: PaymentLink): string {
  return link.urlOverride ?? `${origin}/clio_payments/pay/${link.token}`;
}

export const ClioPaymentsLinkResource: Resource<PaymentLink> = {
  name: 'ClioPaymentsLink',
  defaults: ['id', 'etag'],
  fields: {
    id: scalar((link) => link.id),
    etag: scalar((link) => link.etag),
    active: scalar((link, ctx) => linkIsActive(link, ctx.nowMs)),
    amount: scalar((link) => (link.amountCents === null ? null : centsToAmount(link.amountCents))),
    created_at: scalar((link) => link.created_at),
    currency: scalar((link) => link.currency),
    description: scalar((link) => link.description),
    email_address: scalar((link) => link.email_address),
    expires_at: scalar((link) => link.expires_at),
    is_allocated_as_revenue: scalar((link) => link.is_allocated_as_revenue),
    redirect_url: scalar(() => null),
    url: scalar((link, ctx) => linkUrl(ctx.origin, link)),
    bank_account: nested(
      () => BankAccountResource,
      (link, ctx) =>
        link.subject.type === 'BankAccount' ? ctx.state.data.bankAccounts.get(link.subject.id) : null,
    ),
    bill: nested(
      () => BillResource,
      (link, ctx) => (link.subject.type === 'Bill' ? ctx.state.data.bills.get(link.subject.id) : null),
    ),
    clio_payments_payment: nested(
      () => ClioPaymentsPaymentResource,
      (link, ctx) => (link.paymentId === null ? null : ctx.state.data.payments.get(link.paymentId)),
    ),
    contact: nested(
      () => ContactResource,
      (link, ctx) => {
        if (link.subject.type === 'Contact') return ctx.state.data.contacts.get(link.subject.id);
        if (link.subject.type === 'Bill') {
          const bill = ctx.state.data.bills.get(link.subject.id);
          return bill ? ctx.state.data.contacts.get(bill.clientId) : null;
        }
        return null;
      },
    ),
    destination_account: nested(
      () => BankAccountResource,
      (link, ctx) => ctx.state.data.bankAccounts.get(link.destinationAccountId),
    ),
    destination_contact: nested(
      () => ContactResource,
      (link, ctx) =>
        link.destinationContactId === null ? null : ctx.state.data.contacts.get(link.destinationContactId),
    ),
  },
};
