import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/database';
import type { AllocationRecord } from '@/lib/db/records/allocation';
import type { BillRecord } from '@/lib/db/records/bill';
import type { PaymentRecord } from '@/lib/db/records/payment';
import type { PaymentLinkRecord } from '@/lib/db/records/payment-link';
import { addDays } from '@/lib/format';
import { say } from '@/lib/i18n/text';
import { agingBucket } from '@/lib/summary/aging';
import { buildSummary, type SummaryInput } from '@/lib/summary/build-summary';
import { readSummaryInput } from '@/lib/summary/summary-store';
import { viewSummary } from '@/lib/summary/view-summary';
import { bill, daysAgo, sentDaysAgo, TODAY } from '../../support/cached-bill';

/** Noon where the tests run, so "today" is 21 November 2026 in any time zone. */
const now = new Date(2026, 10, 21, 12);
const DAY_MS = 86_400_000;
let nextId = 1;

/** A payment of `cents` applied to a bill, as Clio's decimal. */
function allocation(billId: number, date: string, cents: number, voidedAt: string | null = null) {
  return {
    id: nextId++,
    etag: '',
    billId,
    contactId: 1,
    date,
    amountDecimal: String(cents / 100),
    source: 'payment',
    paymentType: 'check',
    voidedAt,
    description: null,
    updatedAt: `${date}T12:00:00Z`,
  } satisfies AllocationRecord;
}

function link(fields: Partial<PaymentLinkRecord>): PaymentLinkRecord {
  return {
    id: nextId++,
    etag: '',
    active: true,
    amount: 5_000,
    currencyCode: 'USD',
    description: 'Payment for bill',
    url: 'https://app.clio.com/clio_payments/pay/x',
    expiresAt: new Date(now.getTime() + 3 * DAY_MS).toISOString(),
    createdAt: sentDaysAgo(20),
    billId: null,
    contactId: 1,
    destinationAccountId: 1,
    ...fields,
  };
}

function payment(fields: Partial<PaymentRecord>): PaymentRecord {
  return {
    id: nextId++,
    amount: 2_500,
    currencyCode: 'USD',
    state: 'completed',
    confirmationNumber: 'CP-1',
    createdAt: sentDaysAgo(3),
    updatedAt: sentDaysAgo(3),
    billIds: [],
    contactId: 1,
    linkId: null,
    ...fields,
  };
}

type Records = Partial<Omit<SummaryInput, 'receivableCurrencies' | 'bills'>> & { bills?: BillRecord[] };

beforeEach(() => Promise.all(db.tables.map((table) => table.clear())));

/**
 * The summary of these records as the product builds it: stored in the cache, read back through the
 * summary's own queries (which pick the bills and payments it needs), then viewed on a day.
 */
async function view(records: Records, on = now) {
  await Promise.all([
    db.bills.bulkPut(records.bills ?? []),
    db.allocations.bulkPut(records.allocations ?? []),
    db.paymentLinks.bulkPut(records.links ?? []),
    db.payments.bulkPut(records.payments ?? []),
  ]);
  return viewSummary(buildSummary(await readSummaryInput(now), now), on);
}

async function usd(input: Records, on = now) {
  const currency = (await view(input, on)).currencies.find((candidate) => candidate.currencyCode === 'USD');
  if (!currency) throw new Error('No USD figures');
  return currency;
}

