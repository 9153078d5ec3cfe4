import { type FormEvent, useEffect, useId, useState } from 'react';
import { sayError } from '@/lib/error-text';
import { t } from '@/lib/i18n/text';
import { sendMessage } from '@/lib/protocol';
import {
  owedPlaceholders,
  type Settings,
  settingsSchema,
  settledPlaceholders,
} from '@/lib/settings/settings-schema';
import { type SaveNote, SaveRow } from './save-row';

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

/**
 * One of the default messages: for bills still owed, or for bills with nothing left to pay (a
 * receipt). Each send can still edit it.
 */
export function MessageTemplateForm({ field }: { field: keyof typeof forms }) {
  const { placeholders } = forms[field];
  const label = t(forms[field].label);
  const [settings, setSettings] = useState<Settings | undefined>();
  const [note, setNote] = useState<SaveNote | null>(null);
  const id = useId();

  useEffect(() => {
    sendMessage('getSettings', {}).then(setSettings, () =>
      setNote({ text: t('options.settings_unreadable'), problem: true }),
    );
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (settings === undefined) return;
    const checked = settingsSchema.shape[field].safeParse(settings[field]);
    if (!checked.success) {
      setNote({ text: checked.error.issues[0]?.message ?? t('options.template_invalid'), problem: true });
      return;
    }
    try {
      // The other message as saved, so saving one never undoes an unsaved edit of the other's form.
      const current = await sendMessage('getSettings', {});
      setSettings(await sendMessage('saveSettings', { ...current, [field]: settings[field] }));
      setNote({ text: t('options.template_saved'), problem: false });
    } catch (error) {
      setNote({ text: sayError(error, 'options.template_not_saved'), problem: true });
    }
  };

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
          onChange={(event) => {
            setSettings({ ...settings, [field]: event.target.value });
            setNote(null);
          }}
          className="rounded-md border border-slate-300 p-2"
        />
      </label>
      <SaveRow label={t(forms[field].save)} note={note} />
    </form>
  );
}
