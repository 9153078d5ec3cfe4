import type { SandboxControl } from './sandbox-control';

/**
 * The popup's figures worked out from the sandbox's own records, in cents, written from the definitions
 * the popup states rather than from Remit's code:
 * - receivables are revenue bills awaiting payment (trust requests apart), per currency;
 * - overdue: their balance due before today; aging buckets by whole days past the due date;
 * - paid: payments applied to revenue bills Clio still lists, not voided, dated from the period's
 *   first day to today;
 * - needs attention: overdue bills (trust requests too) never sent, not shared, or last sent 30 or
 *   more days ago; active links expiring within 7 days; payments failed or awaiting allocation.
 */
export interface ExpectedCurrency {
  outstanding: number;
  unpaidBills: number;
  overdue: number;
  overdueBills: number;
  pending: number;
  pendingBills: number;
  paid: Record<Period, number>;
  aging: Record<Bucket, { balance: number; bills: number }>;
  topClients: { name: string; outstanding: number; unpaidBills: number; oldestDueAt: string }[];
  trust: { outstanding: number; requests: number };
}

export interface ExpectedReceivables {
  today: string;
  currencies: Map<string, ExpectedCurrency>;
  /** The badge: overdue revenue bills in every currency. */
  overdueBills: number;
  attention: {
    bills: { total: number; first: number[] };
    links: { total: number; ids: number[] };
    payments: { total: number; ids: number[] };
  };
}

export const periods = {
  thisMonth: 'This month',
  last30Days: 'Last 30 days',
  thisYear: 'This year',
} as const;
export type Period = keyof typeof periods;
export const buckets = ['current', 'days1To30', 'days31To60', 'days61To90', 'days91Plus'] as const;
export type Bucket = (typeof buckets)[number];

const DAY_MS = 86_400_000;
const cents = (amount: number) => Math.round(amount * 100);
const localDate = (at: Date) =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
const shiftDate = (date: string, days: number) =>
  new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);
const daysFrom = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

function bucketOf(daysPastDue: number): Bucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'days1To30';
  if (daysPastDue <= 60) return 'days31To60';
  if (daysPastDue <= 90) return 'days61To90';
  return 'days91Plus';
}

