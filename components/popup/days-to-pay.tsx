import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/text';
import { onUpdates } from '@/lib/messaging/updates';
import type { ResponseOf } from '@/lib/protocol';
import { sendMessage } from '@/lib/send-message';
import { quiet } from './styles';

type Currencies = ResponseOf<'getDaysToPay'>['currencies'];

/**
 * The insight's key figure: how many days clients took to pay lately, per currency. Asked once the
 * totals are on screen, so it never holds them up, and again when they change.
 */
export function DaysToPay() {
  const [currencies, setCurrencies] = useState<Currencies>([]);
  useEffect(() => {
    const stop = new AbortController();
    const read = () =>
      sendMessage('getDaysToPay', {}).then(
        (answer) => stop.signal.aborted || setCurrencies(answer.currencies),
        // Only a figure beside the totals: without an answer, it is left out.
        () => undefined,
      );
    // The figure comes once the first sync has read the history, and moves with each sync after.
    onUpdates(['receivables'], read, stop.signal);
    void read();
    return () => stop.abort();
  }, []);
  const known = currencies.filter((currency) => currency.daysToPay.days !== null);
  if (known.length === 0) return null;
  return (
    <ul aria-label={t('insight.days_to_pay')} className={`grid gap-0.5 ${quiet}`}>
      {known.map(({ currencyCode, daysToPay }) => (
        <li key={currencyCode} data-figure="days-to-pay" data-currency={currencyCode}>
          {known.length > 1 && `${currencyCode} · `}
          {t('insight.popup_days_to_pay', { days: t('insight.days_value', { days: daysToPay.days ?? 0 }) })}
        </li>
      ))}
    </ul>
  );
}
