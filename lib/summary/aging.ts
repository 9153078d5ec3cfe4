/** Clio's aging buckets: not yet due, then 1–30, 31–60, 61–90 and over 90 days past the due date. */
export const agingBuckets = ['current', 'days1To30', 'days31To60', 'days61To90', 'days91Plus'] as const;
export type AgingBucket = (typeof agingBuckets)[number];

export const agingLabels: Record<AgingBucket, string> = {
  current: 'Current',
  days1To30: '1–30 days',
  days31To60: '31–60 days',
  days61To90: '61–90 days',
  days91Plus: '91+ days',
};

/** The bucket of a bill this many days past its due date (0 when due today, negative before). */
export function agingBucket(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return 'current';
  if (daysPastDue <= 30) return 'days1To30';
  if (daysPastDue <= 60) return 'days31To60';
  if (daysPastDue <= 90) return 'days61To90';
  return 'days91Plus';
}