describe('aging buckets', () => {
  it.each([
    [-30, 'current'],
    [-1, 'current'],
    [0, 'current'],
    [1, 'days1To30'],
    [30, 'days1To30'],
    [31, 'days31To60'],
    [60, 'days31To60'],
    [61, 'days61To90'],
    [90, 'days61To90'],
    [91, 'days91Plus'],
    [400, 'days91Plus'],
  ] as const)('%i days past due is %s', async (days, bucket) => {
    expect(agingBucket(days)).toBe(bucket);
    const figures = await usd({ bills: [bill({ dueAt: daysAgo(days), balance: 12_345 })] });
    expect(figures.aging.filter((row) => row.balance > 0)).toEqual([{ bucket, balance: 12_345, bills: 1 }]);
    expect(figures.overdue).toBe(days > 0 ? 12_345 : 0);
    expect(figures.overdueBills).toBe(days > 0 ? 1 : 0);
  });

  it('counts a bill without a due date as current and never overdue', async () => {
    const figures = await usd({ bills: [bill({ dueAt: null, balance: 700 })] });
    expect(figures.aging[0]).toEqual({ bucket: 'current', balance: 700, bills: 1 });
    expect(figures.overdue).toBe(0);
  });

  it('adds up to the outstanding balance, to the cent', async () => {
    const balances = [1, 10, 29, 1_007, 123_456, 1_999_999, 33, 5];
    const bills = balances.map((balance, index) => bill({ balance, dueAt: daysAgo(index * 17 - 20) }));
    const figures = await usd({ bills });
    const total = balances.reduce((sum, balance) => sum + balance, 0);
    expect(figures.outstanding).toBe(total);
    expect(figures.unpaidBills).toBe(balances.length);
    expect(figures.aging.reduce((sum, row) => sum + row.balance, 0)).toBe(total);
    expect(figures.overdue).toBe(
      figures.aging.filter((row) => row.bucket !== 'current').reduce((sum, row) => sum + row.balance, 0),
    );
  });

  it('follows the calendar without a rebuild: a month later the same bills are older', async () => {
    const bills = [bill({ dueAt: daysAgo(0), balance: 100 }), bill({ dueAt: daysAgo(30), balance: 200 })];
    const later = await usd({ bills }, new Date(now.getTime() + 31 * DAY_MS));
    expect(later.aging.map((row) => row.balance)).toEqual([0, 0, 100, 200, 0]);
    expect(later.overdueBills).toBe(2);
  });
});

describe('outstanding, overdue and pending', () => {
  it('count only revenue bills awaiting payment', async () => {
    const figures = await usd({
      bills: [
        bill({ balance: 1_000, pending: 400 }),
        bill({ state: 'paid', balance: 0 }),
        bill({ state: 'void', balance: 9_000 }),
        bill({ state: 'draft', balance: 9_000 }),
        bill({ state: 'awaiting_approval', balance: 9_000 }),
        bill({ kind: 'trust_kind', balance: 50_000, pending: 700 }),
      ],
    });
    expect(figures).toMatchObject({
      outstanding: 1_000,
      unpaidBills: 1,
      overdue: 1_000,
      overdueBills: 1,
      pending: 400,
      pendingBills: 1,
    });
  });

  it('keeps trust requests apart, per currency', async () => {
    const figures = await view({
      bills: [
        bill({ kind: 'trust_kind', balance: 50_000 }),
        bill({ kind: 'trust_kind', balance: 25_000, currencyCode: 'CAD' }),
        bill({ kind: 'trust_kind', state: 'paid', balance: 0 }),
        bill({ balance: 1_000 }),
      ],
    });
    expect(
      figures.currencies.map(({ currencyCode, outstanding, trust }) => ({
        currencyCode,
        outstanding,
        trust,
      })),
    ).toEqual([
      { currencyCode: 'USD', outstanding: 1_000, trust: { outstanding: 50_000, requests: 1 } },
      { currencyCode: 'CAD', outstanding: 0, trust: { outstanding: 25_000, requests: 1 } },
    ]);
    expect(figures.overdueBills).toBe(1);
  });

  it('never mixes currencies, and lists the largest first', async () => {
    const figures = await view({
      bills: [
        bill({ currencyCode: 'USD', balance: 1_000, dueAt: daysAgo(5) }),
        bill({ currencyCode: 'CAD', balance: 7_000, dueAt: daysAgo(45) }),
        bill({ currencyCode: 'CAD', balance: 50, dueAt: daysAgo(-3) }),
      ],
    });
    expect(
      figures.currencies.map(({ currencyCode, outstanding, overdue }) => [
        currencyCode,
        outstanding,
        overdue,
      ]),
    ).toEqual([
      ['CAD', 7_050, 7_000],
      ['USD', 1_000, 1_000],
    ]);
    expect(figures.overdueBills).toBe(2);
  });
});

