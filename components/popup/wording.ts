import { formatCount } from '@/lib/format';
import { formatMoney, type MinorUnits } from '@/lib/money';

export function money(amount: number, currencyCode: string): string {
  return formatMoney(amount as MinorUnits, currencyCode);
}

/** A plural message's count: `count` picks the form, `shown` is the number as the browser writes it ("1,204"). */
export function counting(count: number): { count: number; shown: string } {
  return { count, shown: formatCount(count) };
}
