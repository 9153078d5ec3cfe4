import type { Language } from '../i18n/languages';
import { type MessageKey, textIn } from '../i18n/text';
import { envelopePlaceholders, placeholdersAsWritten } from '../settings/settings-schema';
import type { ReminderStep } from './cadence';

/** Where a step falls against the due date: its default words say it. */
type StepTiming = 'before' | 'due' | 'after';

const timingOf = (days: number): StepTiming => (days < 0 ? 'before' : days === 0 ? 'due' : 'after');

const defaults: Record<StepTiming, { subject: MessageKey; message: MessageKey }> = {
  before: { subject: 'reminders.default_subject_before', message: 'reminders.default_message_before' },
  due: { subject: 'reminders.default_subject_due', message: 'reminders.default_message_due' },
  after: { subject: 'reminders.default_subject_after', message: 'reminders.default_message_after' },
};

/**
 * A step's subject and message as templates: the firm's where it wrote them, else Remit's for when
 * the step falls, in the language clients read.
 */
export function stepTemplates(step: ReminderStep, language: Language): { subject: string; message: string } {
  const words = defaults[timingOf(step.days)];
  const written = (key: MessageKey) => textIn(language, key, placeholdersAsWritten(envelopePlaceholders));
  return { subject: step.subject ?? written(words.subject), message: step.message ?? written(words.message) };
}
