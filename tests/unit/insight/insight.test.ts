import { describe, expect, it } from 'vitest';
import { collectedVersusBilled } from '@/lib/insight/collected-billed';
import { daysToPay } from '@/lib/insight/days-to-pay';
import type { InsightAllocation, InsightBill } from '@/lib/insight/insight-input';
import { rollForward } from '@/lib/insight/roll-forward';

const TODAY = '2026-11-21';

function bill(id: number, fields: Partial<InsightBill>): InsightBill {
  return {
    id,
    clientId: 1,
    clientName: 'Avery & Co',
    currencyCode: 'USD',
    state: 'paid',
    total: 0,
    // Without a discount, what the client was asked to pay is the total.
    due: fields.total ?? 0,
    balance: 0,
    issuedAt: null,
    dueAt: null,
    ...fields,
  };
}

const cash = (
  billId: number,
  date: string,
  amount: number,
  voidedOn: string | null = null,
): InsightAllocation => ({
  billId,
  date,
  amount,
  cash: true,
  voidedOn,
});
const credit = (billId: number, date: string, amount: number): InsightAllocation => ({
  billId,
  date,
  amount,
  cash: false,
  voidedOn: null,
});

/** Worked by hand: the comments give each bill's part in each figure. */
const bills: InsightBill[] = [
  // Issued 1 Oct, paid 31 Oct: 30 days; $100.00.
  bill(1, { total: 10_000, issuedAt: '2026-10-01', dueAt: '2026-10-31' }),
  // Issued 1 Sep, paid in two parts, settled 10 Nov: 70 days; $300.00. Owed $200.00 on 31 Oct, 30 days late.
  bill(2, { total: 30_000, issuedAt: '2026-09-01', dueAt: '2026-10-01' }),
  // Closed by a credit note: never counted as paid. Owed $30.00 on 31 Oct, 16 days late.
  bill(3, { total: 5_000, issuedAt: '2026-09-15', dueAt: '2026-10-15' }),
  // Paid 1 Jul, in the 90 days before: 30 days.
  bill(4, { total: 10_000, issuedAt: '2026-06-01', dueAt: '2026-07-01' }),
  // Canadian dollars, apart: issued 1 Nov, paid 11 Nov, 10 days.
  bill(5, {
    currencyCode: 'CAD',
    clientId: 2,
    clientName: 'Baker LLP',
    total: 20_000,
    issuedAt: '2026-11-01',
    dueAt: '2026-11-30',
  }),
  // Issued this month and owed; a payment on it in October was voided on 2 November.
  bill(6, {
    state: 'awaiting_payment',
    total: 12_345,
    balance: 12_345,
    issuedAt: '2026-11-05',
    dueAt: '2026-12-05',
  }),
  // Owed since before the month, untouched: 21 days late on 31 Oct, 42 days late today.
  bill(7, {
    state: 'awaiting_payment',
    total: 4_000,
    balance: 4_000,
    issuedAt: '2026-09-15',
    dueAt: '2026-10-10',
  }),
  // Owed, not yet due, part paid this month.
  bill(8, {
    state: 'awaiting_payment',
    total: 1_500,
    balance: 1_000,
    issuedAt: '2026-10-20',
    dueAt: '2026-11-30',
  }),
  // Voided: neither billed nor owed.
  bill(9, { state: 'void', total: 99_999, balance: 99_999, issuedAt: '2026-11-02', dueAt: '2026-11-02' }),
];

const allocations: InsightAllocation[] = [
  cash(1, '2026-10-31', 10_000),
  cash(2, '2026-09-15', 10_000),
  cash(2, '2026-11-10', 20_000),
  cash(3, '2026-10-20', 2_000),
  credit(3, '2026-11-01', 3_000),
  cash(4, '2026-07-01', 10_000),
  cash(5, '2026-11-11', 20_000),
  cash(6, '2026-10-05', 7_500, '2026-11-02'),
  cash(8, '2026-11-15', 500),
];
const allocationsOf = (billId: number) => allocations.filter((allocation) => allocation.billId === billId);

