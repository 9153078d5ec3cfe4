import {
  type ArgumentElement,
  type LiteralElement,
  type MessageFormatElement,
  TYPE,
} from '@formatjs/icu-messageformat-parser';
import { type Formatters, IntlMessageFormat } from 'intl-messageformat';
import { dateTimeFormat, numberFormat, pluralRules, setFormattingLocale } from '../intl-formats';
import { catalogueOf, type MessageKey } from './catalogue';
import { formattingLocale, type Language, languageOf } from './languages';

export type { MessageKey };
/**
 * A message's arguments: what it names, counts or quotes (Clio's own words, a bill's number), or
 * another message it wraps ("Not sent: {reason}").
 */
export type MessageValues = Record<string, string | number | Text>;

/** Words not yet put into a language: a message's key and its arguments. */
export interface Text {
  key: MessageKey;
  values?: MessageValues;
}

/** The browser's language: the default, until the user's choice is read (see `language-choice.ts`). */
export function browserLanguageTag(): string {
  return globalThis.navigator?.language ?? 'en';
}

let current: Language = languageOf(browserLanguageTag());
setFormattingLocale(formattingLocale(current, browserLanguageTag()));

/** The language `t` writes in. */
export const currentLanguage = (): Language => current;

/** The locale a language writes figures and dates in, on this browser. */
export const localeOf = (language: Language): string => formattingLocale(language, browserLanguageTag());

/** Writes every later message, figure and date in this language. */
export function setLanguage(language: Language): void {
  current = language;
  setFormattingLocale(localeOf(language));
}

const compiled = new Map<string, IntlMessageFormat>();
/** Each message would otherwise build its own Intl formatters: the page's are shared by all. */
const formatters: Formatters = {
  getNumberFormat: (locales, options) => numberFormat(String(locales), options ?? {}),
  getDateTimeFormat: (locales, options) => dateTimeFormat(String(locales), options ?? {}),
  getPluralRules: (locales, options) => pluralRules(String(locales), options ?? {}),
};

/** One message in the user's language, its arguments filled in (ICU MessageFormat: plurals and all). */
export function t(key: MessageKey, values?: MessageValues): string {
  return textIn(current, key, values);
}

/** One message in a given language: what clients read is in theirs, not necessarily the user's. */
export function textIn(language: Language, key: MessageKey, values?: MessageValues): string {
  const catalogue = catalogueOf(language);
  const elements = catalogue.messages[key];
  // Most messages are text and plain arguments: filled directly, as building an IntlMessageFormat
  // (it resolves the locale each time) costs a page far more than filling one in.
  if (elements.every(isPlain)) return plainText(language, key, elements, values);
  let format = compiled.get(`${language}:${key}`);
  if (!format) {
    format = new IntlMessageFormat(elements, catalogue.locale, undefined, { formatters });
    compiled.set(`${language}:${key}`, format);
  }
  try {
    return String(format.format(values && inWords(language, values)));
  } catch (error) {
    // A value left out by mistake: the sentence with its gap still beats a page that fails to draw.
    console.error(`Remit: message ${key} could not be filled in`, error);
    return withGaps(elements);
  }
}

/** A message's text with each argument left as its `{name}`. */
function withGaps(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      return 'value' in element ? `{${element.value}}` : '';
    })
    .join('');
}

/** Text, or an argument put in as it is: no plural, choice or number to format. */
function isPlain(element: MessageFormatElement): element is LiteralElement | ArgumentElement {
  return element.type === TYPE.literal || element.type === TYPE.argument;
}

function plainText(
  language: Language,
  key: MessageKey,
  elements: (LiteralElement | ArgumentElement)[],
  values?: MessageValues,
): string {
  let text = '';
  for (const element of elements) {
    if (element.type === TYPE.literal) text += element.value;
    else {
      // A value left out is a mistake; one given as undefined reads as nothing, as ICU has it.
      if (!values || !(element.value in values)) {
        console.error(`Remit: message ${key} could not be filled in: no value for ${element.value}`);
        return withGaps(elements);
      }
      const value = values[element.value];
      if (value !== undefined) text += typeof value === 'object' ? sayIn(language, value) : String(value);
    }
  }
  return text;
}

function inWords(language: Language, values: MessageValues): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'object' ? sayIn(language, value) : value,
    ]),
  );
}

/** Words that crossed a boundary or were stored, in the user's language. */
export function say(text: Text): string {
  return sayIn(current, text);
}

function sayIn(language: Language, text: Text): string {
  return textIn(language, text.key, text.values);
}
