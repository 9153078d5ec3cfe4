import type { Plugin } from 'vite';
import { catalogue } from './catalogue';

/**
 * Builds the extension with its messages parsed ahead of time: `catalogue.ts` becomes the parsed
 * messages as JSON (which the browser reads faster than the same object written as code), and
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
      const json = JSON.stringify({ locale: catalogue.locale, messages: catalogue.messages });
      return `export const catalogue = JSON.parse(${JSON.stringify(json)});`;
    },
  };
}
