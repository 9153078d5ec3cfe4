import { describe, expect, it } from 'vitest';
import { RemitError } from '@/lib/errors';
import { say } from '@/lib/i18n/text';
import { BankAccountRecord } from '../../../lib/db/records/bank-account';
import { BillRecord } from '../../../lib/db/records/bill';
import { planLinks } from '../../../lib/payment-links/link-plan';

let nextId = 100;
function bill(changes: Partial<BillRecord>): BillRecord {
  nextId += 1;
  return Object.assign(new BillRecord(), {
    id: nextId,
    number: String(nextId),
    state: 'awaiting_payment',
    kind: 'revenue_kind',
    clientId: 7,
    clientName: 'Ada',
    currencyCode: 'USD',
    balance: 10_000,
    dueAt: '2026-10-01',
    ...changes,
  });
}

function account(changes: Partial<BankAccountRecord>): BankAccountRecord {
  return Object.assign(new BankAccountRecord(), {
    id: 1,
    name: 'Operating',
    type: 'Operating',
    currencyCode: 'USD',
    clioPaymentsEnabled: true,
    isDefault: false,
    ...changes,
  });
}

const accounts = [
  account({ id: 1, name: 'Operating' }),
  account({ id: 2, name: 'Trust', type: 'Trust' }),
  account({ id: 3, name: 'Main operating', isDefault: true }),
];

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof RemitError) return say(error.text);
    throw error;
  }
  throw new Error('no refusal');
}

describe('planLinks', () => {
  it('links one bill for its balance, or part of it, into the default operating account', () => {
    const one = bill({ balance: 12_345 });
    const [link] = planLinks([one], [one], accounts).links;
    expect(link).toMatchObject({ subject: { type: 'Bill', id: one.id }, amount: 12_345, account: { id: 3 } });
    expect(planLinks([one], [one], accounts, 5_000).links[0]?.settles).toEqual([
      { billId: one.id, number: one.number, dueAt: one.dueAt, balance: 12_345, applied: 5_000 },
    ]);
    expect(refusal(() => planLinks([one], [one], accounts, 12_346))).toMatch(/no more than the outstanding/);
  });

  it('walks the client’s unpaid bills oldest first and says when the chosen ones are not the oldest', () => {
    const oldest = bill({ dueAt: '2026-01-01', balance: 3_000 });
    const sameDayLow = bill({ dueAt: '2026-02-01', balance: 4_000 });
    const sameDayHigh = bill({ dueAt: '2026-02-01', balance: 5_000 });
    const newest = bill({ dueAt: '2026-03-01', balance: 6_000 });
    const trustOlder = bill({ dueAt: '2025-01-01', kind: 'trust_kind' });
    const all = [newest, sameDayHigh, trustOlder, sameDayLow, oldest];

    const [link] = planLinks([newest, sameDayHigh], all, accounts).links;
    expect(link?.subject).toEqual({ type: 'Contact', id: 7 });
    expect(link?.amount).toBe(11_000);
    expect(link?.settles.map((entry) => [entry.billId, entry.applied])).toEqual([
      [oldest.id, 3_000],
      [sameDayLow.id, 4_000],
      [sameDayHigh.id, 4_000],
    ]);
    expect(link?.notOldest).toBe(true);
    expect(planLinks([oldest, sameDayLow], all, accounts).links[0]?.notOldest).toBe(false);
  });

  it('gives trust requests a link of their own, into trust, after the invoices', () => {
    const invoice = bill({});
    const request = bill({ kind: 'trust_kind' });
    const links = planLinks([request, invoice], [invoice, request], accounts).links;
    expect(links.map((link) => [link.purpose, link.account.id, link.subject.type])).toEqual([
      ['invoices', 3, 'Bill'],
      ['trust', 2, 'Bill'],
    ]);
  });

  it('refuses what no link can pay, naming why', () => {
    const paid = bill({ state: 'paid', balance: 0 });
    const other = bill({ clientId: 8 });
    const mine = bill({});
    expect(refusal(() => planLinks([paid], [], accounts))).toBe(`Bill ${paid.number} is already paid.`);
    expect(refusal(() => planLinks([mine, other], [], accounts))).toMatch(/several clients/);
    const eleven = Array.from({ length: 11 }, () => bill({}));
    expect(refusal(() => planLinks(eleven, eleven, accounts))).toMatch(/at most 10 bills; 11 are chosen/);
    expect(refusal(() => planLinks([bill({ currencyCode: 'EUR' })], [], accounts))).toMatch(
      /in EUR, but the firm’s operating accounts with Clio Payments take USD/,
    );
    const noTrust = accounts.filter((candidate) => candidate.type !== 'Trust');
    expect(refusal(() => planLinks([bill({ kind: 'trust_kind' })], [], noTrust))).toMatch(/No trust account/);
    const off = accounts.map((candidate) => ({ ...candidate, clioPaymentsEnabled: false }));
    expect(refusal(() => planLinks([mine], [mine], off))).toMatch(/not turned on for any/);
    expect(refusal(() => planLinks([], [], accounts))).toBe('Choose at least one bill.');
    expect(refusal(() => planLinks([bill({ clientId: null })], [], accounts))).toMatch(/several clients/);
  });

  it('names, for each state Clio gives a bill, why no link can pay it', () => {
    const why = (changes: Partial<BillRecord>) => {
      const refused = bill(changes);
      return refusal(() => planLinks([refused], [refused], accounts)).replace(`Bill ${refused.number} `, '');
    };
    expect(why({ balance: 0 })).toBe('has nothing left to pay.');
    expect(why({ balance: -500 })).toBe('has nothing left to pay.');
    // A payment of all of it still clearing: the client would pay twice.
    expect(why({ balance: 500, pending: 500 })).toBe(
      'is being paid in full through Clio Payments: the payment is still clearing.',
    );
    const partlyUnderWay = bill({ balance: 500, pending: 499 });
    expect(planLinks([partlyUnderWay], [partlyUnderWay], accounts).links).toHaveLength(1);
    expect(why({ state: 'void' })).toBe('was voided.');
    expect(why({ state: 'deleted' })).toBe('was deleted.');
    expect(why({ state: 'draft' })).toBe('is a draft: approve it in Clio first.');
    expect(why({ state: 'awaiting_approval' })).toBe('is awaiting approval: approve it in Clio first.');
    expect(why({ state: 'sent_for_review' as BillRecord['state'] })).toBe('is sent_for_review.');
    const payable = bill({ balance: 1 });
    expect(planLinks([payable], [payable], accounts).links).toHaveLength(1);
  });

  it('orders a mixed selection invoices first, then by currency, whatever the order chosen', () => {
    const cad = account({ id: 4, name: 'Operating CAD', currencyCode: 'CAD' });
    const cadTrust = account({ id: 5, name: 'Trust CAD', type: 'Trust', currencyCode: 'CAD' });
    const chosen = [
      bill({ kind: 'trust_kind', currencyCode: 'CAD' }),
      bill({ currencyCode: 'USD' }),
      bill({ kind: 'trust_kind' }),
      bill({ currencyCode: 'CAD' }),
    ];
    const { links } = planLinks(chosen, chosen, [...accounts, cad, cadTrust]);
    expect(links.map((link) => `${link.purpose} ${link.currencyCode}`)).toEqual([
      'invoices CAD',
      'invoices USD',
      'trust CAD',
      'trust USD',
    ]);
  });
});

