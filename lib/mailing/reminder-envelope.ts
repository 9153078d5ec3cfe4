import type { ReminderMark } from '../db/records/reminder';
import type { Language } from '../i18n/languages';
import type { ReminderStep } from '../reminders/cadence';
import { stepTemplates } from '../reminders/reminder-text';
import type { NewEnvelope } from './envelopes';

/**
 * An envelope of reminders: its bills keep the step each reminds at, and the envelope goes with the
 * furthest step's words and channel (email only where the client has an address; else the portal).
 * An envelope none of whose bills has a reminder due stays as it was.
 */
export function asReminder(
  envelope: NewEnvelope,
  steps: ReadonlyMap<number, ReminderStep>,
  language: Language,
): NewEnvelope {
  const reminders: Record<number, ReminderMark> = {};
  let furthest: ReminderStep | undefined;
  for (const billId of envelope.billIds) {
    const step = steps.get(billId);
    if (!step) continue;
    reminders[billId] = { stepId: step.id, stepDays: step.days };
    if (!furthest || step.days > furthest.days) furthest = step;
  }
  if (!furthest) return envelope;
  const email = furthest.channel !== 'portal' && envelope.email;
  return {
    ...envelope,
    ...stepTemplates(furthest, language),
    email,
    portal: furthest.channel !== 'email' || !email,
    reminders,
  };
}
