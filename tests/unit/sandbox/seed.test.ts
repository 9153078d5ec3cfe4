import { describe, expect, it } from 'vitest';
import { HOSTILE_CLIENT_NAMES } from '../../sandbox/seed/hostile-strings.ts';
import { balanceCents, isOverdue } from '../../sandbox/state/bill-rules.ts';
import { linkIsActive } from '../../sandbox/state/links.ts';
import { SandboxState } from '../../sandbox/state/sandbox-state.ts';
import { daysBetween } from '../../sandbox/support/time.ts';

const TODAY = '2026-11-20';
const seeded = (seed: number, size: number) => new SandboxState({ seed, size, today: TODAY });
const snapshot = (state: SandboxState) =>
  JSON.stringify({
    bills: state.data.bills.rows,
    contacts: state.data.contacts.rows,
    links: state.data.links.rows,
  });

describe('seed', () => {
  it('is a pure function of (seed, size, today)', () => {
    expect(snapshot(seeded(7, 120))).toBe(snapshot(seeded(7, 120)));
    expect(snapshot(seeded(7, 120))).not.toBe(snapshot(seeded(8, 120)));
    expect(snapshot(new SandboxState({ seed: 7, size: 120, today: '2026-11-21' }))).not.toBe(
      snapshot(seeded(7, 120)),
    );
  });

  it('resets in place to the same data', () => {
    const state = seeded(3, 40);
    const before = snapshot(state);
    state.recordSend(state.data.bills.rows[0]?.id ?? 0, {
      portal: true,
      email: false,
      subject: '',
      message: '',
    });
    state.reset();
    expect(snapshot(state)).toBe(before);
    expect(state.sends).toEqual([]);
  });

  it.each([8, 40])('with %d bills still has every important kind of bill', (size) => {
    const state = seeded(1, size);
    const bills = state.data.bills.rows;
    const has = {
      unpaid: bills.some((b) => b.state === 'awaiting_payment' && b.paidCents === 0),
      partlyPaid: bills.some((b) => b.state === 'awaiting_payment' && b.paidCents > 0),
      paid: bills.some((b) => b.state === 'paid' && balanceCents(b) === 0),
      overdue: bills.some((b) => isOverdue(b, TODAY)),
      trust: bills.some((b) => b.kind === 'trust_kind'),
      void: bills.some((b) => b.state === 'void'),
      draft: bills.some((b) => b.state === 'draft'),
      hostileClient: state.data.contacts.rows.some((c) => HOSTILE_CLIENT_NAMES.includes(c.name)),
    };
    expect(has).toEqual(Object.fromEntries(Object.keys(has).map((key) => [key, true])));
    expect(bills.map((b) => b.id)).toEqual([...bills.map((b) => b.id)].sort((a, b) => a - b));
  });

  it('spreads overdue bills over every aging bucket and covers every state', () => {
    const state = seeded(1, 40);
    const buckets = new Set(
      state.data.bills.rows
        .filter((b) => b.state === 'awaiting_payment')
        .map((b) => {
          const late = daysBetween(b.due_at, TODAY);
          return late <= 0
            ? 'current'
            : late <= 30
              ? '1-30'
              : late <= 60
                ? '31-60'
                : late <= 90
                  ? '61-90'
                  : '91+';
        }),
    );
    expect([...buckets].sort()).toEqual(['1-30', '31-60', '61-90', '91+', 'current']);
    const states = new Set(state.data.bills.rows.map((b) => b.state));
    expect([...states].sort()).toEqual([
      'awaiting_approval',
      'awaiting_payment',
      'deleted',
      'draft',
      'paid',
      'void',
    ]);
  });

  it('keeps paid = payments allocated and credits = credit notes allocated, for every bill, to the cent', () => {
    const state = seeded(2, 400);
    const sums = { Payment: new Map<number, number>(), CreditMemo: new Map<number, number>() };
    for (const a of state.data.allocations.rows) {
      const sum = sums[a.parent.type];
      sum.set(a.billId, (sum.get(a.billId) ?? 0) + a.amountCents);
    }
    for (const bill of state.data.bills.rows) {
      expect(bill.paidCents).toBe(sums.Payment.get(bill.id) ?? 0);
      expect(bill.creditsCents).toBe(sums.CreditMemo.get(bill.id) ?? 0);
    }
    expect(sums.CreditMemo.size).toBeGreaterThan(0);
  });

  it('has links in every condition and payments in every interesting state', () => {
    const state = seeded(1, 40);
    const now = state.clock.nowMs();
    const links = state.data.links.rows;
    expect(links.some((l) => linkIsActive(l, now))).toBe(true);
    expect(links.some((l) => l.paymentId !== null)).toBe(true);
    expect(links.some((l) => l.paymentId === null && l.expiresMs < now)).toBe(true);
    expect(links.some((l) => linkIsActive(l, now) && l.expiresMs - now < 7 * 86_400_000)).toBe(true);
    const paymentStates = new Set(state.data.payments.rows.map((p) => p.state));
    for (const s of ['completed', 'pending', 'failed', 'completed_requiring_allocation'] as const) {
      expect(paymentStates).toContain(s);
    }
  });

  // The budget is about 2 s on its own; the bound leaves room for parallel test workers while
  // still catching a slow path (an object-spread pattern once made this take 7 s).
  it('seeds 50,000 bills, with ascending ids', () => {
    const state = seeded(1, 50_000);
    expect(state.data.bills.size).toBe(50_000);
    const ids = state.data.bills.rows.map((bill) => bill.id);
    expect(ids.every((id, index) => index === 0 || id > (ids[index - 1] ?? 0))).toBe(true);
  });
});
