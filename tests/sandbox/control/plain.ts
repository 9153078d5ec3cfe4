import { balanceCents, dueCents } from '../state/bill-rules.ts';
import type { Bill } from '../state/types.ts';
import { centsToAmount } from '../support/money.ts';

/** A stored record as JSON: every field, with `fooCents` shown as the amount `foo`. */
export function plain(record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    if (key.endsWith('Cents'))
      out[key.slice(0, -'Cents'.length)] = value === null ? null : centsToAmount(value as number);
    else out[key] = value;
  }
  return out;
}

export function plainBill(bill: Bill): Record<string, unknown> {
  return { ...plain(bill), due: centsToAmount(dueCents(bill)), balance: centsToAmount(balanceCents(bill)) };
}

/** Money keys a raw bill change may use, mapped to the stored cents fields. */
export const BILL_MONEY_KEYS: Record<string, keyof Bill> = {
  total: 'totalCents',
  discount: 'discountCents',
  paid: 'paidCents',
  pending: 'pendingCents',
  credits: 'creditsCents',
  credits_issued: 'creditsCents',
  subTotal: 'subTotalCents',
  tax: 'taxCents',
};
