import { useEffect, useId, useState } from 'react';
import { browserLanguage, readLanguageChoice, saveLanguageChoice } from '@/lib/i18n/language-choice';
import { type LanguageChoice, languageChoices } from '@/lib/i18n/languages';
import { t } from '@/lib/i18n/text';
import { languageNames } from './language-names';

/**
 * The language Remit speaks, in force as soon as it is chosen: this page, the popup and the panels in
 * Clio's tabs draw themselves again in it.
 */
export function LanguageForm() {
  const [choice, setChoice] = useState<LanguageChoice>();
  const [problem, setProblem] = useState(false);
  const id = useId();

  useEffect(() => {
    void readLanguageChoice().then(setChoice, () => setChoice('browser'));
  }, []);

  const choose = (next: LanguageChoice) => {
    setChoice(next);
    setProblem(false);
    saveLanguageChoice(next).catch(() => setProblem(true));
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="grid gap-2">
      <h2 id={`${id}-heading`} className="text-base font-semibold">
        {t('options.language')}
      </h2>
      <label htmlFor={id} className="text-slate-600 dark:text-slate-300">
        {t('options.language_hint')}
      </label>
      <select
        id={id}
        value={choice ?? 'browser'}
        disabled={choice === undefined}
        onChange={(event) => choose(event.target.value as LanguageChoice)}
        className="w-fit rounded-md border border-slate-300 p-2"
      >
        {languageChoices.map((option) => (
          <option key={option} value={option}>
            {option === 'browser'
              ? t('options.language_browser', { language: t(languageNames[browserLanguage()]) })
              : t(languageNames[option])}
          </option>
        ))}
      </select>
      {problem && (
        <p role="alert" className="text-red-800">
          {t('options.language_not_saved')}
        </p>
      )}
    </section>
  );
}
