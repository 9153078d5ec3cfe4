import { type Resource, scalar } from '../http/render.ts';
import { balanceCents } from '../state/bill-rules.ts';
import type { Bill, CurrencyCode, Firm, PaymentParent } from '../state/types.ts';
import { centsToAmount } from '../support/money.ts';

/** Small objects that only appear nested inside the main resources. */

const CURRENCIES: Record<CurrencyCode, { id: number; sign: string }> = {
  USD: { id: 1, sign: '$' },
  CAD: { id: 2, sign: '$' },
};
const CURRENCY_SINCE = '2020-01-01T00:00:00Z';

export function currencyId(code: CurrencyCode): number {
  return CURRENCIES[code].id;
}

export const CurrencyResource: Resource<CurrencyCode> = {
  name: 'Currency',
  defaults: ['id', 'etag'],
  fields: {
    id: scalar((code) => CURRENCIES[code].id),
    etag: scalar((code) => `"currency-${CURRENCIES[code].id}"`),
    code: scalar((code) => code),
    sign: scalar((code) => CURRENCIES[code].sign),
    created_at: scalar(() => CURRENCY_SINCE),
    updated_at: scalar(() => CURRENCY_SINCE),
  },
};

export const AccountResource: Resource<Firm> = {
  name: 'Account',
  defaults: ['id', 'etag'],
  fields: {
    id: scalar((firm) => firm.id),
    etag: scalar((firm) => firm.etag),
    name: scalar((firm) => firm.name),
    state: scalar(() => 'active'),
    created_at: scalar((firm) => firm.created_at),
    updated_at: scalar((firm) => firm.updated_at),
  },
};

export const PolymorphicResource: Resource<PaymentParent> = {
  name: 'PolymorphicObject',
  defaults: ['id', 'type'],
  fields: {
    id: scalar((parent) => parent.id),
    type: scalar((parent) => parent.type),
    identifier: scalar((parent) => `Payment #${parent.id}`),
    secondary_identifier: scalar(() => null),
    tertiary_identifier: scalar(() => null),
  },
};

export const DiscountResource: Resource<Bill> = {
  name: 'Discount',
  defaults: ['rate', 'type'],
  fields: {
    // A discount of money: the amount taken off, in the bill's currency.
    rate: scalar((bill) => centsToAmount(bill.discountCents)),
    type: scalar(() => 'money'),
    note: scalar(() => null),
    early_payment_rate: scalar(() => 0),
    early_payment_period: scalar(() => 0),
  },
};

export const InterestResource: Resource<Bill> = {
  name: 'Interest',
  defaults: ['rate', 'type'],
  fields: {
    balance: scalar(() => 0),
    period: scalar(() => 0),
    rate: scalar(() => 0),
    total: scalar(() => 0),
    type: scalar(() => 'simple'),
  },
};

/** A bill's balance split: per matter for matter bills, per client otherwise. */
export const BalanceResource: Resource<Bill> = {
  name: 'Balance',
  defaults: ['id', 'amount', 'type'],
  fields: {
    id: scalar((bill) => bill.matterId ?? bill.clientId),
    amount: scalar((bill) => centsToAmount(balanceCents(bill))),
    type: scalar((bill) => (bill.matterId === null ? 'Client' : 'Matter')),
    interest_amount: scalar(() => 0),
    due: scalar((bill) => centsToAmount(balanceCents(bill))),
  },
};

export const MatterTotalResource: Resource<Bill> = {
  name: 'MatterBalance',
  defaults: ['id', 'amount'],
  fields: {
    id: scalar((bill) => bill.matterId),
    amount: scalar((bill) => centsToAmount(bill.totalCents)),
  },
};
