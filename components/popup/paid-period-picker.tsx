import { t } from '@/lib/i18n/text';
import { type PaidPeriod, paidPeriods } from '@/lib/summary/paid-periods';

/** Which period "Paid" covers: native radios, so the arrow keys move between them. */
export function PaidPeriodPicker({
  period,
  onChoose,
}: {
  period: PaidPeriod;
  onChoose: (period: PaidPeriod) => void;
}) {
  return (
    <fieldset>
      <legend className="float-left mr-2 py-1 font-medium">{t('popup.paid_in')}</legend>
      <div className="flex w-fit rounded-md border border-slate-300 dark:border-slate-600">
        {paidPeriods.map((candidate) => (
          <label
            key={candidate}
            className="cursor-pointer rounded-md px-2 py-1 has-[:checked]:bg-blue-700 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-700 dark:has-[:checked]:bg-sky-300 dark:has-[:checked]:text-slate-950 dark:has-[:focus-visible]:outline-sky-300"
          >
            <input
              type="radio"
              name="paid-period"
              value={candidate}
              checked={candidate === period}
              onChange={() => onChoose(candidate)}
              className="sr-only"
            />
            {t('summary.paid_period', { period: candidate })}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
