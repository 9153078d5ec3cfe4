import type { Text } from '../../i18n/text';

export const syncedResources = [
  'bills',
  'contacts',
  'matters',
  'bankAccounts',
  'allocations',
  'paymentLinks',
  'payments',
] as const;
export type SyncedResource = (typeof syncedResources)[number];

/** Where one resource's sync stands, committed with every page so a stopped worker resumes there. */
export class SyncStateRecord {
  declare resource: SyncedResource;
  /**
   * The next page of the run in progress; null between runs. `PAYMENTS_DELTA` (see sync/payments-delta)
   * while the payments a run must read are still to be worked out.
   */
  declare nextUrl: string | null;
  /** The first pages of the run's further queries, walked after the current one. */
  declare queue?: string[];
  /**
   * Queries of this run read to their last page. A first run of bills reads what is owed before the
   * rest (see `firstRunReadsFirst` in sync/resources), so once it has read one the popup's current
   * figures are complete.
   */
  declare queriesRead?: number;
  /**
   * Payments and allocations only: bills whose money changed since this resource last looked at them
   * (see sync/bills-moved).
   */
  declare billsChanged?: number[];
  declare runKind: 'full' | 'incremental' | null;
  /** Clio's clock when the run in progress started. */
  declare runStartedAt: number | null;
  /** Clio's clock when the last completed run started: the next incremental run asks for changes since. */
  declare syncedUpTo: number | null;
  declare pages: number;
  declare records: number;
  declare completedAt: number | null;
  /**
   * Why Clio refused this resource's last run (a user without the permission, a firm or region
   * without Clio Payments): the run skipped it and went on; the next one asks again.
   */
  declare refused?: Text | null;
  /**
   * Why this resource's part of the last run failed past every retry on an answer Clio gave (an
   * internal server error on its index, say): the run went on with the others, and the next one
   * resumes this one at its checkpoint while reading the others anew. Not a run cut short: a
   * restarted worker leaves it to the next sync.
   */
  declare failed?: Text | null;
}

/**
 * Whether the bills awaiting payment are all in the cache: bills have completed a run, or a first
 * run has read its first query, which is those bills (see sync/page-url's `firstRunUrls`).
 */
export function owedBillsRead(bills: SyncStateRecord | undefined): boolean {
  if (!bills) return false;
  return bills.completedAt !== null || (bills.runKind === 'full' && (bills.queriesRead ?? 0) >= 1);
}

/** Whether every resource has completed a run at least once: the cache holds the firm's history. */
export function everyResourceRead(states: SyncStateRecord[]): boolean {
  return syncedResources.every((resource) =>
    states.some((state) => state.resource === resource && state.completedAt !== null),
  );
}
