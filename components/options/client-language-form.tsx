import { useId } from 'react';
import { type Language, languages } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/text';
import { languageNames } from './language-names';
import { SaveRow } from './save-row';
import { useSettingsForm } from './use-settings-form';

const fields = ['clientLanguage'] as const;

/**
 * The language the firm's clients read: the default messages switch to it, and amounts and dates are
 * written in it. A message the firm wrote itself stays as written.
 */
export function ClientLanguageForm({ onSaved }: { onSaved: () => void }) {
  const { settings, note, edit, save } = useSettingsForm(fields, { onSaved });
  const id = useId();

  if (settings === undefined) return note ? <p role="alert">{note.text}</p> : null;
  return (
    <form aria-label={t('options.client_language')} className="grid gap-2" onSubmit={save}>
      <label htmlFor={id} className="grid gap-1">
        <span className="font-semibold">{t('options.client_language')}</span>
        <span className="text-slate-600 dark:text-slate-300">{t('options.client_language_hint')}</span>
      </label>
      <select
        id={id}
        value={settings.clientLanguage}
        onChange={(event) => edit({ clientLanguage: event.target.value as Language })}
        className="w-fit rounded-md border border-slate-300 p-2"
      >
        {languages.map((language) => (
          <option key={language} value={language}>
            {t(languageNames[language])}
          </option>
        ))}
      </select>
      <SaveRow label={t('options.client_language_save')} note={note} />
    </form>
  );
}
