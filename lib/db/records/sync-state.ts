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
  /** Payments only: bills whose money changed since payments were last read (see sync/payments-delta). */
  declare billsChanged?: number[];
  declare runKind: 'full' | 'incremental' | null;
  /** Clio's clock when the run in progress started. */
  declare runStartedAt: number | null;
  /** Clio's clock when the last completed run started: the next incremental run asks for changes since. */
  declare syncedUpTo: number | null;
  declare pages: number;
  declare records: number;
  declare completedAt: number | null;
}
