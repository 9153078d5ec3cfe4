/**
 * One formatter per locale and options: building an Intl formatter costs far more than formatting with
 * one, and a page of figures formats dozens of amounts and dates.
 */
const formats = new Map<string, unknown>();

function reused<F>(key: string, build: () => F): F {
  if (!formats.has(key)) formats.set(key, build());
  return formats.get(key) as F;
}

export function numberFormat(
  locale: string | undefined,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return reused(`number:${locale}:${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return reused(`date:${locale}:${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function pluralRules(locale: string | undefined, options: Intl.PluralRulesOptions): Intl.PluralRules {
  return reused(`plural:${locale}:${JSON.stringify(options)}`, () => new Intl.PluralRules(locale, options));
}

export function listFormat(locale: string | undefined, options: Intl.ListFormatOptions): Intl.ListFormat {
  return reused(`list:${locale}:${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options));
}
