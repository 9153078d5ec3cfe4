/**
 * What was outstanding at the end of one day, per currency (revenue bills; trust requests apart): a
 * few bytes a day, kept from the summary each sync rebuilds, for the outstanding trend. Kept by
 * account, so the trend outlives a disconnect and never mixes two firms'.
 */
export class SnapshotRecord {
  /** The calendar day, "2026-11-21". */
  declare day: string;
  /** Minor units owed, by currency code, by account (see `accountOf`). */
  declare byAccount: Record<string, Record<string, number>>;
}
