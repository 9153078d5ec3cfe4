import { addDays } from '../format';

/** The periods the popup totals payments over; each ends today, inclusive. */
export const paidPeriods = ['thisMonth', 'last30Days', 'thisYear'] as const;
export type PaidPeriod = (typeof paidPeriods)[number];

/** The first day a period counts, as of `today` ("2026-11-21"). */
export function periodStart(period: PaidPeriod, today: string): string {
  switch (period) {
    case 'thisMonth':
      return `${today.slice(0, 7)}-01`;
    case 'last30Days':
      return addDays(today, -29);
    case 'thisYear':
      return `${today.slice(0, 4)}-01-01`;
  }
}

/**
 * The earliest day any period reaches, as of `today`. Every period's start only moves forward as days
 * pass, so payments dated before it are never needed again.
 */
export function earliestPeriodStart(today: string): string {
  return paidPeriods.map((period) => periodStart(period, today)).sort()[0] ?? today;
}