describe('paid in a period', () => {
  const paidBill = bill({ state: 'paid', balance: 0 });
  const trustRequest = bill({ kind: 'trust_kind', state: 'paid', balance: 0 });
  const unpaidBill = bill();

  it.each([
    ['today', TODAY, { thisMonth: 101, last30Days: 101, thisYear: 101 }],
    ['the first of the month', '2026-11-01', { thisMonth: 101, last30Days: 101, thisYear: 101 }],
    ['the last day of the previous month', '2026-10-31', { thisMonth: 0, last30Days: 101, thisYear: 101 }],
    ['29 days ago', daysAgo(29), { thisMonth: 0, last30Days: 101, thisYear: 101 }],
    ['30 days ago', daysAgo(30), { thisMonth: 0, last30Days: 0, thisYear: 101 }],
    ['the first of January', '2026-01-01', { thisMonth: 0, last30Days: 0, thisYear: 101 }],
    ['last year', '2025-12-31', { thisMonth: 0, last30Days: 0, thisYear: 0 }],
    ['tomorrow', addDays(TODAY, 1), { thisMonth: 0, last30Days: 0, thisYear: 0 }],
  ])('a payment dated %s', async (_when, date, paid) => {
    const allocations = [allocation(paidBill.id, date, 101)];
    expect((await usd({ bills: [paidBill, unpaidBill], allocations })).paid).toEqual(paid);
  });

  it('leaves out voided payments, trust money and payments to bills Remit does not have', async () => {
    const figures = await usd({
      bills: [paidBill, trustRequest],
      allocations: [
        allocation(paidBill.id, TODAY, 1_001),
        allocation(paidBill.id, TODAY, 5_000, sentDaysAgo(0)),
        allocation(trustRequest.id, TODAY, 70_000),
        allocation(999_999, TODAY, 3_000),
        { ...allocation(paidBill.id, TODAY, 3_000), billId: null },
      ],
    });
    expect(figures.paid.thisMonth).toBe(1_001);
  });

  it('adds many payments to the cent', async () => {
    const amounts = [10, 20, 30, 110, 220, 1, 99_999_999];
    const figures = await usd({
      bills: [paidBill],
      allocations: amounts.map((amount, index) => allocation(paidBill.id, daysAgo(index), amount)),
    });
    expect(figures.paid.thisYear).toBe(amounts.reduce((sum, amount) => sum + amount, 0));
  });
});

describe('who owes most', () => {
  it('ranks clients by outstanding with their unpaid bills and oldest due date', async () => {
    const bills = [
      bill({ clientId: 1, clientName: 'One', balance: 300, dueAt: daysAgo(3) }),
      bill({ clientId: 1, clientName: 'One', balance: 300, dueAt: daysAgo(50) }),
      bill({ clientId: 2, clientName: 'Two', balance: 5_000, dueAt: daysAgo(-10) }),
      bill({ clientId: 3, clientName: 'Three', kind: 'trust_kind', balance: 90_000 }),
      bill({ clientId: 4, clientName: 'Four', state: 'paid', balance: 0 }),
      ...[5, 6, 7, 8].map((clientId) =>
        bill({ clientId, clientName: `Client ${clientId}`, balance: clientId }),
      ),
    ];
    expect((await usd({ bills })).topClients).toEqual([
      { clientId: 2, name: 'Two', outstanding: 5_000, unpaidBills: 1, oldestDueAt: daysAgo(-10) },
      { clientId: 1, name: 'One', outstanding: 600, unpaidBills: 2, oldestDueAt: daysAgo(50) },
      { clientId: 8, name: 'Client 8', outstanding: 8, unpaidBills: 1, oldestDueAt: daysAgo(10) },
      { clientId: 7, name: 'Client 7', outstanding: 7, unpaidBills: 1, oldestDueAt: daysAgo(10) },
      { clientId: 6, name: 'Client 6', outstanding: 6, unpaidBills: 1, oldestDueAt: daysAgo(10) },
    ]);
  });
});

