import { db } from '../db/database';
import { applyLanguageChoice } from '../i18n/language-choice';
import { defaultSettings, type Settings, settingsSchema } from './settings-schema';

export async function loadSettings(): Promise<Settings> {
  // The messages not yet written by the firm are in the user's language, which a worker just woken
  // may not have read yet.
  const [rows] = await Promise.all([db.settings.toArray(), applyLanguageChoice()]);
  const parsed = settingsSchema
    .partial()
    .safeParse(Object.fromEntries(rows.map((row) => [row.key, row.value])));
  return { ...defaultSettings(), ...(parsed.success ? parsed.data : {}) };
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  await db.settings.bulkPut(Object.entries(settings).map(([key, value]) => ({ key, value })));
  return loadSettings();
}
