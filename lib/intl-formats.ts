/**
 * One formatter per locale and options: building an Intl formatter costs far more than formatting with
 * one, and a page of figures formats dozens of amounts and dates.
 */
const formats = new Map<string, unknown>();

/** Where no locale is named: the one the user's language writes figures and dates in. */
let formattingLocale: string | undefined;

/** Writes figures and dates in this locale wherever a caller names none (see `i18n/text.ts`). */
export function setFormattingLocale(locale: string): void {
  formattingLocale = locale;
}

function reused<O, F>(
  kind: string,
  locale: string | undefined,
  options: O,
  build: (locale: string | undefined, options: O) => F,
): F {
  const resolved = locale ?? formattingLocale;
  const key = `${kind}:${resolved}:${JSON.stringify(options)}`;
  if (!formats.has(key)) formats.set(key, build(resolved, options));
  return formats.get(key) as F;
}

export const numberFormat = (locale: string | undefined, options: Intl.NumberFormatOptions) =>
  reused('number', locale, options, (...args) => new Intl.NumberFormat(...args));

export const dateTimeFormat = (locale: string | undefined, options: Intl.DateTimeFormatOptions) =>
  reused('date', locale, options, (...args) => new Intl.DateTimeFormat(...args));

export const pluralRules = (locale: string | undefined, options: Intl.PluralRulesOptions) =>
  reused('plural', locale, options, (...args) => new Intl.PluralRules(...args));

export const listFormat = (locale: string | undefined, options: Intl.ListFormatOptions) =>
  reused('list', locale, options, (...args) => new Intl.ListFormat(...args));

export const relativeTimeFormat = (locale: string | undefined, options: Intl.RelativeTimeFormatOptions) =>
  reused('relative', locale, options, (...args) => new Intl.RelativeTimeFormat(...args));
