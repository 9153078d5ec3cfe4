import { needsAttentionFrom } from '../bills/attention';
import { isOwed } from '../bills/owed';
import type { AllocationRecord } from '../db/records/allocation';
import type { BillRecord } from '../db/records/bill';
import type { PaymentRecord } from '../db/records/payment';
import type { PaymentLinkRecord } from '../db/records/payment-link';
import {
  type ActiveLink,
  type AttentionBill,
  type ClientBalance,
  type CurrencyLedger,
  type PaymentToCheck,
  paymentStatesToCheck,
  type ReceivablesSummary,
  SUMMARY_FORMAT,
} from '../db/records/summary';
import { localIsoDate } from '../format';
import type { Text } from '../i18n/text';
import { decimalToMinor, minorDigits } from '../money';
import { earliestPeriodStart } from './paid-periods';

const TOP_CLIENTS = 5;
/** How many items of each "needs attention" list the popup shows; the rest are counted. */
export const ATTENTION_SHOWN = 10;

/** What the summary reads of a bill. A firm's thousands of bills owed are all held while it is built. */
export type SummaryBill = Pick<
  BillRecord,
  | 'id'
  | 'number'
  | 'state'
  | 'kind'
  | 'clientId'
  | 'clientName'
  | 'currencyCode'
  | 'balance'
  | 'pending'
  | 'dueAt'
  | 'shared'
  | 'lastSentAt'
>;

/** A bill cut to what the summary reads, so that the whole record can go as soon as it is read. */
export function summaryBillOf(bill: SummaryBill): SummaryBill {
  return {
    id: bill.id,
    number: bill.number,
    state: bill.state,
    kind: bill.kind,
    clientId: bill.clientId,
    clientName: bill.clientName,
    currencyCode: bill.currencyCode,
    balance: bill.balance,
    pending: bill.pending,
    dueAt: bill.dueAt,
    shared: bill.shared,
    lastSentAt: bill.lastSentAt,
  };
}

export interface SummaryInput {
  /** Every bill awaiting payment, and every bill a link or payment below refers to. */
  bills: SummaryBill[];
  /** The currency of every revenue bill held (trust requests left out): payments count by their bill's. */
  receivableCurrencies: ReadonlyMap<number, string>;
  allocations: AllocationRecord[];
  links: PaymentLinkRecord[];
  payments: PaymentRecord[];
  /** Whether every resource had been read once (see ReceivablesSummary.complete). */
  complete: boolean;
}

const isTrustRequest = (bill: Pick<BillRecord, 'kind'>) => bill.kind === 'trust_kind';

/** A payment applied and not voided: money the firm received. */
export const isCashReceived = (allocation: Pick<AllocationRecord, 'source' | 'voidedAt'>) =>
  allocation.source === 'payment' && allocation.voidedAt === null;

/** The popup's summary of the cache as of `now`. Money stays in integer minor units throughout. */
export function buildSummary(input: SummaryInput, now: Date): ReceivablesSummary {
  const paidSince = earliestPeriodStart(localIsoDate(now));
  const billsById = new Map(input.bills.map((bill) => [bill.id, bill]));
  const ledgers = new Map<string, LedgerTotals>();
  const ledger = (currencyCode: string) => {
    let totals = ledgers.get(currencyCode);
    if (!totals) {
      totals = newLedger(currencyCode);
      ledgers.set(currencyCode, totals);
    }
    return totals;
  };
  const attention: AttentionBill[] = [];

  for (const bill of input.bills) {
    // Only what is owed counts: an unpaid bill with nothing left to pay is neither outstanding nor overdue.
    if (!isOwed(bill)) continue;
    const totals = ledger(bill.currencyCode);
    if (isTrustRequest(bill)) {
      totals.trust.outstanding += bill.balance;
      totals.trust.requests += 1;
    } else {
      addToDueDate(totals, bill);
      addToClient(totals, bill);
      if (bill.pending !== 0) {
        totals.pending += bill.pending;
        totals.pendingBills += 1;
      }
    }
    if (bill.dueAt) attention.push(attentionBill(bill, bill.dueAt));
  }

  for (const allocation of input.allocations) {
    const currencyCode =
      allocation.billId === null ? undefined : input.receivableCurrencies.get(allocation.billId);
    // Only cash is paid: a credit note applied to a bill lowers what is owed, but nobody paid it.
    if (!currencyCode || !isCashReceived(allocation) || allocation.date < paidSince) continue;
    const paid = ledger(currencyCode).paidByDate;
    const amount = decimalToMinor(allocation.amountDecimal, minorDigits(currencyCode));
    paid.set(allocation.date, (paid.get(allocation.date) ?? 0) + amount);
  }

  attention.sort(byAttentionOrder);
  const billsByDay = new Map<string, number>();
  for (const bill of attention) billsByDay.set(bill.from, (billsByDay.get(bill.from) ?? 0) + 1);
  const payments = paymentsToCheck(input.payments, billsById);

  return {
    format: SUMMARY_FORMAT,
    computedAt: now.getTime(),
    paidSince,
    complete: input.complete,
    currencies: [...ledgers.values()].map(finishLedger).sort(byOutstanding),
    attention: {
      billsByDay: [...billsByDay].map(([from, bills]) => ({ from, bills })),
      firstBills: attention.slice(0, ATTENTION_SHOWN),
      activeLinks: activeLinks(input.links, billsById, now),
      payments: { total: payments.length, newest: payments.slice(0, ATTENTION_SHOWN) },
    },
  };
}

