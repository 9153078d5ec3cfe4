import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser';
import { en } from './en';
import { frCA } from './fr-CA';
import type { Language } from './languages';

/** The name of one message in the catalogue: what code sends across the message boundary and stores. */
export type MessageKey = keyof typeof en;

/** A catalogue ready to format: its locale and each message already parsed. */
export interface ParsedCatalogue {
  locale: string;
  messages: Record<MessageKey, MessageFormatElement[]>;
}

/** Tags are not markup here: a message is plain text, and `<` in it stays `<`. */
export function parsedCatalogue(locale: string, messages: Record<MessageKey, string>): ParsedCatalogue {
  const options = { ignoreTag: true, locale: new Intl.Locale(locale) };
  const parsed = Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [key, parse(message, options)]),
  ) as ParsedCatalogue['messages'];
  return { locale, messages: parsed };
}

const sources: Record<Language, Record<MessageKey, string>> = { en, 'fr-CA': frCA };
const parsed = new Map<Language, ParsedCatalogue>();

/**
 * The catalogue of one language, read when first needed: a page uses one. Plural rules follow its
 * locale. A build replaces this module with its result (see `precompiled-catalogue.ts`), so the
 * extension's pages carry neither the parser nor the work of parsing.
 */
export function catalogueOf(language: Language): ParsedCatalogue {
  let catalogue = parsed.get(language);
  if (!catalogue) {
    catalogue = parsedCatalogue(language, sources[language]);
    parsed.set(language, catalogue);
  }
  return catalogue;
}
