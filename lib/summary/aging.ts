/** Clio's aging buckets: not yet due, then 1–30, 31–60, 61–90 and over 90 days past the due date. */
export const agingBuckets = ['current', 'days1To30', 'days31To60', 'days61To90', 'days91Plus'] as const;
export type AgingBucket = (typeof agingBuckets)[number];

/** The bucket of a bill this many days past its due date (0 when due today, negative before). */
export function agingBucket(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'days1To30';
  if (daysPastDue <= 60) return 'days31To60';
  if (daysPastDue <= 90) return 'days61To90';
  return 'days91Plus';
}