describe('needs attention', () => {
  it.each([
    ['overdue and never sent', { shared: false, lastSentAt: null }, 'never_sent'],
    [
      'overdue and not shared, though emailed yesterday',
      { shared: false, lastSentAt: sentDaysAgo(1) },
      'not_shared',
    ],
    ['overdue, last sent 30 days ago', { lastSentAt: sentDaysAgo(30) }, 'sent_long_ago'],
    ['overdue, shared but never sent', { lastSentAt: null }, 'never_sent'],
  ] as const)('lists a bill %s', async (_case, fields, reason) => {
    const attention = (await view({ bills: [bill({ dueAt: daysAgo(12), ...fields })] })).attention.bills;
    expect(attention.total).toBe(1);
    expect(attention.shown[0]).toMatchObject({ daysOverdue: 12, reason });
  });

  it.each([
    ['last sent 29 days ago', { lastSentAt: sentDaysAgo(29) }],
    ['due today and never sent', { dueAt: TODAY, shared: false, lastSentAt: null }],
    ['not yet due', { dueAt: daysAgo(-4), lastSentAt: null }],
    ['paid', { state: 'paid', balance: 0, lastSentAt: null }],
    ['without a due date', { dueAt: null, lastSentAt: null }],
  ] as const)('leaves out a bill %s', async (_case, fields) => {
    expect((await view({ bills: [bill({ dueAt: daysAgo(40), ...fields })] })).attention.bills.total).toBe(0);
  });

  it('includes overdue trust requests, marked as such', async () => {
    const shown = (await view({ bills: [bill({ kind: 'trust_kind', lastSentAt: null })] })).attention.bills
      .shown;
    expect(shown.map((item) => item.trust)).toEqual([true]);
  });

  it('shows the ten needing attention longest and counts the rest, on any later day', async () => {
    const bills = Array.from({ length: 25 }, (_, index) =>
      bill({ dueAt: daysAgo(index - 5), shared: false, lastSentAt: null }),
    );
    const today = (await view({ bills })).attention.bills;
    expect(today.total).toBe(19);
    expect(today.shown.map((item) => item.daysOverdue)).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10]);

    const later = (await view({ bills }, new Date(now.getTime() + 10 * DAY_MS))).attention.bills;
    expect(later.total).toBe(25);
    expect(later.shown.map((item) => item.daysOverdue)).toEqual([29, 28, 27, 26, 25, 24, 23, 22, 21, 20]);
  });

  it('adds a recently sent bill on the day its last send turns 30 days old', async () => {
    const bills = [bill({ dueAt: daysAgo(60), lastSentAt: sentDaysAgo(25) })];
    expect((await view({ bills }, new Date(now.getTime() + 4 * DAY_MS))).attention.bills.total).toBe(0);
    expect((await view({ bills }, new Date(now.getTime() + 5 * DAY_MS))).attention.bills.total).toBe(1);
  });

  it('lists active payment links expiring within seven days, soonest first', async () => {
    const inDays = (days: number) => new Date(now.getTime() + days * DAY_MS).toISOString();
    const billWithLink = bill({ number: '2001', clientName: 'Avery & Co' });
    const links = [
      link({ id: 901, expiresAt: inDays(6.9), billId: billWithLink.id }),
      link({ id: 902, expiresAt: inDays(0.5) }),
      link({ id: 903, expiresAt: inDays(7.1) }),
      link({ id: 904, expiresAt: inDays(-1) }),
      link({ id: 905, expiresAt: inDays(2), active: false }),
    ];
    const attention = (await view({ bills: [billWithLink], links })).attention.links;
    expect(attention.total).toBe(2);
    expect(attention.shown.map(({ id, label }) => ({ id, label: say(label) }))).toEqual([
      { id: 902, label: 'Payment for bill' },
      { id: 901, label: 'Bill 2001, Avery & Co' },
    ]);
  });

  it('lists Clio Payments payments Clio could not allocate or that failed, newest first', async () => {
    const payments = [
      payment({ id: 1, state: 'completed' }),
      payment({ id: 2, state: 'failed', createdAt: sentDaysAgo(1), billIds: [77] }),
      payment({ id: 3, state: 'completed_requiring_allocation', createdAt: sentDaysAgo(5) }),
      payment({ id: 4, state: 'pending' }),
    ];
    const attention = (await view({ payments })).attention.payments;
    expect(attention.total).toBe(2);
    expect(attention.shown.map(({ id, state, billId }) => ({ id, state, billId }))).toEqual([
      { id: 2, state: 'failed', billId: 77 },
      { id: 3, state: 'completed_requiring_allocation', billId: null },
    ]);
  });
});

