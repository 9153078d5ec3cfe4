import { storage } from 'wxt/utils/storage';
import { type Language, type LanguageChoice, languageChoices, languageOf } from './languages';
import { browserLanguageTag, setLanguage } from './text';

/**
 * The language the user chose in the options page. Kept in the extension's storage, not in IndexedDB
 * behind the background: a Clio tab's panel reads it itself, before it draws a word.
 */
const languageChoice = storage.defineItem<LanguageChoice>('local:language', { fallback: 'browser' });

/** Remit's language for the browser's, which "the browser's language" follows. */
export const browserLanguage = (): Language => languageOf(browserLanguageTag());

const languageFor = (choice: LanguageChoice): Language => (choice === 'browser' ? browserLanguage() : choice);

/** What was stored, if it is a choice Remit knows; anything else reads as the browser's language. */
const known = (stored: unknown): LanguageChoice =>
  languageChoices.find((choice) => choice === stored) ?? 'browser';

export const readLanguageChoice = async (): Promise<LanguageChoice> => known(await languageChoice.getValue());

export const saveLanguageChoice = (choice: LanguageChoice): Promise<void> => languageChoice.setValue(choice);

/** Writes from now on in the language the user chose. */
export async function applyLanguageChoice(): Promise<Language> {
  const language = languageFor(await readLanguageChoice());
  setLanguage(language);
  return language;
}

let firstRead: Promise<void> | undefined;

/**
 * Resolves once the choice has been read in this page or worker, read only the first time: what
 * draws or writes words waits for it, and a change later comes through `onLanguageChanged`.
 * Unreadable, the choice is the browser's language.
 */
export function languageApplied(): Promise<void> {
  firstRead ??= applyLanguageChoice().then(
    () => undefined,
    (error: unknown) => console.error('Remit: the language chosen could not be read', error),
  );
  return firstRead;
}

/** Follows a change of language made elsewhere (the options page), once it is in force. */
export function onLanguageChanged(changed: (language: Language) => void): () => void {
  return languageChoice.watch((choice) => {
    const language = languageFor(known(choice));
    setLanguage(language);
    changed(language);
  });
}
