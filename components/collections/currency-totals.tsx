import type { CurrencyTotal } from '@/lib/collections/currency-totals';
import { t } from '@/lib/i18n/text';
import { counting, money } from '../popup/wording';

/** Bills added up per currency: how many, what is outstanding and what was billed; trust requests apart. */
export function CurrencyTotals({ label, totals }: { label: string; totals: readonly CurrencyTotal[] }) {
  if (totals.length === 0) return null;
  return (
    <ul aria-label={label} className="grid gap-0.5">
      {totals.map((total) => (
        <li key={total.currencyCode} data-currency={total.currencyCode} className="tabular-nums">
          {t(
            total.trustOutstanding > 0
              ? 'collections.currency_total_with_trust'
              : 'collections.currency_total',
            {
              currency: total.currencyCode,
              outstanding: money(total.outstanding, total.currencyCode),
              billed: money(total.billed, total.currencyCode),
              trust: money(total.trustOutstanding, total.currencyCode),
              ...counting(total.bills),
            },
          )}
        </li>
      ))}
    </ul>
  );
}
