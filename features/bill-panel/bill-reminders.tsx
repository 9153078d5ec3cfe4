import { useCallback, useEffect, useId, useState } from 'react';
import { buttonClass } from '@/components/button-class';
import type { BillView } from '@/lib/bills/bill-view';
import { sayError } from '@/lib/error-text';
import { addDays, formatDate, localIsoDate } from '@/lib/format';
import { t } from '@/lib/i18n/text';
import { readOnUpdates } from '@/lib/messaging/updates';
import type { BillReminders as Reminders } from '@/lib/reminders/messages';
import { channelWords, outcomeWords } from '@/lib/reminders/reminder-words';
import { stepName } from '@/lib/reminders/step-name';
import { sendMessage } from '@/lib/send-message';

const plainButton = `${buttonClass} border border-slate-300`;

/**
 * The bill's reminders: those sent (each step, day, channel and whether Clio shows it), the one due
 * today, and the firm's holds: this bill snoozed until a day, its client never reminded.
 */
export function BillReminders({ bill }: { bill: BillView }) {
  const [reminders, setReminders] = useState<Reminders | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [snoozeUntil, setSnoozeUntil] = useState(() => addDays(localIsoDate(), 7));
  const ids = { heading: useId(), snooze: useId() };

  useEffect(() => {
    const stop = new AbortController();
    const read = () =>
      sendMessage('getBillReminders', { billId: bill.id }).then(
        (answer) => stop.signal.aborted || setReminders(answer),
        // Not connected, or the worker starting: the panel's own problem line says so.
        () => undefined,
      );
    readOnUpdates(['reminders'], read, stop.signal);
    return () => stop.abort();
  }, [bill.id]);

  const hold = useCallback(
    async (change: { snoozeUntil?: string | null; quietClient?: boolean }) => {
      try {
        setReminders(await sendMessage('holdReminders', { billId: bill.id, ...change }));
        setProblem(null);
      } catch (error) {
        setProblem(sayError(error, 'bill_panel.reminder_not_saved'));
      }
    },
    [bill.id],
  );

  const owed = bill.state === 'awaiting_payment' && bill.balance > 0;
  if (!reminders || (!owed && reminders.history.length === 0)) return null;
  return (
    <section aria-labelledby={ids.heading} className="grid gap-1" data-field="reminders">
      <h3 id={ids.heading} className="font-semibold">
        {t('bill_panel.reminders_heading')}
      </h3>
      {reminders.dueToday !== null && (
        <p data-field="reminder-due">
          {t('bill_panel.reminder_due_today', { step: stepName(reminders.dueToday) })}
        </p>
      )}
      {reminders.clioReminds && <p className="text-slate-600">{t('bill_panel.reminder_clio_reminds')}</p>}
      {reminders.history.length === 0 ? (
        <p className="text-slate-500">{t('bill_panel.reminder_none_yet')}</p>
      ) : (
        <ul aria-label={t('bill_panel.reminders_heading')} className="grid gap-0.5">
          {reminders.history.map((reminder) => (
            <li key={reminder.id} data-reminder-step={reminder.stepDays}>
              {t('bill_panel.reminder_entry', {
                step: stepName(reminder.stepDays),
                on: formatDate(reminder.on),
                channel: channelWords(reminder.channel),
                state: outcomeWords(reminder.state),
              })}
            </li>
          ))}
        </ul>
      )}
      {owed && (
        <div className="flex flex-wrap items-center gap-2">
          {reminders.snoozedUntil ? (
            <>
              <span data-field="snoozed">
                {t('bill_panel.reminder_snoozed', { until: formatDate(reminders.snoozedUntil) })}
              </span>
              <button type="button" className={plainButton} onClick={() => hold({ snoozeUntil: null })}>
                {t('bill_panel.reminder_unsnooze')}
              </button>
            </>
          ) : (
            <>
              <label htmlFor={ids.snooze}>{t('bill_panel.reminder_snooze_until')}</label>
              <input
                id={ids.snooze}
                type="date"
                min={addDays(localIsoDate(), 1)}
                value={snoozeUntil}
                onChange={(event) => setSnoozeUntil(event.target.value)}
                className="rounded-md border border-slate-300 px-2 py-1"
              />
              <button
                type="button"
                className={plainButton}
                disabled={!snoozeUntil}
                onClick={() => hold({ snoozeUntil })}
              >
                {t('bill_panel.reminder_snooze')}
              </button>
            </>
          )}
          {bill.clientId !== null && (
            <button
              type="button"
              className={plainButton}
              aria-pressed={reminders.clientQuiet}
              onClick={() => hold({ quietClient: !reminders.clientQuiet })}
            >
              {t('bill_panel.reminder_quiet_client')}
            </button>
          )}
        </div>
      )}
      {problem && (
        <p role="alert" className="text-red-800">
          {problem}
        </p>
      )}
    </section>
  );
}
