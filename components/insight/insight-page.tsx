import { useEffect, useState } from 'react';
import { sayError } from '@/lib/error-text';
import { formatDate, formatMonth } from '@/lib/format';
import { t } from '@/lib/i18n/text';
import type { InsightView } from '@/lib/insight/messages';
import { readOnUpdates } from '@/lib/messaging/updates';
import { sendMessage } from '@/lib/send-message';
import { buttonClass } from '../button-class';
import { quiet } from '../popup/styles';
import { money } from '../popup/wording';
import { AmountWithBar } from './bar-cell';

type CurrencyInsight = InsightView['currencies'][number];

const plainButton = `${buttonClass} justify-self-start border border-slate-300 dark:border-slate-600`;
const formula = `${quiet} text-xs`;
const numberCell = 'px-2 text-right tabular-nums';

/** Figures Clio does not give, per currency, each with how it is worked out written beside it. */
export function InsightPage({ onBack }: { onBack: () => void }) {
  const [insight, setInsight] = useState<InsightView | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const stop = new AbortController();
    const read = () =>
      sendMessage('getInsight', {}).then(
        (answer) => stop.signal.aborted || setInsight(answer),
        (error) => stop.signal.aborted || setProblem(sayError(error, 'insight.unreadable')),
      );
    readOnUpdates(['bills', 'receivables'], read, stop.signal);
    return () => stop.abort();
  }, []);
  return (
    <section aria-labelledby="insight-heading" className="grid gap-6 overflow-y-auto">
      <div className="flex items-center gap-3">
        <h2 id="insight-heading" className="text-lg font-semibold">
          {t('insight.heading')}
        </h2>
        <button type="button" className={plainButton} onClick={onBack}>
          {t('insight.back')}
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
      {!insight && !problem && <p className={quiet}>{t('collections.loading')}</p>}
      {insight && !insight.complete && <p role="status">{t('insight.history_being_read')}</p>}
      {insight?.currencies.length === 0 && <p className={quiet}>{t('collections.cache_empty')}</p>}
      {insight?.currencies.map((currency) => (
        <CurrencySection key={currency.currencyCode} currency={currency} clients={insight.clients} />
      ))}
    </section>
  );
}

function CurrencySection({
  currency,
  clients,
}: {
  currency: CurrencyInsight;
  clients: InsightView['clients'];
}) {
  const code = currency.currencyCode;
  const own = clients.filter((client) => client.currencyCode === code);
  return (
    <section aria-label={code} data-currency={code} className="grid gap-4">
      <h3 className="text-base font-semibold">{code}</h3>
      <div className="grid gap-1">
        <h4 className="font-medium">{t('insight.days_to_pay')}</h4>
        <p data-figure="days-to-pay" className="text-xl tabular-nums">
          {currency.daysToPay.days === null
            ? t('insight.days_to_pay_none')
            : t('insight.days_value', { days: currency.daysToPay.days })}
        </p>
        <p className={formula}>{t('insight.days_to_pay_formula', { bills: currency.daysToPay.bills })}</p>
      </div>
      {own.length > 0 && <SlowerClients clients={own} />}
      <CollectedChart currency={currency} />
      <RollForward currency={currency} />
      <Trend currency={currency} />
    </section>
  );
}

