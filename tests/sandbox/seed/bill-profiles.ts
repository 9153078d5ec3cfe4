import type { BillKind, BillState, CurrencyCode } from '../state/types.ts';
import { pick, type Random, randomInt } from '../support/prng.ts';

/** What a seeded bill should look like; the bill generator turns it into dates and money. */
export interface BillProfile {
  state: BillState;
  kind: BillKind;
  currency: CurrencyCode;
  /** Days past due relative to today (negative: due in the future). */
  daysPastDue: number;
  paid: 'none' | 'partial' | 'full';
  /** A credit note applied to the bill: it lowers the balance, but nobody paid it. */
  credit: 'none' | 'partial' | 'full';
  /** A tenth of the total taken off: the client is asked to pay the rest. */
  discount: boolean;
  pendingCard: boolean;
  shared: boolean;
  /** Days before today the bill was last sent; null when never sent. */
  sentDaysAgo: number | null;
  clientBill: boolean;
}

const base: BillProfile = {
  state: 'awaiting_payment',
  kind: 'revenue_kind',
  currency: 'USD',
  daysPastDue: -14,
  paid: 'none',
  credit: 'none',
  discount: false,
  pendingCard: false,
  shared: true,
  sentDaysAgo: 16,
  clientBill: false,
};

/**
 * The first bills cover every case the extension must handle, in order of importance, so even
 * a seed of 8 bills has unpaid, partly paid, paid, overdue, trust, void and draft bills.
 */
export const OPENING_PROFILES: BillProfile[] = [
  base,
  { ...base, paid: 'partial', daysPastDue: 12, sentDaysAgo: 42 },
  { ...base, state: 'paid', paid: 'full', discount: true, daysPastDue: 20, sentDaysAgo: 50 },
  { ...base, discount: true, daysPastDue: 45, sentDaysAgo: 75 },
  { ...base, kind: 'trust_kind', daysPastDue: -10, sentDaysAgo: 4 },
  { ...base, state: 'void', shared: false, sentDaysAgo: null },
  { ...base, state: 'draft', shared: false, sentDaysAgo: null },
  { ...base, daysPastDue: 75, shared: false, sentDaysAgo: 105 },
  { ...base, paid: 'partial', daysPastDue: 120, sentDaysAgo: 150 },
  { ...base, state: 'awaiting_approval', shared: false, sentDaysAgo: null },
  { ...base, state: 'deleted', shared: false, sentDaysAgo: null },
  { ...base, currency: 'CAD', daysPastDue: -20, sentDaysAgo: 10 },
  { ...base, pendingCard: true, daysPastDue: -5, sentDaysAgo: 25 },
  { ...base, kind: 'trust_kind', state: 'paid', paid: 'full', daysPastDue: 30, sentDaysAgo: 60 },
  { ...base, daysPastDue: 0, shared: false, sentDaysAgo: 30 },
  { ...base, shared: false, sentDaysAgo: null, clientBill: true },
  { ...base, currency: 'CAD', paid: 'partial', daysPastDue: 33, sentDaysAgo: 63 },
  { ...base, kind: 'trust_kind', daysPastDue: 8, sentDaysAgo: 38 },
  // Clio keeps a fully credited bill unpaid with nothing left to pay: owed nothing, never overdue.
  { ...base, credit: 'full', daysPastDue: 20, sentDaysAgo: 50 },
  { ...base, paid: 'partial', credit: 'partial', daysPastDue: 6, sentDaysAgo: 36 },
];

/** Rolls from here up make a bill awaiting payment; below, one of its history. */
const UNPAID_ROLL = 0.46;

/**
 * A bill as a firm's would be. `unpaidShare`, when given, is the chance it awaits payment; the rest
 * are history, in the usual proportions among themselves.
 */
export function randomProfile(random: Random, unpaidShare?: number): BillProfile {
  const roll =
    unpaidShare === undefined ? random() : random() < unpaidShare ? UNPAID_ROLL : random() * UNPAID_ROLL;
  const kind: BillKind = random() < 0.12 ? 'trust_kind' : 'revenue_kind';
  const currency: CurrencyCode = kind === 'revenue_kind' && random() < 0.04 ? 'CAD' : 'USD';
  const clientBill = random() < 0.08;
  const common = { ...base, kind, currency, clientBill };
  if (roll < 0.08) return { ...common, state: 'draft', shared: false, sentDaysAgo: null };
  if (roll < 0.13) return { ...common, state: 'awaiting_approval', shared: false, sentDaysAgo: null };
  if (roll < 0.18)
    return { ...common, state: 'void', shared: false, sentDaysAgo: random() < 0.5 ? null : 90 };
  if (roll < 0.21) return { ...common, state: 'deleted', shared: false, sentDaysAgo: null };
  if (roll < UNPAID_ROLL) {
    const daysPastDue = randomInt(random, -30, 200);
    return {
      ...common,
      state: 'paid',
      paid: 'full',
      daysPastDue,
      sentDaysAgo: Math.max(0, daysPastDue) + 30,
    };
  }
  const overdue = random() < 0.55;
  const daysPastDue = overdue
    ? pick(random, [
        randomInt(random, 1, 30),
        randomInt(random, 31, 60),
        randomInt(random, 61, 90),
        randomInt(random, 91, 240),
      ])
    : randomInt(random, -30, 0);
  const sent = random() < 0.85;
  return {
    ...common,
    daysPastDue,
    paid: random() < 0.25 ? 'partial' : 'none',
    pendingCard: random() < 0.04,
    shared: sent && random() < 0.7,
    sentDaysAgo: sent ? Math.max(0, daysPastDue + 30 - randomInt(random, 0, 5)) : null,
  };
}