interface LedgerTotals {
  currencyCode: string;
  unpaidByDueDate: Map<string | null, { balance: number; bills: number }>;
  pending: number;
  pendingBills: number;
  paidByDate: Map<string, number>;
  clients: Map<number | null, ClientBalance>;
  trust: { outstanding: number; requests: number };
}

function newLedger(currencyCode: string): LedgerTotals {
  return {
    currencyCode,
    unpaidByDueDate: new Map(),
    pending: 0,
    pendingBills: 0,
    paidByDate: new Map(),
    clients: new Map(),
    trust: { outstanding: 0, requests: 0 },
  };
}

function addToDueDate(totals: LedgerTotals, bill: SummaryBill): void {
  const day = totals.unpaidByDueDate.get(bill.dueAt) ?? { balance: 0, bills: 0 };
  day.balance += bill.balance;
  day.bills += 1;
  totals.unpaidByDueDate.set(bill.dueAt, day);
}

function addToClient(totals: LedgerTotals, bill: SummaryBill): void {
  const client = totals.clients.get(bill.clientId) ?? {
    clientId: bill.clientId,
    name: bill.clientName,
    outstanding: 0,
    unpaidBills: 0,
    oldestDueAt: null,
  };
  client.outstanding += bill.balance;
  client.unpaidBills += 1;
  if (bill.dueAt && (client.oldestDueAt === null || bill.dueAt < client.oldestDueAt))
    client.oldestDueAt = bill.dueAt;
  totals.clients.set(bill.clientId, client);
}

function finishLedger(totals: LedgerTotals): CurrencyLedger {
  return {
    currencyCode: totals.currencyCode,
    unpaidByDueDate: [...totals.unpaidByDueDate]
      .map(([dueAt, day]) => ({ dueAt, ...day }))
      .sort((a, b) => compareDates(a.dueAt, b.dueAt)),
    pending: totals.pending,
    pendingBills: totals.pendingBills,
    paidByDate: [...totals.paidByDate]
      .map(([date, amount]) => ({ date, amount }))
      .sort((a, b) => compareDates(a.date, b.date)),
    topClients: [...totals.clients.values()]
      .sort((a, b) => b.outstanding - a.outstanding || (a.clientId ?? 0) - (b.clientId ?? 0))
      .slice(0, TOP_CLIENTS),
    trust: totals.trust,
  };
}

function byOutstanding(a: CurrencyLedger, b: CurrencyLedger): number {
  const outstanding = (ledger: CurrencyLedger) =>
    ledger.unpaidByDueDate.reduce((sum, day) => sum + day.balance, 0);
  return outstanding(b) - outstanding(a) || a.currencyCode.localeCompare(b.currencyCode);
}

/** Dates without a value (bills with no due date) sort first. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function attentionBill(bill: SummaryBill, dueAt: string): AttentionBill {
  return {
    id: bill.id,
    number: bill.number,
    clientName: bill.clientName,
    currencyCode: bill.currencyCode,
    balance: bill.balance,
    dueAt,
    shared: bill.shared,
    lastSentAt: bill.lastSentAt,
    trust: isTrustRequest(bill),
    from: needsAttentionFrom({ dueAt, shared: bill.shared, lastSentAt: bill.lastSentAt }),
  };
}

/** Needing attention longest first; then the oldest due date, then the lowest id. */
function byAttentionOrder(a: AttentionBill, b: AttentionBill): number {
  return compareDates(a.from, b.from) || compareDates(a.dueAt, b.dueAt) || a.id - b.id;
}

function activeLinks(
  links: PaymentLinkRecord[],
  billsById: Map<number, SummaryBill>,
  now: Date,
): ActiveLink[] {
  return links
    .filter(
      (link): link is PaymentLinkRecord & { expiresAt: string } =>
        link.active && link.expiresAt !== null && Date.parse(link.expiresAt) > now.getTime(),
    )
    .sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt) || a.id - b.id)
    .map((link) => ({
      id: link.id,
      billId: link.billId,
      label:
        billLabel(link.billId, billsById) ??
        (link.description
          ? { key: 'summary.link_description', values: { description: link.description } }
          : { key: 'summary.payment_link' }),
      amount: link.amount,
      currencyCode: link.currencyCode,
      expiresAt: link.expiresAt,
    }));
}

function paymentsToCheck(payments: PaymentRecord[], billsById: Map<number, SummaryBill>): PaymentToCheck[] {
  const toCheck: PaymentToCheck[] = [];
  for (const payment of payments) {
    const state = paymentStatesToCheck.find((candidate) => candidate === payment.state);
    if (!state) continue;
    const billId = payment.billIds[0] ?? null;
    toCheck.push({
      id: payment.id,
      billId,
      label:
        billLabel(billId, billsById) ??
        (payment.confirmationNumber
          ? { key: 'summary.payment_numbered', values: { confirmation: payment.confirmationNumber } }
          : { key: 'summary.payment' }),
      state,
      amount: payment.amount,
      currencyCode: payment.currencyCode,
      createdAt: payment.createdAt,
    });
  }
  // Newest first; a payment Clio gave no date sorts last.
  const at = (payment: PaymentToCheck) => (payment.createdAt ? Date.parse(payment.createdAt) : 0);
  return toCheck.sort((a, b) => at(b) - at(a) || b.id - a.id);
}

function billLabel(billId: number | null, billsById: Map<number, SummaryBill>): Text | undefined {
  const bill = billId === null ? undefined : billsById.get(billId);
  if (!bill) return undefined;
  return bill.clientName
    ? { key: 'summary.bill_of_client', values: { number: bill.number, client: bill.clientName } }
    : { key: 'summary.bill', values: { number: bill.number } };
}
