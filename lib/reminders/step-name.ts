import type { Language } from '../i18n/languages';
import { currentLanguage, textIn } from '../i18n/text';

/**
 * A step's name: "3 days before the due date", "On the due date", "7 days after the due date". Apart
 * from the templates, so that the panel names steps without carrying the settings' schemas.
 */
export function stepName(days: number, language: Language = currentLanguage()): string {
  if (days === 0) return textIn(language, 'reminders.step_due');
  const key = days < 0 ? 'reminders.step_before' : 'reminders.step_after';
  return textIn(language, key, { days: Math.abs(days) });
}
