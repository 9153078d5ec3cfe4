/** The languages Remit is written in: English, and French as Canada writes it. */
export const languages = ['en', 'fr-CA'] as const;
export type Language = (typeof languages)[number];

/** What the user chose in the options page: one of the languages, or whatever the browser speaks. */
export type LanguageChoice = Language | 'browser';
export const languageChoices = ['browser', ...languages] as const satisfies readonly LanguageChoice[];

/** Remit's language for a browser language tag: any French is Canada's French, anything else English. */
export function languageOf(tag: string): Language {
  return tag.toLowerCase().startsWith('fr') ? 'fr-CA' : 'en';
}

/**
 * The locale figures and dates are written in. French is Canada's (`1 234,56 $`). English keeps the
 * browser's own English where it has one, so a reader in Britain still reads `21 Nov 2026`.
 */
export function formattingLocale(language: Language, browserTag: string): string {
  if (language === 'fr-CA') return 'fr-CA';
  return languageOf(browserTag) === 'en' && /^en\b/i.test(browserTag) ? browserTag : 'en';
}