describe('collection insight, worked by hand', () => {
  it('days to pay: from issue to the payment that settled the bill, weighted by what it asked for', () => {
    const result = daysToPay(bills, allocationsOf, TODAY);
    // USD: (100.00 × 30 + 300.00 × 70) ÷ 400.00 = 60 days.
    expect(result.byCurrency).toEqual([
      ['CAD', { days: 10, bills: 1, total: 20_000 }],
      ['USD', { days: 60, bills: 2, total: 40_000 }],
    ]);
    // Avery & Co took 30 days in the 90 days before, 60 now: slower, and listed first.
    expect(result.byClient).toEqual([
      {
        clientId: 1,
        clientName: 'Avery & Co',
        currencyCode: 'USD',
        now: { days: 60, bills: 2, total: 40_000 },
        before: { days: 30, bills: 1, total: 10_000 },
      },
      {
        clientId: 2,
        clientName: 'Baker LLP',
        currencyCode: 'CAD',
        now: { days: 10, bills: 1, total: 20_000 },
        before: { days: null, bills: 0, total: 0 },
      },
    ]);
  });

  it('collected versus billed: a voided payment is received in its month and reversed in the month it was voided', () => {
    const usd = new Map(collectedVersusBilled(bills, allocationsOf, TODAY)).get('USD') ?? [];
    expect(usd.map((month) => month.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    const [, , , , , , june, july, , september, october, november] = usd;
    expect(june).toMatchObject({ billed: 10_000, received: 0, collected: 0 });
    expect(july).toMatchObject({ billed: 0, received: 10_000, reversed: 0, collected: 10_000 });
    // Bills 2, 3 and 7.
    expect(september).toEqual({
      month: '2026-09',
      billed: 39_000,
      received: 10_000,
      reversed: 0,
      collected: 10_000,
    });
    // $100.00 + $20.00 + the $75.00 voided later; the credit note is no money received.
    expect(october).toEqual({
      month: '2026-10',
      billed: 11_500,
      received: 19_500,
      reversed: 0,
      collected: 19_500,
    });
    expect(november).toEqual({
      month: '2026-11',
      billed: 12_345,
      received: 20_500,
      reversed: 7_500,
      collected: 13_000,
    });
  });

  it('days to pay: a discounted bill weighs what its client was asked to pay, not its total', () => {
    // $1,000.00 less half, paid in 10 days; $500.00 paid in 30 days: (500 × 10 + 500 × 30) ÷ 1,000 = 20.
    const discounted = bill(1, { total: 100_000, due: 50_000, issuedAt: '2026-11-01' });
    const plain = bill(2, { total: 50_000, issuedAt: '2026-10-01' });
    const paid = new Map([
      [1, [cash(1, '2026-11-11', 50_000)]],
      [2, [cash(2, '2026-10-31', 50_000)]],
    ]);
    const result = daysToPay([discounted, plain], (id) => paid.get(id) ?? [], TODAY);
    expect(result.byCurrency).toEqual([['USD', { days: 20, bills: 2, total: 100_000 }]]);
  });

  it('collected versus billed: a discounted bill billed what its client was asked to pay, and collected in full', () => {
    // $1,000.00 less a 10 % discount, paid $900.00 on 10 November.
    const discounted = bill(1, {
      total: 100_000,
      due: 90_000,
      issuedAt: '2026-11-02',
    });
    const paidInFull = (id: number) => (id === 1 ? [cash(1, '2026-11-10', 90_000)] : []);
    const november = new Map(collectedVersusBilled([discounted], paidInFull, TODAY)).get('USD')?.at(-1);
    expect(november).toEqual({
      month: '2026-11',
      billed: 90_000,
      received: 90_000,
      reversed: 0,
      collected: 90_000,
    });
  });

  it('roll-forward: each bucket’s opening, paid, credited, aged on, added and closing add up', () => {
    const usd = new Map(rollForward(bills, allocationsOf, TODAY)).get('USD') ?? [];
    const row = (bucket: string) => usd.find((each) => each.bucket === bucket);
    expect(row('current')).toEqual({
      bucket: 'current',
      opening: 1_500,
      paid: 500,
      credited: 0,
      reinstated: 0,
      movedOut: 0,
      movedIn: 0,
      added: 12_345,
      closing: 13_345,
    });
    expect(row('days1To30')).toEqual({
      bucket: 'days1To30',
      opening: 27_000,
      paid: 20_000,
      credited: 3_000,
      reinstated: 0,
      movedOut: 4_000,
      movedIn: 0,
      added: 0,
      closing: 0,
    });
    expect(row('days31To60')).toMatchObject({ opening: 0, movedIn: 4_000, closing: 4_000 });
    for (const each of usd) {
      expect(each.closing).toBe(
        each.opening -
          each.paid -
          each.credited +
          each.reinstated -
          each.movedOut +
          each.movedIn +
          each.added,
      );
    }
  });

  it('roll-forward: bills issued this month come in whole, with what was paid or credited on them since', () => {
    // Issued 1 Nov and paid in full on the 11th, in Canadian dollars.
    const cad = new Map(rollForward(bills, allocationsOf, TODAY)).get('CAD') ?? [];
    expect(cad.find((each) => each.bucket === 'current')).toMatchObject({
      opening: 0,
      added: 20_000,
      paid: 20_000,
      closing: 0,
    });
    // $500.00 issued and paid this month; $300.00 issued and credited $100.00 this month.
    const paidAtOnce = bill(20, { total: 50_000, issuedAt: '2026-11-02', dueAt: '2026-12-02' });
    const credited = bill(21, {
      state: 'awaiting_payment',
      total: 30_000,
      balance: 20_000,
      issuedAt: '2026-11-03',
      dueAt: '2026-12-03',
    });
    const allocations = [cash(20, '2026-11-04', 50_000), credit(21, '2026-11-05', 10_000)];
    const usd = new Map(
      rollForward([paidAtOnce, credited], (id) => allocations.filter((one) => one.billId === id), TODAY),
    ).get('USD');
    expect(usd?.find((each) => each.bucket === 'current')).toMatchObject({
      opening: 0,
      added: 80_000,
      paid: 50_000,
      credited: 10_000,
      closing: 20_000,
    });
  });

  it('roll-forward: a payment of last month voided this month was paid at the opening and is owed again now', () => {
    // Paid in full on 20 Oct, the cheque bounced on 5 Nov: nothing owed on 31 Oct (16 days late),
    // $42.00 owed today (37 days late).
    const bounced = bill(10, {
      state: 'awaiting_payment',
      total: 4_200,
      balance: 4_200,
      issuedAt: '2026-09-15',
      dueAt: '2026-10-15',
    });
    const cheque = cash(10, '2026-10-20', 4_200, '2026-11-05');
    const usd = new Map(rollForward([bounced], () => [cheque], TODAY)).get('USD') ?? [];
    const row = (bucket: string) => usd.find((each) => each.bucket === bucket);
    expect(row('days1To30')).toMatchObject({ opening: 0, reinstated: 4_200, movedOut: 4_200, closing: 0 });
    expect(row('days31To60')).toMatchObject({ opening: 0, movedIn: 4_200, closing: 4_200 });
  });

  it('roll-forward: a bill owed that Clio sent without its issue day closes on what it owes, as the popup counts it', () => {
    // $500.00 owed, due 1 Oct: 30 days late on 31 Oct, 51 days late today.
    const undated = bill(11, {
      state: 'awaiting_payment',
      total: 50_000,
      balance: 50_000,
      dueAt: '2026-10-01',
    });
    const usd = new Map(rollForward([undated], () => [], TODAY)).get('USD') ?? [];
    const row = (bucket: string) => usd.find((each) => each.bucket === bucket);
    expect(row('days1To30')).toMatchObject({ opening: 50_000, added: 0, movedOut: 50_000, closing: 0 });
    expect(row('days31To60')).toMatchObject({ opening: 0, movedIn: 50_000, closing: 50_000 });
  });
});
