import type { BillState } from '../clio/schemas';

/** What the insight figures read of a bill. */
export interface InsightBill {
  id: number;
  clientId: number | null;
  clientName: string | null;
  currencyCode: string;
  state: BillState;
  total: number;
  /** What the client was asked to pay: the total less discounts. */
  due: number;
  /** Clio's balance: only an owed bill's counts. */
  balance: number;
  issuedAt: string | null;
  dueAt: string | null;
}

/** A payment or credit applied to a bill, in the bill's minor units. */
export interface InsightAllocation {
  billId: number;
  /** The day it was applied. */
  date: string;
  amount: number;
  /** Money the client paid, or a credit note. */
  cash: boolean;
  /** The day Clio voided it (a payment reversed or refunded); null while it stands. */
  voidedOn: string | null;
}

/** Per currency, in the order of first appearance: each currency's figures stay apart. */
export function byCurrency<T>(make: () => T) {
  const all = new Map<string, T>();
  return {
    of(currencyCode: string): T {
      let value = all.get(currencyCode);
      if (value === undefined) {
        value = make();
        all.set(currencyCode, value);
      }
      return value;
    },
    entries: () => [...all].sort(([a], [b]) => a.localeCompare(b)),
  };
}
