import { t } from '@/lib/i18n/text';
import type { PaidPeriod } from '@/lib/summary/paid-periods';
import type { CurrencyReceivables as Receivables } from '@/lib/summary/receivables-view';
import { AgingChart } from './aging-chart';
import { KeyFigures } from './key-figures';
import { quiet } from './styles';
import { TopClients } from './top-clients';
import { counting, money } from './wording';

/** One currency's receivables: key figures, aging, who owes most, and trust requests kept apart. */
export function CurrencyReceivables({
  receivables,
  period,
  today,
  billsListUrl,
  complete,
}: {
  receivables: Receivables;
  period: PaidPeriod;
  today: string;
  billsListUrl: string;
  complete: boolean;
}) {
  const code = receivables.currencyCode;
  const headingId = `receivables-${code}`;
  return (
    <section aria-labelledby={headingId} data-currency={code} className="grid gap-3">
      <h2 id={headingId} className="text-base font-semibold">
        {t('popup.receivables_in', { currency: code })}
      </h2>
      <KeyFigures
        receivables={receivables}
        period={period}
        today={today}
        billsListUrl={billsListUrl}
        complete={complete}
      />
      <AgingChart receivables={receivables} />
      <TopClients receivables={receivables} />
      {receivables.trust.requests > 0 && (
        <p
          data-figure="trust"
          className="rounded-md bg-sky-50 p-2 text-sky-950 dark:bg-sky-950 dark:text-sky-100"
        >
          {t('popup.trust_before_amount')}{' '}
          <span data-value className="font-medium tabular-nums">
            {money(receivables.trust.outstanding, code)}
          </span>{' '}
          {t('popup.trust_after_amount', counting(receivables.trust.requests))}
        </p>
      )}
    </section>
  );
}

/** What the figures count, said once for every currency. */
export function ReceivablesNote() {
  return <p className={`text-xs ${quiet}`}>{t('popup.receivables_note')}</p>;
}
