import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { sayError } from '@/lib/error-text';
import { t } from '@/lib/i18n/text';
import { envelopeValues, fillEnvelopeText } from '@/lib/mailing/envelope-text';
import { sendMessage } from '@/lib/protocol';
import { envelopePlaceholders, type Settings } from '@/lib/settings/settings-schema';
import { type SaveNote, SaveRow } from './save-row';

/** Two bills of one client, to show what the templates become. */
const sampleBills = [
  { number: '1042', state: 'awaiting_payment', currencyCode: 'USD', balance: 120_000, dueAt: '2026-10-15' },
  { number: '1057', state: 'awaiting_payment', currencyCode: 'USD', balance: 35_050, dueAt: '2026-11-14' },
] as const;

/**
 * The subject and message each client's envelope of bills starts with in a review, with what each
 * placeholder means and a preview of both filled in for a sample client.
 */
export function EnvelopeTemplateForm() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [note, setNote] = useState<SaveNote | null>(null);
  const ids = { subject: useId(), message: useId(), heading: useId() };
  const values = useMemo(() => envelopeValues(t('options.sample_client'), sampleBills), []);

  useEffect(() => {
    sendMessage('getSettings', {}).then(setSettings, () =>
      setNote({ text: t('options.settings_unreadable'), problem: true }),
    );
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (settings === undefined) return;
    try {
      // The other messages as saved, so saving these never undoes an unsaved edit elsewhere.
      const current = await sendMessage('getSettings', {});
      const { envelopeSubjectTemplate, envelopeMessageTemplate } = settings;
      setSettings(
        await sendMessage('saveSettings', { ...current, envelopeSubjectTemplate, envelopeMessageTemplate }),
      );
      setNote({ text: t('options.template_saved'), problem: false });
    } catch (error) {
      setNote({ text: sayError(error, 'options.template_not_saved'), problem: true });
    }
  };

  if (settings === undefined) return note ? <p role="alert">{note.text}</p> : null;
  const edit = (changes: Partial<Settings>) => {
    setSettings({ ...settings, ...changes });
    setNote(null);
  };
  return (
    <form aria-labelledby={ids.heading} className="grid gap-2" onSubmit={save}>
      <h3 id={ids.heading} className="font-semibold">
        {t('options.envelope_templates')}
      </h3>
      <p className="text-slate-600 dark:text-slate-300">{t('options.envelope_templates_explained')}</p>
      <dl aria-label={t('options.placeholders')} className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1">
        {envelopePlaceholders.map((name) => (
          <div key={name} className="contents">
            <dt className="font-mono">{`{${name}}`}</dt>
            <dd>{t('options.envelope_placeholder', { name })}</dd>
          </div>
        ))}
      </dl>
      <label htmlFor={ids.subject} className="grid gap-1">
        <span className="font-medium">{t('mailing.subject')}</span>
        <input
          id={ids.subject}
          maxLength={500}
          value={settings.envelopeSubjectTemplate}
          onChange={(event) => edit({ envelopeSubjectTemplate: event.target.value })}
          className="rounded-md border border-slate-300 px-2 py-1"
        />
      </label>
      <label htmlFor={ids.message} className="grid gap-1">
        <span className="font-medium">{t('mailing.message')}</span>
        <textarea
          id={ids.message}
          rows={6}
          maxLength={5000}
          value={settings.envelopeMessageTemplate}
          onChange={(event) => edit({ envelopeMessageTemplate: event.target.value })}
          className="rounded-md border border-slate-300 p-2"
        />
      </label>
      <section
        aria-label={t('options.envelope_preview')}
        className="grid gap-1 rounded-md bg-slate-50 p-2 dark:bg-slate-800"
      >
        <h4 className="font-medium">{t('options.envelope_preview')}</h4>
        <p data-preview-part="subject">{fillEnvelopeText(settings.envelopeSubjectTemplate, values)}</p>
        <p data-preview-part="message" className="whitespace-pre-wrap">
          {fillEnvelopeText(settings.envelopeMessageTemplate, values)}
        </p>
      </section>
      <SaveRow label={t('options.envelope_templates_save')} note={note} />
    </form>
  );
}
