import { expect } from '@playwright/test';
import type { BillRecord } from '../../lib/db/records/bill';
import type { SandboxBill } from './sandbox-control';

export const cents = (amount: number) => Math.round(amount * 100);

const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;

/**
 * The cached bills are exactly the bills Clio lists (every state but deleted), each once, with its
 * state and its total, paid and balance to the cent.
 */
export function expectBillsToMatch(stored: BillRecord[], sandboxBills: SandboxBill[]): void {
  expect(new Set(stored.map((bill) => bill.id)).size, 'bills stored more than once').toBe(stored.length);
  const cached = [...stored]
    .sort(byId)
    .map(({ id, state, total, paid, balance }) => ({ id, state, total, paid, balance }));
  const listed = sandboxBills
    .filter((bill) => bill.state !== 'deleted')
    .sort(byId)
    .map(({ id, state, total, paid, balance }) => ({
      id,
      state,
      total: cents(total),
      paid: cents(paid),
      balance: cents(balance),
    }));
  expect(cached).toEqual(listed);
}
