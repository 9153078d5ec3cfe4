import { describe, expect, it } from 'vitest';
import { balanceCents } from '../../sandbox/state/bill-rules.ts';
import { createLink } from '../../sandbox/state/links.ts';
import { SandboxState } from '../../sandbox/state/sandbox-state.ts';
import type { Bill } from '../../sandbox/state/types.ts';
import { SandboxError } from '../../sandbox/support/errors.ts';

const WEEK = 604_800;

/** A client with three unpaid USD invoices due on known dates, in an order that differs from their ids. */
function stateWithThreeBills() {
  const state = new SandboxState({ seed: 1, size: 40, today: '2026-11-20' });
  const [other, client] = state.data.contacts.rows;
  if (!client || !other) throw new Error('seed has contacts');
  for (const bill of state.data.bills.rows) if (bill.clientId === client.id) bill.clientId = other.id;
  const open = state.data.bills.rows.filter(
    (b) => b.state === 'awaiting_payment' && b.kind === 'revenue_kind' && b.currency === 'USD',
  );
  const [first, second, third] = open;
  if (!first || !second || !third) throw new Error('seed has three open bills');
  const setUp = (bill: Bill, dueAt: string, totalCents: number) =>
    Object.assign(bill, {
      clientId: client.id,
      due_at: dueAt,
      totalCents,
      discountCents: 0,
      paidCents: 0,
      pendingCents: 0,
    });
  setUp(first, '2026-10-30', 30_000);
  setUp(second, '2026-09-15', 10_000);
  setUp(third, '2026-10-01', 20_000);
  return { state, client, first, second, third };
}

const contactLink = (state: SandboxState, clientId: number, amount?: number) =>
  createLink(
    state.data,
    {
      currency: 'USD',
      description: 'Outstanding invoices',
      destination_account: { id: 71 },
      duration: WEEK,
      subject: { type: 'Contact', id: clientId },
      amount,
    },
    state.clock.nowMs(),
  );

describe('payWithLink', () => {
  it.each([
    // amount paid → expected balances of [first (due Oct 30), second (Sep 15), third (Oct 1)]
    [5_000, [30_000, 5_000, 20_000]],
    [10_000, [30_000, 0, 20_000]],
    [25_000, [30_000, 0, 5_000]],
    [60_000, [0, 0, 0]],
  ])('a contact link paying %d cents applies money oldest due first', (amount, expected) => {
    const { state, client, first, second, third } = stateWithThreeBills();
    const link = contactLink(state, client.id);
    const payment = state.payWithLink(link.token, amount);
    expect([first, second, third].map(balanceCents)).toEqual(expected);
    expect(payment.state).toBe('completed');
    expect(payment.billIds[0]).toBe(second.id);
    const allocated = payment.allocationIds.map((id) => state.data.allocations.get(id)?.amountCents ?? 0);
    expect(allocated.reduce((a, b) => a + b, 0)).toBe(amount);
  });

  it('marks fully paid bills paid and uses the link up', () => {
    const { state, client, second } = stateWithThreeBills();
    const link = contactLink(state, client.id);
    const etag = second.etag;
    state.payWithLink(link.token, 10_000);
    expect(second.state).toBe('paid');
    expect(second.paid_at).not.toBeNull();
    expect(second.etag).not.toBe(etag);
    expect(() => state.payWithLink(link.token, 100)).toThrow(/already been used/);
  });

  it.each([
    ['more than is owed', 60_001, 422],
    ['a zero amount', 0, 422],
  ])('refuses %s', (_label, amount, status) => {
    const { state, client } = stateWithThreeBills();
    const link = contactLink(state, client.id);
    try {
      state.payWithLink(link.token, amount);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SandboxError);
      expect((error as SandboxError).status).toBe(status);
    }
  });

  it('insists on the fixed amount of a link that has one, and pays it when none is given', () => {
    const { state, client, second, third } = stateWithThreeBills();
    const link = contactLink(state, client.id, 150);
    expect(() => state.payWithLink(link.token, 100)).toThrow(/fixed amount/);
    state.payWithLink(link.token);
    expect([balanceCents(second), balanceCents(third)]).toEqual([0, 15_000]);
  });

  it('refuses expired and unknown links', () => {
    const { state, client } = stateWithThreeBills();
    const link = contactLink(state, client.id);
    link.expiredManually = true;
    expect(() => state.payWithLink(link.token)).toThrow(/expired/);
    expect(() => state.payWithLink('no-such-token')).toThrow(/does not exist/);
  });
});

describe('recordSend', () => {
  it('shares and stamps sendable bills only', () => {
    const state = new SandboxState({ seed: 1, size: 8, today: '2026-11-20' });
    const draft = state.data.bills.rows.find((b) => b.state === 'draft');
    const unpaid = state.data.bills.rows.find((b) => b.state === 'awaiting_payment' && !b.shared);
    if (!draft) throw new Error('seed has a draft');
    expect(() =>
      state.recordSend(draft.id, { portal: true, email: false, subject: '', message: '' }),
    ).toThrow(/cannot be sent/);
    const target = unpaid ?? state.data.bills.rows.find((b) => b.state === 'awaiting_payment');
    if (!target) throw new Error('seed has an unpaid bill');
    const before = target.updatedMs;
    state.recordSend(target.id, { portal: true, email: true, subject: 'Your bill', message: 'Hello' });
    expect(target.shared).toBe(true);
    expect(target.updatedMs).toBeGreaterThan(before);
    expect(state.sends).toEqual([
      {
        billId: target.id,
        portal: true,
        email: true,
        subject: 'Your bill',
        message: 'Hello',
        at: target.last_sent_at,
      },
    ]);
  });
});
