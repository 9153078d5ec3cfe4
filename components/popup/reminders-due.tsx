import { formatCount } from '@/lib/format';
import { t } from '@/lib/i18n/text';
import { useAnswer } from '@/lib/react/use-answer';
import { buttonClass } from '../button-class';
import { openWorkspace } from './open-workspace';

const plainButton = `${buttonClass} justify-self-start border border-slate-300 dark:border-slate-600`;

/** How many reminders are due today, kept current, with the way to review and send them. */
export function RemindersDue() {
  // Bills paid or synced change what is due as much as a reminder sent.
  const count = useAnswer('remindersDueCount', 'reminders', 'receivables')?.count ?? 0;
  if (count === 0) return null;
  return (
    <section
      aria-label={t('popup.reminders')}
      className="grid gap-1 rounded-md border border-amber-300 p-3 dark:border-amber-700"
    >
      <p data-figure="reminders-due">{t('popup.reminders_due', { count, shown: formatCount(count) })}</p>
      <button type="button" className={plainButton} onClick={() => openWorkspace('reminders')}>
        {t('popup.reminders_review')}
      </button>
    </section>
  );
}