describe('the limits of one link', () => {
  it('takes exactly ten bills of a client in one link, and refuses eleven', () => {
    const ten = Array.from({ length: 10 }, () => bill({ balance: 1_000 }));
    const [link] = planLinks(ten, ten, accounts).links;
    expect(link?.amount).toBe(10_000);
    expect(link?.billIds).toHaveLength(10);
    const eleven = [...ten, bill({})];
    expect(refusal(() => planLinks(eleven, eleven, accounts))).toMatch(/at most 10 bills; 11 are chosen/);
  });

  it('puts bills without a due date after every dated one, oldest first then by id, as Clio settles them', () => {
    const undatedLow = bill({ dueAt: null, balance: 2_000 });
    const dated = bill({ dueAt: '2026-11-30', balance: 2_000 });
    const undatedHigh = bill({ dueAt: null, balance: 2_000 });
    const all = [undatedHigh, dated, undatedLow];
    const [link] = planLinks([undatedHigh, dated], all, accounts).links;
    expect(link?.settles.map((entry) => [entry.billId, entry.applied])).toEqual([
      [dated.id, 2_000],
      [undatedLow.id, 2_000],
    ]);
    expect(link?.notOldest).toBe(true);
  });
});

describe('a link for part of a bill', () => {
  it('takes any whole amount from one cent to the balance, and nothing else', () => {
    const one = bill({ balance: 12_345 });
    const applied = (amount: number) => planLinks([one], [one], accounts, amount).links[0]?.amount;
    expect(applied(1)).toBe(1);
    expect(applied(12_345)).toBe(12_345);
    for (const amount of [0, -1, 12_346, 10.5]) {
      expect(refusal(() => planLinks([one], [one], accounts, amount))).toBe(
        'The amount must be more than zero and no more than the outstanding balance.',
      );
    }
  });

  it('is for one bill only', () => {
    const two = [bill({}), bill({})];
    expect(refusal(() => planLinks(two, two, accounts, 1_000))).toBe(
      'Only a link for one bill can be for part of its balance.',
    );
  });

  it('says nothing of older bills: a bill’s own link pays that bill only', () => {
    const older = bill({ dueAt: '2025-01-01' });
    const chosen = bill({ dueAt: '2026-06-01' });
    expect(planLinks([chosen], [older, chosen], accounts).links[0]?.notOldest).toBe(false);
  });
});

describe('what a client’s link settles', () => {
  it('walks only the client’s bills a link of this kind and currency can pay', () => {
    const paidOlder = bill({ dueAt: '2025-01-01', state: 'paid', balance: 0 });
    const cadOlder = bill({ dueAt: '2025-02-01', currencyCode: 'CAD' });
    const first = bill({ dueAt: '2026-01-01', balance: 1_000 });
    const second = bill({ dueAt: '2026-02-01', balance: 2_000 });
    const [link] = planLinks([second, first], [paidOlder, cadOlder, second, first], accounts).links;
    expect(link?.settles.map((entry) => [entry.billId, entry.applied])).toEqual([
      [first.id, 1_000],
      [second.id, 2_000],
    ]);
    expect(link?.notOldest).toBe(false);
  });
});
