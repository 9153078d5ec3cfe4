import { type Formatters, IntlMessageFormat } from 'intl-messageformat';
import { z } from 'zod';
import { dateTimeFormat, numberFormat, pluralRules } from '../intl-formats';
import { en } from './en';

/** The name of one message in the catalogue: what code sends across the message boundary and stores. */
export type MessageKey = keyof typeof en;
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

export const messageKeys = Object.keys(en) as [MessageKey, ...MessageKey[]];

export const textSchema: z.ZodType<Text> = z.object({
  key: z.enum(messageKeys),
  get values() {
    return z.record(z.string(), z.union([z.string(), z.number(), textSchema])).optional();
  },
});

/** The catalogue the user reads. English is the only one so far; plural rules follow its locale. */
const catalogue: { locale: string; messages: Record<MessageKey, string> } = { locale: 'en', messages: en };
const compiled = new Map<MessageKey, IntlMessageFormat>();
/** Each message would otherwise build its own Intl formatters: the page's are shared by all. */
const formatters: Formatters = {
  getNumberFormat: (locales, options) => numberFormat(String(locales), options ?? {}),
  getDateTimeFormat: (locales, options) => dateTimeFormat(String(locales), options ?? {}),
  getPluralRules: (locales, options) => pluralRules(String(locales), options ?? {}),
};

/** One message in the user's language, its arguments filled in (ICU MessageFormat: plurals and all). */
export function t(key: MessageKey, values?: MessageValues): string {
  let format = compiled.get(key);
  if (!format) {
    // Tags are not markup here: a message is plain text, and `<` in it stays `<`.
    format = new IntlMessageFormat(catalogue.messages[key], catalogue.locale, undefined, {
      formatters,
      ignoreTag: true,
    });
    compiled.set(key, format);
  }
  try {
    return String(format.format(values && inWords(values)));
  } catch (error) {
    // A value left out by mistake: the sentence with its gap still beats a page that fails to draw.
    console.error(`Remit: message ${key} could not be filled in`, error);
    return catalogue.messages[key];
  }
}

function inWords(values: MessageValues): Record<string, string | number> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'object' ? say(value) : value]),
  );
}

/** Words that crossed a boundary or were stored, in the user's language. */
export function say(text: Text): string {
  return t(text.key, text.values);
}