describe('only what is owed, only cash as paid', () => {
  it('never counts an unpaid bill with nothing left to pay as outstanding, overdue or needing attention', async () => {
    const nothingLeft = bill({ clientId: 9, clientName: 'Settled', balance: 0, dueAt: daysAgo(20) });
    const credit = bill({ clientId: 9, clientName: 'Settled', balance: -500, dueAt: daysAgo(20) });
    const owed = bill({ clientId: 1, balance: 2_500, dueAt: daysAgo(20), lastSentAt: null });
    const figures = await view({ bills: [nothingLeft, credit, owed] });
    const usdFigures = figures.currencies[0];
    expect(usdFigures).toMatchObject({ outstanding: 2_500, unpaidBills: 1, overdue: 2_500, overdueBills: 1 });
    expect(usdFigures?.aging.reduce((sum, row) => sum + row.bills, 0)).toBe(1);
    expect(usdFigures?.topClients.map((client) => client.clientId)).toEqual([1]);
    expect(figures.overdueBills).toBe(1);
    expect(figures.attention.bills.shown.map((item) => item.id)).toEqual([owed.id]);
  });

  it('counts payments as paid, and credit notes applied to bills not at all', async () => {
    const paidBill = bill({ state: 'paid', balance: 0 });
    const figures = await usd({
      bills: [paidBill],
      allocations: [
        allocation(paidBill.id, TODAY, 4_000),
        { ...allocation(paidBill.id, TODAY, 6_000), source: 'credit' },
        { ...allocation(paidBill.id, TODAY, 700), source: 'other' },
      ],
    });
    expect(figures.paid.thisMonth).toBe(4_000);
  });

  it('converts each payment in its bill’s currency, to the unit', async () => {
    const yenBill = bill({ state: 'paid', balance: 0, currencyCode: 'JPY' });
    const dinarBill = bill({ state: 'paid', balance: 0, currencyCode: 'KWD' });
    const figures = await view({
      bills: [yenBill, dinarBill],
      allocations: [
        { ...allocation(yenBill.id, TODAY, 0), amountDecimal: '12345' },
        { ...allocation(dinarBill.id, TODAY, 0), amountDecimal: '1.005' },
        { ...allocation(dinarBill.id, TODAY, 0), amountDecimal: '2.0004' },
      ],
    });
    const paid = Object.fromEntries(figures.currencies.map((c) => [c.currencyCode, c.paid.thisMonth]));
    expect(paid).toEqual({ JPY: 12_345, KWD: 3_005 });
  });
});
