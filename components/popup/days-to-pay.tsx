import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n/text';
import type { ResponseOf } from '@/lib/protocol';
import { sendMessage } from '@/lib/send-message';
import { quiet } from './styles';

type Currencies = ResponseOf<'getDaysToPay'>['currencies'];

/**
 * The insight's key figure: how many days clients took to pay lately, per currency. Asked once the
 * totals are on screen, so it never holds them up.
 */
export function DaysToPay() {
  const [currencies, setCurrencies] = useState<Currencies>([]);
  useEffect(() => {
    let live = true;
    sendMessage('getDaysToPay', {}).then(
      (answer) => live && setCurrencies(answer.currencies),
      // Only a figure beside the totals: without an answer, it is left out.
      () => undefined,
    );
    return () => {
      live = false;
    };
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
