import type { Language } from '@/lib/i18n/languages';
import type { MessageKey } from '@/lib/i18n/text';

/** Each language by its own name, whatever the page's language. */
export const languageNames = {
  en: 'options.language_en',
  'fr-CA': 'options.language_fr_ca',
} as const satisfies Record<Language, MessageKey>;
