/**
 * What was outstanding at the end of one day, per currency (revenue bills; trust requests apart): a
 * few bytes a day, kept from the summary each sync rebuilds, for the outstanding trend.
 */
export class SnapshotRecord {
  /** The calendar day, "2026-11-21". */
  declare day: string;
  /** Minor units owed, by currency code. */
  declare outstanding: Record<string, number>;
}
