import { db } from '../db/database';
import { defaultCadence, type ReminderCadence, reminderCadence } from './cadence';

const KEY = 'reminderCadence';

/** The firm's cadence, or Remit's until the firm changes it; one kept that no longer reads is Remit's. */
export async function loadCadence(): Promise<ReminderCadence> {
  const parsed = reminderCadence.safeParse((await db.settings.get(KEY))?.value);
  return parsed.success ? parsed.data : defaultCadence;
}

export async function saveCadence(cadence: ReminderCadence): Promise<ReminderCadence> {
  await db.settings.put({ key: KEY, value: cadence });
  return cadence;
}
