import { db } from '../db/database';
import { languageApplied } from '../i18n/language-choice';
import { currentLanguage } from '../i18n/text';
import { defaultSettings, isDefaultMessage, type Settings, settingsSchema } from './settings-schema';

export async function loadSettings(): Promise<Settings> {
  // Until the firm chooses the clients' language, it is the user's, which a worker just woken may
  // not have read yet.
  const [rows] = await Promise.all([db.settings.toArray(), languageApplied()]);
  const parsed = settingsSchema
    .partial()
    .safeParse(Object.fromEntries(rows.map((row) => [row.key, row.value])));
  const { clientLanguage = currentLanguage(), ...messages } = parsed.success ? parsed.data : {};
  // Kept before Remit stopped keeping its own messages, one of them still follows the language.
  const written = Object.entries(messages).filter(
    ([field, text]) => !isDefaultMessage(field as keyof typeof messages, text),
  );
  return { ...defaultSettings(clientLanguage), ...Object.fromEntries(written) };
}

/**
 * Keeps what the firm wrote, and the clients' language with it: a message written for clients is
 * in one language. A message left as Remit wrote it is not kept, so that it stays Remit's and
 * follows the clients' language when the firm changes it.
 */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const { clientLanguage, ...messages } = settings;
  const entries = Object.entries(messages) as [keyof typeof messages, string][];
  const written = entries.filter(([field, text]) => !isDefaultMessage(field, text));
  await db.transaction('rw', db.settings, async () => {
    await db.settings.bulkDelete(entries.map(([field]) => field));
    await db.settings.bulkPut([
      { key: 'clientLanguage', value: clientLanguage },
      ...written.map(([key, value]) => ({ key, value })),
    ]);
  });
  return loadSettings();
}
