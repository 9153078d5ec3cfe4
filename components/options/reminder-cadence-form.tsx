import { type FormEvent, useEffect, useId, useState } from 'react';
import type { ReminderChannel } from '@/lib/db/records/reminder';
import { sayError } from '@/lib/error-text';
import type { Language } from '@/lib/i18n/languages';
import { type MessageKey, t } from '@/lib/i18n/text';
import type { ReminderCadence, ReminderStep } from '@/lib/reminders/cadence';
import { stepTemplates } from '@/lib/reminders/reminder-text';
import { stepName } from '@/lib/reminders/step-name';
import { sendMessage } from '@/lib/send-message';
import { QuietClients } from './quiet-clients';
import { type SaveNote, SaveRow } from './save-row';
import { SubjectAndMessage } from './subject-and-message';

const channelNames: Record<ReminderChannel, MessageKey> = {
  both: 'options.reminder_channel_both',
  portal: 'options.reminder_channel_portal',
  email: 'options.reminder_channel_email',
};

const inputClass = 'rounded-md border border-slate-300 px-2 py-1 dark:bg-slate-800';

/**
 * The firm's reminder cadence: each step's days from the due date, whether it is on, where it goes
 * and what it says (Remit's words, in the clients' language, until the firm writes its own), the
 * least days between two sends of a bill, and whether clients Clio reminds itself get Remit's too.
 */
export function ReminderCadenceForm({ reload }: { reload: number }) {
  const [cadence, setCadence] = useState<ReminderCadence | undefined>();
  const [language, setLanguage] = useState<Language | undefined>();
  const [note, setNote] = useState<SaveNote | null>(null);
  const ids = { heading: useId(), gap: useId(), alongside: useId() };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `reload` is what asks to read them again.
  useEffect(() => {
    let live = true;
    Promise.all([sendMessage('getReminderCadence', {}), sendMessage('getSettings', {})]).then(
      ([read, settings]) => {
        if (!live) return;
        setCadence((before) => before ?? read);
        setLanguage(settings.clientLanguage);
      },
      () => live && setNote({ text: t('options.settings_unreadable'), problem: true }),
    );
    return () => {
      live = false;
    };
  }, [reload]);

  if (!cadence || !language) return note ? <p role="alert">{note.text}</p> : null;

  const edit = (changes: Partial<ReminderCadence>) => {
    setCadence({ ...cadence, ...changes });
    setNote(null);
  };
  const editStep = (id: string, changes: Partial<ReminderStep>) =>
    edit({ steps: cadence.steps.map((step) => (step.id === id ? { ...step, ...changes } : step)) });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      // Words left as Remit wrote them stay Remit's: they follow the clients' language.
      const steps = cadence.steps.map((step) => {
        const defaults = stepTemplates({ ...step, subject: null, message: null }, language);
        return {
          ...step,
          subject: step.subject === defaults.subject ? null : step.subject,
          message: step.message === defaults.message ? null : step.message,
        };
      });
      setCadence(await sendMessage('saveReminderCadence', { ...cadence, steps }));
      setNote({ text: t('options.template_saved'), problem: false });
    } catch (error) {
      setNote({ text: sayError(error, 'options.template_not_saved'), problem: true });
    }
  };

  return (
    <form aria-labelledby={ids.heading} className="grid gap-3" onSubmit={save}>
      <h3 id={ids.heading} className="font-semibold">
        {t('options.reminders')}
      </h3>
      <p className="text-slate-600 dark:text-slate-300">{t('options.reminders_explained')}</p>
      {cadence.steps.map((step) => (
        <StepFields
          key={step.id}
          step={step}
          language={language}
          onChange={(changes) => editStep(step.id, changes)}
        />
      ))}
      <label htmlFor={ids.gap} className="flex items-center gap-2">
        <input
          id={ids.gap}
          type="number"
          min={0}
          max={90}
          required
          value={cadence.minimumGapDays}
          onChange={(event) => edit({ minimumGapDays: event.target.valueAsNumber })}
          className={`${inputClass} w-20`}
        />
        <span>{t('options.reminder_gap')}</span>
      </label>
      <label htmlFor={ids.alongside} className="flex items-center gap-2">
        <input
          id={ids.alongside}
          type="checkbox"
          checked={cadence.alongsideClioReminders}
          onChange={(event) => edit({ alongsideClioReminders: event.target.checked })}
        />
        <span>{t('options.reminder_alongside_clio')}</span>
      </label>
      <SaveRow label={t('options.reminders_save')} note={note} />
      <QuietClients />
    </form>
  );
}

function StepFields({
  step,
  language,
  onChange,
}: {
  step: ReminderStep;
  language: Language;
  onChange: (changes: Partial<ReminderStep>) => void;
}) {
  const ids = { on: useId(), days: useId(), channel: useId() };
  const words = stepTemplates(step, language);
  return (
    <details className="rounded-md border border-slate-200 p-2 dark:border-slate-700">
      <summary className="cursor-pointer font-medium">
        {stepName(step.days, language)} · {step.on ? t('options.reminder_on') : t('options.reminder_off')}
      </summary>
      <div className="mt-2 grid gap-2">
        <label htmlFor={ids.on} className="flex items-center gap-2">
          <input
            id={ids.on}
            type="checkbox"
            checked={step.on}
            onChange={(event) => onChange({ on: event.target.checked })}
          />
          <span>{t('options.reminder_step_on')}</span>
        </label>
        <label htmlFor={ids.days} className="flex items-center gap-2">
          <input
            id={ids.days}
            type="number"
            min={-90}
            max={730}
            required
            value={step.days}
            onChange={(event) => onChange({ days: event.target.valueAsNumber })}
            className={`${inputClass} w-20`}
          />
          <span>{t('options.reminder_days')}</span>
        </label>
        <label htmlFor={ids.channel} className="grid gap-1">
          <span className="font-medium">{t('options.reminder_channel')}</span>
          <select
            id={ids.channel}
            value={step.channel}
            onChange={(event) => onChange({ channel: event.target.value as ReminderChannel })}
            className={inputClass}
          >
            {(Object.keys(channelNames) as ReminderChannel[]).map((channel) => (
              <option key={channel} value={channel}>
                {t(channelNames[channel])}
              </option>
            ))}
          </select>
        </label>
        <SubjectAndMessage subject={words.subject} message={words.message} onChange={onChange} />
      </div>
    </details>
  );
}
