import type { AttentionLedger, CurrencyLedger, ReceivablesSummary } from '../db/records/summary';
import { daysBetween, localIsoDate } from '../format';
import { agingBucket, agingBuckets } from './aging';
import { ATTENTION_SHOWN } from './build-summary';
import { paidPeriods, periodStart } from './paid-periods';
import type { AttentionView, CurrencyReceivables, ReceivablesView } from './receivables-view';

const DAY_MS = 86_400_000;
/** Links expiring within this many days need attention. */
const LINK_EXPIRY_WARNING_DAYS = 7;

/** The summary bucketed for `now`'s date where the user is: O(distinct dates), whatever the number of bills. */
export function viewSummary(summary: ReceivablesSummary, now: Date): Omit<ReceivablesView, 'region'> {
  const today = localIsoDate(now);
  const currencies = summary.currencies.map((ledger) => currencyOn(ledger, today));
  return {
    today,
    computedAt: summary.computedAt,
    complete: summary.complete,
    currencies,
    overdueBills: currencies.reduce((sum, currency) => sum + currency.overdueBills, 0),
    attention: attentionOn(summary.attention, today, now.getTime()),
  };
}

function currencyOn(ledger: CurrencyLedger, today: string): CurrencyReceivables {
  const aging = agingBuckets.map((bucket) => ({ bucket, balance: 0, bills: 0 }));
  let outstanding = 0;
  let unpaidBills = 0;
  let overdue = 0;
  let overdueBills = 0;
  for (const { dueAt, balance, bills } of ledger.unpaidByDueDate) {
    const daysPastDue = dueAt === null ? 0 : daysBetween(dueAt, today);
    const bucket = aging[agingBuckets.indexOf(agingBucket(daysPastDue))];
    if (bucket) {
      bucket.balance += balance;
      bucket.bills += bills;
    }
    outstanding += balance;
    unpaidBills += bills;
    if (daysPastDue > 0) {
      overdue += balance;
      overdueBills += bills;
    }
  }
  const paid = Object.fromEntries(
    paidPeriods.map((period) => {
      const from = periodStart(period, today);
      const amount = ledger.paidByDate
        .filter(({ date }) => date >= from && date <= today)
        .reduce((sum, day) => sum + day.amount, 0);
      return [period, amount];
    }),
  ) as CurrencyReceivables['paid'];
  return {
    currencyCode: ledger.currencyCode,
    outstanding,
    unpaidBills,
    overdue,
    overdueBills,
    pending: ledger.pending,
    pendingBills: ledger.pendingBills,
    paid,
    aging,
    topClients: ledger.topClients,
    trust: ledger.trust,
  };
}

function attentionOn(ledger: AttentionLedger, today: string, nowMs: number): AttentionView {
  const total = ledger.billsByDay
    .filter(({ from }) => from <= today)
    .reduce((sum, day) => sum + day.bills, 0);
  // Sorted by `from`, so the bills needing attention today are the first ones.
  const bills = ledger.firstBills
    .filter((bill) => bill.from <= today)
    .map(({ id, number, clientName, currencyCode, balance, dueAt, shared, lastSentAt, trust }) => {
      const daysSinceSent = lastSentAt ? daysBetween(localIsoDate(new Date(lastSentAt)), today) : null;
      return {
        id,
        number,
        clientName,
        currencyCode,
        balance,
        dueAt,
        daysOverdue: daysBetween(dueAt, today),
        reason: lastSentAt === null ? 'never_sent' : !shared ? 'not_shared' : 'sent_long_ago',
        daysSinceSent,
        trust,
      } as const;
    });
  const warnUntil = nowMs + LINK_EXPIRY_WARNING_DAYS * DAY_MS;
  const links = ledger.activeLinks.filter((link) => {
    const expires = Date.parse(link.expiresAt);
    return expires > nowMs && expires <= warnUntil;
  });
  return {
    bills: { total, shown: bills },
    links: { total: links.length, shown: links.slice(0, ATTENTION_SHOWN) },
    payments: { total: ledger.payments.total, shown: ledger.payments.newest },
  };
}