export async function expectedReceivables(
  control: SandboxControl,
  now = new Date(),
): Promise<ExpectedReceivables> {
  const [bills, allocations, links, payments, contacts] = await Promise.all([
    control.bills(),
    control.allocations(),
    control.links(),
    control.payments(),
    control.contacts(),
  ]);
  const today = localDate(now);
  const starts: Record<Period, string> = {
    thisMonth: `${today.slice(0, 7)}-01`,
    last30Days: shiftDate(today, -29),
    thisYear: `${today.slice(0, 4)}-01-01`,
  };
  const nameOf = new Map(contacts.map((contact) => [contact.id, contact.name]));
  const listed = new Map(bills.filter((bill) => bill.state !== 'deleted').map((bill) => [bill.id, bill]));
  // Owed: unpaid with something left to pay. Clio keeps a fully credited bill unpaid at zero.
  const unpaid = bills.filter((bill) => bill.state === 'awaiting_payment' && bill.balance > 0);
  const currencies = new Map<string, ExpectedCurrency>();
  const currency = (code: string) => {
    let figures = currencies.get(code);
    if (!figures) {
      figures = {
        outstanding: 0,
        unpaidBills: 0,
        overdue: 0,
        overdueBills: 0,
        pending: 0,
        pendingBills: 0,
        paid: { thisMonth: 0, last30Days: 0, thisYear: 0 },
        aging: Object.fromEntries(
          buckets.map((bucket) => [bucket, { balance: 0, bills: 0 }]),
        ) as ExpectedCurrency['aging'],
        topClients: [],
        trust: { outstanding: 0, requests: 0 },
      };
      currencies.set(code, figures);
    }
    return figures;
  };

  const clients = new Map<string, ExpectedCurrency['topClients'][number] & { clientId: number }>();
  for (const bill of unpaid) {
    const figures = currency(bill.currency);
    if (bill.kind === 'trust_kind') {
      figures.trust.outstanding += cents(bill.balance);
      figures.trust.requests += 1;
      continue;
    }
    const daysPastDue = daysFrom(bill.due_at, today);
    figures.outstanding += cents(bill.balance);
    figures.unpaidBills += 1;
    figures.aging[bucketOf(daysPastDue)].balance += cents(bill.balance);
    figures.aging[bucketOf(daysPastDue)].bills += 1;
    if (daysPastDue > 0) {
      figures.overdue += cents(bill.balance);
      figures.overdueBills += 1;
    }
    if (bill.pending > 0) {
      figures.pending += cents(bill.pending);
      figures.pendingBills += 1;
    }
    const key = `${bill.currency}:${bill.clientId}`;
    const client = clients.get(key) ?? {
      clientId: bill.clientId,
      name: nameOf.get(bill.clientId) ?? '',
      outstanding: 0,
      unpaidBills: 0,
      oldestDueAt: bill.due_at,
    };
    client.outstanding += cents(bill.balance);
    client.unpaidBills += 1;
    if (bill.due_at < client.oldestDueAt) client.oldestDueAt = bill.due_at;
    clients.set(key, client);
  }
  for (const [code, figures] of currencies) {
    figures.topClients = [...clients.entries()]
      .filter(([key]) => key.startsWith(`${code}:`))
      .map(([, client]) => client)
      .sort((a, b) => b.outstanding - a.outstanding || a.clientId - b.clientId)
      .slice(0, 5)
      .map(({ name, outstanding, unpaidBills, oldestDueAt }) => ({
        name,
        outstanding,
        unpaidBills,
        oldestDueAt,
      }));
  }

  for (const allocation of allocations) {
    const bill = listed.get(allocation.billId);
    // Cash only: a credit note lowers what is owed, but nobody paid it.
    const cash = allocation.parent.type === 'Payment' && allocation.voided_at === null;
    if (!bill || bill.kind === 'trust_kind' || !cash) continue;
    for (const period of Object.keys(starts) as Period[]) {
      if (allocation.date >= starts[period] && allocation.date <= today)
        currency(bill.currency).paid[period] += cents(allocation.amount);
    }
  }

  const needing = unpaid
    .filter((bill) => bill.due_at < today)
    .map((bill) => {
      const sentOn = bill.last_sent_at ? localDate(new Date(bill.last_sent_at)) : null;
      const overdueSince = shiftDate(bill.due_at, 1);
      const staleSince = bill.shared && sentOn ? shiftDate(sentOn, 30) : overdueSince;
      return { bill, since: staleSince > overdueSince ? staleSince : overdueSince };
    })
    .filter(({ since }) => since <= today)
    .sort(
      (a, b) =>
        a.since.localeCompare(b.since) || a.bill.due_at.localeCompare(b.bill.due_at) || a.bill.id - b.bill.id,
    );
  const expiring = links
    .filter((link) => {
      const expires = Date.parse(link.expires_at);
      return link.active && expires > now.getTime() && expires <= now.getTime() + 7 * DAY_MS;
    })
    .sort((a, b) => Date.parse(a.expires_at) - Date.parse(b.expires_at) || a.id - b.id);
  const toCheck = payments
    .filter((payment) => payment.state === 'failed' || payment.state === 'completed_requiring_allocation')
    .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || b.id - a.id);

  return {
    today,
    currencies,
    overdueBills: [...currencies.values()].reduce((sum, figures) => sum + figures.overdueBills, 0),
    attention: {
      bills: { total: needing.length, first: needing.slice(0, 10).map(({ bill }) => bill.id) },
      links: { total: expiring.length, ids: expiring.slice(0, 10).map((link) => link.id) },
      payments: { total: toCheck.length, ids: toCheck.slice(0, 10).map((payment) => payment.id) },
    },
  };
}
