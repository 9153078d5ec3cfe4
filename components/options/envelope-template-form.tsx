import { useId, useMemo } from 'react';
import { t } from '@/lib/i18n/text';
import { envelopeValues, fillEnvelopeSubject, fillEnvelopeText } from '@/lib/mailing/envelope-text';
import { envelopePlaceholders } from '@/lib/settings/settings-schema';
import { SaveRow } from './save-row';
import { SubjectAndMessage } from './subject-and-message';
import { useSettingsForm } from './use-settings-form';

/** Two bills of one client, to show what the templates become. */
const sampleBills = [
  { number: '1042', state: 'awaiting_payment', currencyCode: 'USD', balance: 120_000, dueAt: '2026-10-15' },
  { number: '1057', state: 'awaiting_payment', currencyCode: 'USD', balance: 35_050, dueAt: '2026-11-14' },
] as const;

const envelopeFields = ['envelopeSubjectTemplate', 'envelopeMessageTemplate'] as const;

/**
 * The subject and message each client's envelope of bills starts with in a review, with what each
 * placeholder means and a preview of both filled in for a sample client.
 */
export function EnvelopeTemplateForm({ reload }: { reload: number }) {
  const { settings, note, edit, save } = useSettingsForm(envelopeFields, { reload });
  const headingId = useId();
  const clientLanguage = settings?.clientLanguage;
  const values = useMemo(
    () =>
      clientLanguage && {
        ...envelopeValues(t('options.sample_client'), sampleBills, clientLanguage),
        payment_link: t('mailing.payment_link_stand_in'),
      },
    [clientLanguage],
  );

  if (settings === undefined || !values) return note ? <p role="alert">{note.text}</p> : null;
  return (
    <form aria-labelledby={headingId} className="grid gap-2" onSubmit={save}>
      <h3 id={headingId} className="font-semibold">
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
      <SubjectAndMessage
        subject={settings.envelopeSubjectTemplate}
        message={settings.envelopeMessageTemplate}
        onChange={({ subject, message }) =>
          edit(
            subject === undefined
              ? { envelopeMessageTemplate: message }
              : { envelopeSubjectTemplate: subject },
          )
        }
      />
      <section
        aria-label={t('options.envelope_preview')}
        className="grid gap-1 rounded-md bg-slate-50 p-2 dark:bg-slate-800"
      >
        <h4 className="font-medium">{t('options.envelope_preview')}</h4>
        <p data-preview-part="subject">{fillEnvelopeSubject(settings.envelopeSubjectTemplate, values)}</p>
        <p data-preview-part="message" className="whitespace-pre-wrap">
          {fillEnvelopeText(settings.envelopeMessageTemplate, values)}
        </p>
      </section>
      <SaveRow label={t('options.envelope_templates_save')} note={note} />
    </form>
  );
}
