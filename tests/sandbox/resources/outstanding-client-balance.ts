import { nested, type Resource, scalar } from '../http/render.ts';
import { balanceCents } from '../state/bill-rules.ts';
import type { SandboxData } from '../state/data.ts';
import type { Bill, Contact, CurrencyCode } from '../state/types.ts';
import { makeEtag } from '../support/etag.ts';
import { centsToAmount } from '../support/money.ts';
import { isoTimestamp } from '../support/time.ts';
import { BillResource } from './bill.ts';
import { ContactResource } from './contact.ts';
import { CurrencyResource } from './embedded.ts';

/** One contact's unpaid bills; computed on each request, so it is always current. */
export interface OutstandingClientBalance {
  contact: Contact;
  bills: Bill[];
  currency: CurrencyCode;
  version: number;
  updatedMs: number;
  lastPaymentDate: string | null;
}

/**
 * A balance's own id. Clio's description gives the record an id of its own and says nothing of its
 * being the contact's: the sandbox keeps the two apart, so a client is only ever known by `contact`.
 */
export const balanceIdOf = (contactId: number) => 700_000_000 + contactId;

/** Rolls up awaiting_payment bills per contact, in contact id order. */
export function outstandingBalances(data: SandboxData): OutstandingClientBalance[] {
  const byContact = new Map<number, OutstandingClientBalance>();
  for (const bill of data.bills.rows) {
    if (bill.state !== 'awaiting_payment') continue;
    let entry = byContact.get(bill.clientId);
    if (!entry) {
      const contact = data.contacts.get(bill.clientId);
      if (!contact) continue;
      entry = {
        contact,
        bills: [],
        currency: bill.currency,
        version: 0,
        updatedMs: 0,
        lastPaymentDate: null,
      };
      byContact.set(bill.clientId, entry);
    }
    entry.bills.push(bill);
    entry.version = Math.max(entry.version, bill.version);
    entry.updatedMs = Math.max(entry.updatedMs, bill.updatedMs);
    const paidOn = bill.paid_at?.slice(0, 10) ?? null;
    if (paidOn && (!entry.lastPaymentDate || paidOn > entry.lastPaymentDate)) entry.lastPaymentDate = paidOn;
  }
  return [...byContact.values()].sort((a, b) => a.contact.id - b.contact.id);
}

const sum = (entry: OutstandingClientBalance, cents: (bill: Bill) => number) =>
  centsToAmount(entry.bills.reduce((total, bill) => total + cents(bill), 0));

const latest = (values: Array<string | null>) =>
  values.reduce<string | null>((max, value) => (value && (!max || value > max) ? value : max), null);

export const OutstandingClientBalanceResource: Resource<OutstandingClientBalance> = {
  name: 'OutstandingClientBalance',
  defaults: ['id', 'etag'],
  fields: {
    id: scalar((entry) => balanceIdOf(entry.contact.id)),
    etag: scalar((entry) => makeEtag('OutstandingClientBalance', entry.contact.id, entry.version)),
    associated_matter_ids: scalar((entry) => [
      ...new Set(entry.bills.flatMap((bill) => (bill.matterId === null ? [] : [bill.matterId]))),
    ]),
    last_payment_date: scalar((entry) => entry.lastPaymentDate),
    last_shared_date: scalar(
      (entry) => latest(entry.bills.map((bill) => bill.last_sent_at))?.slice(0, 10) ?? null,
    ),
    newest_issued_bill_due_date: scalar((entry) => {
      const newest = entry.bills.reduce((a, b) => (b.issued_at > a.issued_at ? b : a));
      return newest.due_at;
    }),
    pending_payments_total: scalar((entry) => sum(entry, (bill) => bill.pendingCents)),
    reminders_enabled: scalar((entry) => entry.contact.reminders_enabled ?? false),
    total_outstanding_balance: scalar((entry) => sum(entry, balanceCents)),
    created_at: scalar((entry) => entry.contact.created_at),
    updated_at: scalar((entry) => isoTimestamp(entry.updatedMs)),
    outstanding_bills: nested(
      () => BillResource,
      (entry) => entry.bills,
    ),
    contact: nested(
      () => ContactResource,
      (entry) => entry.contact,
    ),
    currency: nested(
      () => CurrencyResource,
      (entry) => entry.currency,
    ),
  },
};
