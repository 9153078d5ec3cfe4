import { en } from './en';
import { frCA } from './fr-CA';
import type { MessageKey } from './text';

/** The catalogue's messages the manifest names, as `__MSG_extension_name__` and so on. */
const manifestKeys = ['extension.name', 'extension.description'] as const satisfies MessageKey[];

/** The browser's name for a catalogue key: its message names allow no dots. */
export const manifestMessageName = (key: (typeof manifestKeys)[number]) => key.replace('.', '_');

/**
 * `_locales/<locale>/messages.json` for each catalogue, so the browser shows Remit in its language.
 * Canada's French goes under `fr`: Chrome knows no `fr_CA` folder, and it is the French every French
 * browser should get.
 */
export function manifestLocales(): { relativeDest: string; contents: string }[] {
  const catalogues = { en, fr: frCA };
  return Object.entries(catalogues).map(([locale, messages]) => ({
    relativeDest: `_locales/${locale}/messages.json`,
    contents: JSON.stringify(
      Object.fromEntries(manifestKeys.map((key) => [manifestMessageName(key), { message: messages[key] }])),
      null,
      2,
    ),
  }));
}
