import { isIssued, isOwed } from '../bills/owed';
import { addDays, daysBetween } from '../format';
import { type AgingBucket, agingBucket, agingBuckets } from '../summary/aging';
import { byCurrency, type InsightAllocation, type InsightBill } from './insight-input';

export interface BucketMovement {
  bucket: AgingBucket;
  /** Owed at the start of the month (the end of the day before its first). */
  opening: number;
  /** Paid this month, by where the money was owed at the start (a bill billed this month: now). */
  paid: number;
  /** Credited this month (credit notes), likewise. */
  credited: number;
  /** Owed again this month: payments and credits of earlier months that Clio voided this month. */
  reinstated: number;
  /** Still owed, and aged into a later bucket since. */
  movedOut: number;
  /** Aged in from an earlier bucket. */
  movedIn: number;
  /** Billed this month: the bills issued in it, as they were asked to pay. */
  added: number;
  /** Owed today: opening − paid − credited + reinstated − moved out + moved in + added. */
  closing: number;
}

const empty = (): Record<AgingBucket, BucketMovement> =>
  Object.fromEntries(
    agingBuckets.map((bucket) => [
      bucket,
      {
        bucket,
        opening: 0,
        paid: 0,
        credited: 0,
        reinstated: 0,
        movedOut: 0,
        movedIn: 0,
        added: 0,
        closing: 0,
      },
    ]),
  ) as Record<AgingBucket, BucketMovement>;

const bucketOn = (bill: InsightBill, day: string) =>
  agingBucket(bill.dueAt === null ? 0 : daysBetween(bill.dueAt, day));

/**
 * This month's aging roll-forward per currency: for each of Clio's buckets, what was owed at the
 * start of the month, what of it was paid or credited, what aged on into the next buckets, what was
 * billed in the month (and what of that was paid or credited since), and what is owed today. A bill
 * owed at the start is rebuilt from today's balance, this month's standing allocations, and earlier
 * ones voided this month (a bounced cheque: paid at the start, owed again now); bills voided this
 * month are left out of both ends.
 */
export function rollForward(
  bills: readonly InsightBill[],
  allocationsOf: (billId: number) => readonly InsightAllocation[],
  today: string,
): [string, BucketMovement[]][] {
  const monthStart = `${today.slice(0, 8)}01`;
  const openingDay = addDays(monthStart, -1);
  const currencies = byCurrency(empty);
  for (const bill of bills) {
    if (!isIssued(bill)) continue;
    const owedNow = isOwed(bill) ? bill.balance : 0;
    const buckets = currencies.of(bill.currencyCode);
    const now = bucketOn(bill, today);
    const { paid, credited, reinstated } = movements(allocationsOf(bill.id), monthStart, today);
    // A bill Clio sent without its issue day is taken as billed before the month, so that what it
    // owes today is in the closing, as in the popup's outstanding.
    if (bill.issuedAt !== null && bill.issuedAt >= monthStart) {
      // Billed this month: what was billed is what is owed now and what was paid or credited since.
      // A bill billed this month moves no money of earlier months, so nothing is owed again on it.
      buckets[now].added += owedNow + paid + credited;
      buckets[now].paid += paid;
      buckets[now].credited += credited;
      buckets[now].closing += owedNow;
      continue;
    }
    const opening = owedNow + paid + credited - reinstated;
    if (opening <= 0 && owedNow <= 0) continue;
    const start = bucketOn(bill, openingDay);
    buckets[start].opening += opening;
    buckets[start].paid += paid;
    buckets[start].credited += credited;
    buckets[start].reinstated += reinstated;
    buckets[now].closing += owedNow;
    if (now !== start && owedNow > 0) {
      buckets[start].movedOut += owedNow;
      buckets[now].movedIn += owedNow;
    }
  }
  return currencies
    .entries()
    .map(([currencyCode, buckets]) => [currencyCode, agingBuckets.map((bucket) => buckets[bucket])]);
}

/**
 * A bill's money this month: payments and credits applied in it and standing today, and those of
 * earlier months Clio voided in it. One applied and voided within the month moved nothing.
 */
function movements(allocations: readonly InsightAllocation[], monthStart: string, today: string) {
  let paid = 0;
  let credited = 0;
  let reinstated = 0;
  for (const allocation of allocations) {
    if (allocation.date > today) continue;
    if (allocation.voidedOn === null) {
      if (allocation.date < monthStart) continue;
      if (allocation.cash) paid += allocation.amount;
      else credited += allocation.amount;
    } else if (allocation.date < monthStart && allocation.voidedOn >= monthStart) {
      reinstated += allocation.amount;
    }
  }
  return { paid, credited, reinstated };
}
