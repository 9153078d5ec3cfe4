import type { BankAccountRecord } from '../db/records/bank-account';
import type { BillRecord } from '../db/records/bill';
import { RemitError } from '../errors';
import { accountFor, type LinkPurpose, purposeOf } from './link-accounts';

/** Clio's contact links are for a client's outstanding bills; Remit keeps a selection reviewable. */
export const MAX_BILLS_PER_LINK = 10;

export interface Settlement {
  billId: number;
  number: string;
  dueAt: string | null;
  balance: number;
  /** What a payment of the link's amount applies to this bill. */
  applied: number;
}

export interface PlannedLink {
  purpose: LinkPurpose;
  currencyCode: string;
  account: { id: number; name: string };
  /** One bill gets a link for that bill; several get a link for the client's outstanding bills. */
  subject: { type: 'Bill' | 'Contact'; id: number };
  amount: number;
  /** The selected bills, oldest first. */
  billIds: number[];
  /** Where a payment of `amount` goes, in Clio's order. */
  settles: Settlement[];
  /** The payment would settle other bills than the ones selected (older ones come first). */
  notOldest: boolean;
}

export interface LinkPlan {
  clientId: number;
  clientName: string | null;
  links: PlannedLink[];
}

/**
 * Which links a selection of bills needs and what paying each will settle. Clio applies a client
 * link's payment to that client's outstanding bills of the account's kind and currency, oldest due
 * date first (then lowest id), whichever bills were chosen; so the plan walks all of them.
 */
export function planLinks(
  selected: readonly BillRecord[],
  clientUnpaid: readonly BillRecord[],
  accounts: readonly BankAccountRecord[],
  amount?: number,
): LinkPlan {
  const first = selected[0];
  if (!first) throw new RemitError('invalid', 'links.choose_a_bill');
  if (selected.length > MAX_BILLS_PER_LINK) {
    throw new RemitError('invalid', 'links.too_many_bills', {
      max: MAX_BILLS_PER_LINK,
      count: selected.length,
    });
  }
  if (new Set(selected.map((bill) => bill.clientId)).size > 1 || first.clientId === null) {
    throw new RemitError('invalid', 'links.several_clients');
  }
  for (const bill of selected) {
    const reason = whyNotPayable(bill);
    if (reason)
      throw new RemitError('not_allowed', 'links.bill_not_payable', {
        number: bill.number,
        reason,
        state: bill.state,
      });
  }
  if (amount !== undefined) checkPartialAmount(selected, amount);

  const groups = new Map<string, BillRecord[]>();
  for (const bill of [...selected].sort(oldestFirst)) {
    const key = `${purposeOf(bill.kind)} ${bill.currencyCode}`;
    groups.set(key, [...(groups.get(key) ?? []), bill]);
  }
  // Invoices before trust requests, so the two links of a mixed selection always read the same way.
  const links = [...groups.values()]
    .map((bills) => planGroup(bills, clientUnpaid, accounts, amount))
    .sort((a, b) => a.purpose.localeCompare(b.purpose) || a.currencyCode.localeCompare(b.currencyCode));
  return { clientId: first.clientId, clientName: first.clientName, links };
}

/** Why a bill cannot be paid through a link: the messages choose their words by it. */
export type NotPayableReason =
  | 'nothing_to_pay'
  | 'paying_online'
  | Exclude<BillRecord['state'], 'awaiting_payment'>;

/**
 * Why a bill cannot be paid through a link, or null when it can. A bill whose whole balance is being
 * paid through Clio Payments (a card or bank payment still clearing) is not asked for again: the
 * client would pay it twice.
 */
export function whyNotPayable(
  bill: Pick<BillRecord, 'state' | 'balance' | 'pending'>,
): NotPayableReason | null {
  if (bill.state !== 'awaiting_payment') return bill.state;
  if (bill.balance <= 0) return 'nothing_to_pay';
  return bill.pending >= bill.balance ? 'paying_online' : null;
}

function checkPartialAmount(selected: readonly BillRecord[], amount: number): void {
  const [bill] = selected;
  if (selected.length !== 1 || !bill) {
    throw new RemitError('invalid', 'links.partial_needs_one_bill');
  }
  if (!Number.isInteger(amount) || amount <= 0 || amount > bill.balance) {
    throw new RemitError('invalid', 'links.amount_out_of_range');
  }
}

function planGroup(
  bills: BillRecord[],
  clientUnpaid: readonly BillRecord[],
  accounts: readonly BankAccountRecord[],
  amount: number | undefined,
): PlannedLink {
  const [first] = bills as [BillRecord, ...BillRecord[]];
  const purpose = purposeOf(first.kind);
  const account = accountFor(purpose, first.currencyCode, accounts);
  const common = {
    purpose,
    currencyCode: first.currencyCode,
    account: { id: account.id, name: account.name },
    billIds: bills.map((bill) => bill.id),
  };
  if (bills.length === 1) {
    const applied = amount ?? first.balance;
    return {
      ...common,
      subject: { type: 'Bill', id: first.id },
      amount: applied,
      settles: [settlement(first, applied)],
      notOldest: false,
    };
  }
  const total = bills.reduce((sum, bill) => sum + bill.balance, 0);
  const settles = settlementsOf(
    total,
    clientUnpaid.filter(
      (bill) =>
        whyNotPayable(bill) === null &&
        purposeOf(bill.kind) === purpose &&
        bill.currencyCode === first.currencyCode,
    ),
  );
  const chosen = new Set(common.billIds);
  return {
    ...common,
    subject: { type: 'Contact', id: first.clientId as number },
    amount: total,
    settles,
    notOldest: settles.some((entry) => !chosen.has(entry.billId)),
  };
}

/** The money applied oldest first until it runs out. */
function settlementsOf(amount: number, bills: BillRecord[]): Settlement[] {
  let remaining = amount;
  const settles: Settlement[] = [];
  for (const bill of [...bills].sort(oldestFirst)) {
    if (remaining <= 0) break;
    const applied = Math.min(remaining, bill.balance);
    settles.push(settlement(bill, applied));
    remaining -= applied;
  }
  return settles;
}

function settlement(bill: BillRecord, applied: number): Settlement {
  return { billId: bill.id, number: bill.number, dueAt: bill.dueAt, balance: bill.balance, applied };
}

/** Clio's order for a client link's money: oldest due date first, then lowest id. */
export function oldestFirst(
  a: Pick<BillRecord, 'id' | 'dueAt'>,
  b: Pick<BillRecord, 'id' | 'dueAt'>,
): number {
  if (a.dueAt === b.dueAt) return a.id - b.id;
  if (a.dueAt === null) return 1;
  if (b.dueAt === null) return -1;
  return a.dueAt < b.dueAt ? -1 : 1;
}
