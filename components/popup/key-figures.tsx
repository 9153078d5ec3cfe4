import { formatDate } from '@/lib/format';
import { type PaidPeriod, paidPeriodLabels, periodStart } from '@/lib/summary/paid-periods';
import type { CurrencyReceivables } from '@/lib/summary/receivables-view';
import { focusRing, newTab, quiet } from './styles';
import { counted, money } from './wording';

/** Outstanding, overdue, paid in the chosen period and pending: each says what it counts and opens Clio's list. */
export function KeyFigures({
  receivables,
  period,
  today,
  billsListUrl,
}: {
  receivables: CurrencyReceivables;
  period: PaidPeriod;
  today: string;
  billsListUrl: string;
}) {
  const code = receivables.currencyCode;
  const figures: { name: string; label: string; amount: number; counts: string; alert?: boolean }[] = [
    {
      name: 'outstanding',
      label: 'Outstanding',
      amount: receivables.outstanding,
      counts: counted(receivables.unpaidBills, 'unpaid bill'),
    },
    {
      name: 'overdue',
      label: 'Overdue',
      amount: receivables.overdue,
      counts: `${counted(receivables.overdueBills, 'bill')} past due`,
      alert: receivables.overdue > 0,
    },
    {
      name: 'paid',
      label: `Paid, ${paidPeriodLabels[period].toLowerCase()}`,
      amount: receivables.paid[period],
      counts: `applied since ${formatDate(periodStart(period, today))}`,
    },
    {
      name: 'pending',
      label: 'Pending',
      amount: receivables.pending,
      counts: `card payments in flight on ${counted(receivables.pendingBills, 'bill')}`,
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
              {money(figure.amount, code)}
            </span>
            <span className={`text-xs ${quiet}`}>{figure.counts}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
