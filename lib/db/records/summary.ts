import type { Text } from '../../i18n/text';

/**
 * The popup's figures as the background keeps them: rebuilt from the cache after each sync run that
 * changed it, read as one row when the popup opens.
 *
 * Nothing here depends on today's date. Aging, overdue, "paid this month" and what needs attention do,
 * so they are kept keyed by date (per due date, per payment date, per day a bill starts needing
 * attention) and bucketed against today when the popup asks: O(distinct dates), a few hundred at most,
 * and right on a new day without waiting for a sync or rebuilding from every bill.
 */

/** Bumped whenever this shape changes: a row of another format is rebuilt, never read. */
export const SUMMARY_FORMAT = 3;

export interface ReceivablesSummary {
  format: number;
  computedAt: number;
  /** Payments dated before this day are left out: no period shown from the build day on reaches them. */
  paidSince: string;
  /**
   * Whether the cache held every resource when this was built. A first sync builds a summary once the
   * bills awaiting payment are in: outstanding, overdue, aging, top clients and pending are then whole,
   * while payments received and the links and payments to check wait for the rest of the history.
   */
  complete: boolean;
  /** Largest outstanding first. */
  currencies: CurrencyLedger[];
  attention: AttentionLedger;
}

/** One currency's receivables (revenue bills; trust requests only in `trust`). */
export interface CurrencyLedger {
  currencyCode: string;
  /** Bills awaiting payment by due date, ascending; `dueAt: null` holds those without one. */
  unpaidByDueDate: DueDateTotal[];
  /** Card payments in flight on bills awaiting payment. */
  pending: number;
  pendingBills: number;
  /** Payments applied to bills, not voided, by the payment's date, ascending. */
  paidByDate: DatedAmount[];
  /** The clients owing most, most first. */
  topClients: ClientBalance[];
  /** Trust requests awaiting payment: money to be held in trust, never part of receivables. */
  trust: { outstanding: number; requests: number };
}

export interface DueDateTotal {
  dueAt: string | null;
  balance: number;
  bills: number;
}

export interface DatedAmount {
  date: string;
  amount: number;
}

export interface ClientBalance {
  clientId: number | null;
  name: string | null;
  outstanding: number;
  unpaidBills: number;
  oldestDueAt: string | null;
}

/**
 * Overdue bills (trust requests too) that were never shared to the portal or not sent for 30 days,
 * Clio Payments links about to expire, and payments Clio could not finish.
 */
export interface AttentionLedger {
  /** How many bills start needing attention on each day, ascending. */
  billsByDay: { from: string; bills: number }[];
  /**
   * The first bills in order of that day. Those needing attention on any later day are a prefix of the
   * whole order, so the first few of them are always among these.
   */
  firstBills: AttentionBill[];
  /** Links active when the summary was built, soonest to expire first. */
  activeLinks: ActiveLink[];
  payments: { total: number; newest: PaymentToCheck[] };
}

export interface AttentionBill {
  id: number;
  number: string;
  clientName: string | null;
  currencyCode: string;
  balance: number;
  dueAt: string;
  shared: boolean;
  lastSentAt: string | null;
  trust: boolean;
  /** The day it starts needing attention: the day after it falls due, or 30 days after it was last sent. */
  from: string;
}

export interface ActiveLink {
  id: number;
  billId: number | null;
  label: Text;
  amount: number | null;
  currencyCode: string | null;
  expiresAt: string;
}

export const paymentStatesToCheck = ['completed_requiring_allocation', 'failed'] as const;

export interface PaymentToCheck {
  id: number;
  billId: number | null;
  label: Text;
  state: (typeof paymentStatesToCheck)[number];
  /** None only for a failed payment Clio sent without it. */
  amount: number | null;
  currencyCode: string | null;
  createdAt: string | null;
}

/** The popup's figures, derived from the cache and rebuilt by the sync (see lib/summary): one row. */
export class SummaryRecord {
  declare key: 'receivables';
  declare summary: ReceivablesSummary;
}
