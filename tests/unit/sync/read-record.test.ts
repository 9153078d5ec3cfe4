import { describe, expect, it } from 'vitest';
import { say } from '@/lib/i18n/text';
import { readRecord } from '@/lib/sync/commit-page';
import { resourceSyncOf } from '@/lib/sync/resources';

const allocation = (voidedAt: unknown) => ({
  id: 7,
  date: '2026-11-02',
  amount: 250.5,
  voided_at: voidedAt,
  bill: { id: 3 },
  contact: { id: 4 },
  parent: { id: 9, type: 'Payment' },
});

function kept(resource: Parameters<typeof resourceSyncOf>[0], raw: object): Record<string, unknown> {
  const read = readRecord(resourceSyncOf(resource), raw, 0);
  if (!('record' in read)) throw new Error(`set aside: ${say(read.reason)}`);
  return read.record as Record<string, unknown>;
}

describe('a record Clio wrote in one of ISO 8601’s other ways', () => {
  it.each([
    ['with a colon in its offset', '2026-11-20T23:30:00-05:00', '2026-11-20T23:30:00-05:00'],
    ['without the colon', '2026-11-20T23:30:00-0500', '2026-11-20T23:30:00-05:00'],
    ['with hours alone', '2026-11-20T23:30:00-05', '2026-11-20T23:30:00-05:00'],
    ['with a space for the T', '2026-11-21 04:30:00Z', '2026-11-21T04:30:00Z'],
    ['with a lower-case z', '2026-11-21T04:30:00.250z', '2026-11-21T04:30:00.250Z'],
    ['as a bare day, the start of that day here', '2026-11-20', '2026-11-20T00:00:00'],
  ])('keeps a voided payment voided when the moment is written %s', (_, written, moment) => {
    const record = kept('allocations', allocation(written));
    expect(record.voidedAt).toBe(moment);
    expect(Date.parse(record.voidedAt as string)).toBe(Date.parse(moment));
  });

  it.each([
    ['null', null],
    ['absent', undefined],
    ['empty', ''],
  ])('takes a payment whose void moment is %s as standing', (_, written) => {
    expect(kept('allocations', allocation(written)).voidedAt).toBeNull();
  });

  it.each([
    ['words', 'yesterday'],
    ['a day that does not exist', '2026-02-30T10:00:00Z'],
    ['a number', 1_764_000_000],
  ])(
    'sets aside a payment whose void moment is %s, rather than count voided money as received',
    (_, written) => {
      const read = readRecord(resourceSyncOf('allocations'), allocation(written), 0);
      expect('reason' in read && say(read.reason)).toMatch(/voided_at/);
    },
  );

  it('reads when a bill was last sent however the moment is written, and an unreadable one as never', () => {
    const bill = {
      id: 1,
      state: 'awaiting_payment',
      kind: 'revenue_kind',
      total: 100,
      paid: 0,
      balance: 100,
      currency: { code: 'USD' },
    };
    expect(kept('bills', { ...bill, last_sent_at: '2026-11-20T09:15:00+0100' }).lastSentAt).toBe(
      '2026-11-20T09:15:00+01:00',
    );
    expect(kept('bills', { ...bill, last_sent_at: 'soon' }).lastSentAt).toBeNull();
  });

  it.each([
    ['Operating', 'Operating'],
    ['OperatingAccount', 'Operating'],
    ['trust account', 'Trust'],
    ['TRUST', 'Trust'],
  ])('reads a bank account of type %s as %s', (written, type) => {
    const account = { id: 5, name: 'Main', type: written, currency: 'USD' };
    expect(kept('bankAccounts', account).type).toBe(type);
  });
});

describe('a bill without its figures', () => {
  const bill = (state: string, figures: object) => ({
    id: 1,
    number: '1001',
    state,
    kind: 'revenue_kind',
    currency: { code: 'USD' },
    ...figures,
  });

  it.each(['void', 'deleted', 'VOID'])(
    'reads a %s bill with no total, paid or balance as owing nothing',
    (state) => {
      const record = kept('bills', bill(state, { total: null, paid: null }));
      expect(record).toMatchObject({ state: state.toLowerCase(), total: 0, paid: 0, balance: 0 });
    },
  );

  it.each([
    ['currency', { currency: null }],
    ['currency', { currency: undefined }],
    ['kind', { kind: null }],
  ])('reads a voided bill without its %s, which only money owed needs', (_, missing) => {
    const record = kept('bills', { ...bill('void', { total: 100, paid: 0, balance: 100 }), ...missing });
    // What Clio left out is filled in from what Remit knew as the bill is stored (see store-bills).
    expect(record).toMatchObject({ state: 'void', total: 10_000 });
  });

  it.each([
    ['null', null],
    ['absent', undefined],
  ])('reads a bill awaiting payment whose paid is %s as nothing paid yet, owing its balance', (_, paid) => {
    const record = kept('bills', bill('awaiting_payment', { total: 1200, balance: 1200, paid }));
    expect(record).toMatchObject({ total: 120_000, paid: 0, balance: 120_000 });
  });

  it.each([
    ['awaiting_payment', 'balance'],
    ['awaiting_payment', 'total'],
    ['awaiting_payment', 'currency'],
    ['awaiting_payment', 'kind'],
    ['paid', 'paid'],
    ['draft', 'total'],
  ])('sets aside a bill %s without its %s, rather than guess what it owes', (state, field) => {
    const figures = { total: 100, paid: 0, balance: 100 };
    const read = readRecord(resourceSyncOf('bills'), { ...bill(state, figures), [field]: null }, 0);
    expect('reason' in read && say(read.reason)).toContain(field);
  });
});

describe('a payment without its money', () => {
  it.each([
    ['date', { date: null }],
    ['amount', { amount: undefined }],
  ])('reads a voided payment without its %s, which it no longer counts for', (_, missing) => {
    const record = kept('allocations', { ...allocation('2026-11-20T16:00:00Z'), ...missing });
    expect(record).toMatchObject({ voidedAt: '2026-11-20T16:00:00Z' });
  });

  it.each(['date', 'amount'])('sets aside a standing payment without its %s', (field) => {
    const read = readRecord(resourceSyncOf('allocations'), { ...allocation(null), [field]: null }, 0);
    expect('reason' in read && say(read.reason)).toContain(field);
  });

  const cardPayment = (state: string, missing: object) => ({
    id: 41,
    amount: 25.5,
    currency: 'USD',
    state,
    bills: [{ id: 1 }],
    ...missing,
  });

  it.each([
    ['failed', { amount: null }],
    ['canceled', { currency: null }],
    ['voided', { amount: undefined, currency: undefined }],
  ])('reads a card payment %s without its money, which it never moved', (state, missing) => {
    expect(kept('payments', cardPayment(state, missing))).toMatchObject({ state, amount: null });
  });

  it.each([
    ['completed', 'amount'],
    ['pending', 'currency'],
  ])('sets aside a card payment %s without its %s', (state, field) => {
    const read = readRecord(resourceSyncOf('payments'), cardPayment(state, { [field]: null }), 0);
    expect('reason' in read && say(read.reason)).toContain(field);
  });
});
