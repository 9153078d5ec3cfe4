import type { Plugin } from 'vite';
import { catalogueOf } from './catalogue';
import { languages } from './languages';

/**
 * Builds the extension with its messages parsed ahead of time: `catalogue.ts` becomes each language's
 * parsed messages as JSON (which the browser reads faster than the same object written as code), and
 * intl-messageformat gets FormatJS's parser-less entry, which only formats what is parsed already.
 */
export function precompiledCatalogue(): Plugin {
  return {
    name: 'remit:precompiled-catalogue',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      if (source === '@formatjs/icu-messageformat-parser')
        return this.resolve('@formatjs/icu-messageformat-parser/no-parser.js');
    },
    load(id) {
      if (!id.endsWith('/lib/i18n/catalogue.ts')) return;
      // Each language stays text until a page asks for it: a page reads one.
      const texts = Object.fromEntries(
        languages.map((language) => [language, JSON.stringify(catalogueOf(language))]),
      );
      return `const texts = ${JSON.stringify(texts)};
const parsed = new Map();
export function catalogueOf(language) {
  if (!parsed.has(language)) parsed.set(language, JSON.parse(texts[language]));
  return parsed.get(language);
}`;
    },
  };
}