function SlowerClients({ clients }: { clients: InsightView['clients'] }) {
  return (
    <table className="w-full text-left text-sm" data-table="clients">
      <caption className="text-left font-medium">{t('insight.clients')}</caption>
      <thead className={quiet}>
        <tr>
          <th className="px-2 font-normal">{t('collections.column_client')}</th>
          <th className={numberCell}>{t('insight.last_90_days')}</th>
          <th className={numberCell}>{t('insight.90_days_before')}</th>
          <th className={numberCell}>{t('insight.change')}</th>
        </tr>
      </thead>
      <tbody>
        {clients.map((client) => {
          const { days: now } = client.now;
          const { days: before } = client.before;
          const change = now !== null && before !== null ? Math.round((now - before) * 10) / 10 : null;
          return (
            <tr key={client.clientId} data-client={client.clientId}>
              <td className="px-2">
                <bdi>{client.clientName ?? t('collections.no_client')}</bdi>
              </td>
              <td className={numberCell}>{now === null ? '—' : t('insight.days_value', { days: now })}</td>
              <td className={numberCell}>
                {before === null ? '—' : t('insight.days_value', { days: before })}
              </td>
              <td className={numberCell}>
                {change === null
                  ? '—'
                  : t(change > 0 ? 'insight.slower' : 'insight.faster', { days: Math.abs(change) })}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Billed and collected per month: a chart drawn in a table, so the figures are read as a table. */
function CollectedChart({ currency }: { currency: CurrencyInsight }) {
  const code = currency.currencyCode;
  const largest = Math.max(...currency.months.flatMap((month) => [month.billed, month.collected]), 0);
  return (
    <div className="grid gap-1">
      <table className="w-full text-left text-sm" data-table="collected">
        <caption className="text-left font-medium">{t('insight.collected')}</caption>
        <thead className={quiet}>
          <tr>
            <th className="px-2 font-normal">{t('insight.month')}</th>
            <th className={numberCell}>{t('insight.billed')}</th>
            <th className={numberCell}>{t('insight.collected_column')}</th>
            <th className={numberCell}>{t('insight.reversed')}</th>
          </tr>
        </thead>
        <tbody>
          {currency.months.map((month) => (
            <tr key={month.month} data-month={month.month}>
              <th scope="row" className="px-2 font-normal">
                {formatMonth(month.month)}
              </th>
              <AmountWithBar
                amount={month.billed}
                largest={largest}
                currencyCode={code}
                colour="fill-slate-400"
              />
              <AmountWithBar
                amount={month.collected}
                largest={largest}
                currencyCode={code}
                colour="fill-emerald-700 dark:fill-emerald-400"
              />
              <td className={numberCell}>{month.reversed === 0 ? '—' : money(month.reversed, code)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={formula}>{t('insight.collected_formula')}</p>
    </div>
  );
}

function RollForward({ currency }: { currency: CurrencyInsight }) {
  const code = currency.currencyCode;
  const columns = [
    'opening',
    'paid',
    'credited',
    'reinstated',
    'movedOut',
    'movedIn',
    'added',
    'closing',
  ] as const;
  return (
    <div className="grid gap-1">
      <table className="w-full text-left text-sm" data-table="roll-forward">
        <caption className="text-left font-medium">{t('insight.roll_forward')}</caption>
        <thead className={quiet}>
          <tr>
            <th className="px-2 font-normal">{t('popup.aging_age')}</th>
            {columns.map((column) => (
              <th key={column} className={numberCell}>
                {t('insight.roll_column', { column })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {currency.rollForward.map((row) => (
            <tr key={row.bucket} data-bucket={row.bucket}>
              <th scope="row" className="px-2 font-normal whitespace-nowrap">
                {t('summary.aging_bucket', { bucket: row.bucket })}
              </th>
              {columns.map((column) => (
                <td key={column} className={numberCell}>
                  {money(row[column], code)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={formula}>{t('insight.roll_forward_formula')}</p>
    </div>
  );
}

function Trend({ currency }: { currency: CurrencyInsight }) {
  const code = currency.currencyCode;
  const largest = Math.max(...currency.weeks.map((week) => week.outstanding ?? 0), 0);
  return (
    <div className="grid gap-1">
      <table className="w-full text-left text-sm" data-table="trend">
        <caption className="text-left font-medium">{t('insight.trend')}</caption>
        <thead className={quiet}>
          <tr>
            <th className="px-2 font-normal">{t('insight.week_ending')}</th>
            <th className={numberCell}>{t('collections.column_outstanding')}</th>
          </tr>
        </thead>
        <tbody>
          {currency.weeks.map((week) => (
            <tr key={week.day} data-week={week.day}>
              <th scope="row" className="px-2 font-normal">
                {formatDate(week.day)}
              </th>
              {week.outstanding === null ? (
                <td className={numberCell}>—</td>
              ) : (
                <AmountWithBar
                  amount={week.outstanding}
                  largest={largest}
                  currencyCode={code}
                  colour="fill-sky-700 dark:fill-sky-400"
                />
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className={formula}>{t('insight.trend_formula')}</p>
    </div>
  );
}
