import { describe, expect, it } from 'vitest';
import { balanceCents } from '../../sandbox/state/bill-rules.ts';
import { SandboxState } from '../../sandbox/state/sandbox-state.ts';
import { SandboxError } from '../../sandbox/support/errors.ts';

function stateWithOpenBill() {
  const state = new SandboxState({ seed: 1, size: 40, today: '2026-11-20' });
  const bill = state.data.bills.rows.find(
    (candidate) => candidate.state === 'awaiting_payment' && candidate.kind === 'revenue_kind',
  );
  if (!bill) throw new Error('seed has an open invoice');
  return { state, bill };
}

describe('a payment deleted in the sandbox, as in Clio', () => {
  it('takes its allocation out of every index and leaves the bill owing it again, awaiting payment', () => {
    const { state, bill } = stateWithOpenBill();
    const owed = balanceCents(bill);
    const paidBefore = bill.paidCents;
    const allocation = state.payBill(bill.id, owed);
    expect(bill.state).toBe('paid');
    const updatedBefore = bill.updatedMs;

    state.deleteAllocation(allocation.id);

    expect(state.data.allocations.get(allocation.id)).toBeUndefined();
    expect(state.data.allocations.rows).not.toContain(allocation);
    expect(bill).toMatchObject({ state: 'awaiting_payment', paidCents: paidBefore });
    expect(balanceCents(bill)).toBe(owed);
    expect(bill.updatedMs).toBeGreaterThan(updatedBefore);
    // Clio never gives an id twice.
    expect(state.payBill(bill.id, 100).id).toBeGreaterThan(allocation.id);
  });

  it('refuses a Clio Payments payment, which Clio does not let anyone delete', () => {
    const { state } = stateWithOpenBill();
    const online = state.data.allocations.rows.find((allocation) => allocation.has_online_payment);
    if (!online) throw new Error('seed has an online payment');
    expect(() => state.deleteAllocation(online.id)).toThrow(SandboxError);
    expect(state.data.allocations.get(online.id)).toBe(online);
  });
});
