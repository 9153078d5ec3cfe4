import { t } from '@/lib/i18n/text';
import { useAnswer } from '@/lib/react/use-answer';
import { quiet } from './styles';

/**
 * The insight's key figure: how many days clients took to pay lately, per currency. Asked once the
 * totals are on screen, so it never holds them up, and again when they change.
 */
export function DaysToPay() {
  // The figure comes once the first sync has read the history, and moves with each sync after.
  const currencies = useAnswer('getDaysToPay', 'receivables')?.currencies ?? [];
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
