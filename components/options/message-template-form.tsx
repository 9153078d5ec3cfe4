import { useId } from 'react';
import { t } from '@/lib/i18n/text';
import { owedPlaceholders, settledPlaceholders } from '@/lib/settings/settings-schema';
import { SaveRow } from './save-row';
import { useSettingsForm } from './use-settings-form';

const forms = {
  messageTemplate: {
    label: 'options.owed_template',
    placeholders: owedPlaceholders,
    save: 'options.owed_template_save',
  },
  settledMessageTemplate: {
    label: 'options.settled_template',
    placeholders: settledPlaceholders,
    save: 'options.settled_template_save',
  },
} as const;

/** Each form saves its own field only. */
const fieldsOf = {
  messageTemplate: ['messageTemplate'],
  settledMessageTemplate: ['settledMessageTemplate'],
} as const;

/**
 * One of the default messages: for bills still owed, or for bills with nothing left to pay (a
 * receipt). Each send can still edit it.
 */
export function MessageTemplateForm({ field, reload }: { field: keyof typeof forms; reload: number }) {
  const { placeholders } = forms[field];
  const label = t(forms[field].label);
  const { settings, note, edit, save } = useSettingsForm(fieldsOf[field], { reload });
  const id = useId();

  if (settings === undefined) return note ? <p role="alert">{note.text}</p> : null;
  return (
    <form aria-label={label} className="grid gap-2" onSubmit={save}>
      <label htmlFor={id} className="grid gap-1">
        <span className="font-semibold">{label}</span>
        <span className="text-slate-600 dark:text-slate-300">
          {t('options.template_placeholders', {
            placeholders: placeholders.map((name) => `{${name}}`).join(', '),
          })}
        </span>
        <textarea
          id={id}
          rows={6}
          maxLength={5000}
          value={settings[field]}
          onChange={(event) => edit({ [field]: event.target.value })}
          className="rounded-md border border-slate-300 p-2"
        />
      </label>
      <SaveRow label={t(forms[field].save)} note={note} />
    </form>
  );
}
