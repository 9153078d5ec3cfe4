import { formatDate } from '@/lib/format';
import { type MessageKey, t } from '@/lib/i18n/text';
import { type PaidPeriod, periodStart } from '@/lib/summary/paid-periods';
import type { CurrencyReceivables } from '@/lib/summary/receivables-view';
import { focusRing, newTab, quiet } from './styles';
import { counting, money } from './wording';

const paidLabels: Record<PaidPeriod, MessageKey> = {
  thisMonth: 'popup.figure_paid_this_month',
  last30Days: 'popup.figure_paid_last_30_days',
  thisYear: 'popup.figure_paid_this_year',
};

/** Outstanding, overdue, paid in the chosen period and pending: each says what it counts and opens Clio's list. */
export function KeyFigures({
  receivables,
  period,
  today,
  billsListUrl,
  complete,
}: {
  receivables: CurrencyReceivables;
  period: PaidPeriod;
  today: string;
  billsListUrl: string;
  /** False while a first sync still reads the payments: the paid figure is not yet a figure. */
  complete: boolean;
}) {
  const code = receivables.currencyCode;
  const figures: {
    name: string;
    label: string;
    amount: number;
    counts: string;
    alert?: boolean;
    reading?: boolean;
  }[] = [
    {
      name: 'outstanding',
      label: t('popup.figure_outstanding'),
      amount: receivables.outstanding,
      counts: t('popup.figure_outstanding_counts', counting(receivables.unpaidBills)),
    },
    {
      name: 'overdue',
      label: t('popup.figure_overdue'),
      amount: receivables.overdue,
      counts: t('popup.figure_overdue_counts', counting(receivables.overdueBills)),
      alert: receivables.overdue > 0,
    },
    {
      name: 'paid',
      label: t(paidLabels[period]),
      amount: receivables.paid[period],
      counts: complete
        ? t('popup.figure_paid_counts', { date: formatDate(periodStart(period, today)) })
        : t('popup.figure_paid_reading'),
      reading: !complete,
    },
    {
      name: 'pending',
      label: t('popup.figure_pending'),
      amount: receivables.pending,
      counts: t('popup.figure_pending_counts', counting(receivables.pendingBills)),
    },
  ];
  return (
    <ul className="grid grid-cols-2 gap-2">
      {figures.map((figure) => (
        <li key={figure.name}>
          <a
            href={billsListUrl}
            {...newTab}
            data-figure={figure.name}
            className={`grid h-full gap-0.5 rounded-md border border-slate-200 p-2 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800 ${focusRing}`}
          >
            <span className={quiet}>{figure.label}</span>
            <span
              data-value
              className={`text-base font-semibold tabular-nums ${figure.alert ? 'text-red-800 dark:text-red-300' : ''}`}
            >
              {figure.reading ? t('popup.figure_still_reading') : money(figure.amount, code)}
            </span>
            <span className={`text-xs ${quiet}`}>{figure.counts}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
