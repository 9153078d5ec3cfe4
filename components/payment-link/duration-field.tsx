import { useId } from 'react';
import { t } from '@/lib/i18n/text';
import { MAX_LINK_DAYS } from '@/lib/payment-links/link-duration';

/** How many days a new link stays open, as typed; checked with `linkDays` on submit. */
export function DurationField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <label htmlFor={id} className="grid gap-1">
      {t('payment_link.open_for_days')}
      <input
        id={id}
        type="number"
        min={1}
        max={MAX_LINK_DAYS}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="w-20 rounded-md border border-slate-300 px-2 py-1 tabular-nums"
      />
    </label>
  );
}
