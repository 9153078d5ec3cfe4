import { formatCount } from '@/lib/format';
import { t } from '@/lib/i18n/text';
import type { AgingBucket } from '@/lib/summary/aging';
import type { CurrencyReceivables } from '@/lib/summary/receivables-view';
import { quiet } from './styles';
import { money } from './wording';

/**
 * Colour-blind safe: blue for not yet due, then one warm hue growing in contrast with age, so the order
 * reads from lightness alone; every bar also has its label and figures beside it.
 */
const barColours: Record<AgingBucket, string> = {
  current: 'fill-sky-700 dark:fill-sky-400',
  days1To30: 'fill-amber-600 dark:fill-amber-700',
  days31To60: 'fill-orange-700 dark:fill-orange-500',
  days61To90: 'fill-red-800 dark:fill-red-300',
  days91Plus: 'fill-rose-950 dark:fill-rose-100',
};

/** Aging as a bar chart that is also a table: the bars are drawn, the figures are read. */
export function AgingChart({ receivables }: { receivables: CurrencyReceivables }) {
  const largest = Math.max(...receivables.aging.map((row) => row.balance), 1);
  const code = receivables.currencyCode;
  return (
    <table className="w-full border-collapse text-xs" data-chart="aging">
      <caption className="mb-1 text-left text-sm font-medium">{t('popup.aging_caption')}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t('popup.aging_age')}</th>
          <th scope="col">{t('popup.aging_share')}</th>
          <th scope="col">{t('popup.aging_balance')}</th>
          <th scope="col">{t('popup.aging_bills')}</th>
        </tr>
      </thead>
      <tbody>
        {receivables.aging.map((row) => {
          const share = receivables.outstanding > 0 ? row.balance / receivables.outstanding : 0;
          return (
            <tr key={row.bucket} data-bucket={row.bucket}>
              <th scope="row" className="w-20 py-0.5 pr-2 text-left font-normal whitespace-nowrap">
                {t('summary.aging_bucket', { bucket: row.bucket })}
              </th>
              <td className="w-full py-0.5">
                <svg
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  className="block h-2.5 w-full"
                  aria-hidden="true"
                  focusable="false"
                >
                  <rect width="100" height="10" className="fill-slate-100 dark:fill-slate-800" />
                  <rect
                    width={(100 * row.balance) / largest}
                    height="10"
                    className={barColours[row.bucket]}
                  />
                </svg>
                <span className="sr-only">
                  {t('popup.aging_share_percent', { percent: Math.round(share * 100) })}
                </span>
              </td>
              <td data-value className="py-0.5 pl-2 text-right tabular-nums whitespace-nowrap">
                {money(row.balance, code)}
              </td>
              <td className={`py-0.5 pl-2 text-right tabular-nums ${quiet}`}>
                <span data-bills>{formatCount(row.bills)}</span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
