import type { CurrencyTotal } from '@/lib/collections/currency-totals';
import { t } from '@/lib/i18n/text';
import { counting, money } from '../popup/wording';

/** Bills added up per currency: what is outstanding on how many bills, and what they billed. */
export function CurrencyTotals({ label, totals }: { label: string; totals: readonly CurrencyTotal[] }) {
  if (totals.length === 0) return null;
  return (
    <ul aria-label={label} className="grid gap-0.5">
      {totals.map((total) => (
        <li key={total.currencyCode} data-currency={total.currencyCode} className="tabular-nums">
          {t('collections.currency_total', {
            currency: total.currencyCode,
            outstanding: money(total.outstanding, total.currencyCode),
            total: money(total.total, total.currencyCode),
            ...counting(total.bills),
          })}
        </li>
      ))}
    </ul>
  );
}
