import { formatCount } from '@/lib/format';
import { formatMoney, type MinorUnits } from '@/lib/money';

export function money(amount: number, currencyCode: string): string {
  return formatMoney(amount as MinorUnits, currencyCode);
}

/** "1 bill", "1,204 bills". */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
