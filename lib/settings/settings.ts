import { db } from '../db/database';
import { defaultSettings, type Settings, settingsSchema } from './settings-schema';

export async function loadSettings(): Promise<Settings> {
  const rows = await db.settings.toArray();
  const parsed = settingsSchema
    .partial()
    .safeParse(Object.fromEntries(rows.map((row) => [row.key, row.value])));
  return { ...defaultSettings(), ...(parsed.success ? parsed.data : {}) };
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  await db.settings.bulkPut(Object.entries(settings).map(([key, value]) => ({ key, value })));
  return loadSettings();
}
