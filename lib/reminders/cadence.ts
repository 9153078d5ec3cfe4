import { z } from 'zod';
import { reminderChannels } from '../db/records/reminder';

export const reminderStep = z.object({
  /** Stable across edits of its days: the history names the step a reminder was. */
  id: z.string().min(1).max(40),
  /** Days from the bill's due date: negative before it, 0 on the day. */
  days: z.number().int().min(-90).max(730),
  on: z.boolean(),
  channel: z.enum(reminderChannels),
  /** Null while the firm keeps Remit's wording, which follows the clients' language. */
  subject: z.string().max(500).nullable(),
  message: z.string().max(5000).nullable(),
});
export type ReminderStep = z.infer<typeof reminderStep>;

export const reminderCadence = z.object({
  steps: z.array(reminderStep).min(1).max(12),
  /**
   * A bill sent or reminded fewer days ago than this is not reminded again, whoever sent it: Clio's
   * `last_sent_at` counts as much as Remit's own reminders.
   */
  minimumGapDays: z.number().int().min(0).max(90),
  /**
   * Clients for whom Clio's own reminders are on get Remit's too only when this is on: by default no
   * client gets two.
   */
  alongsideClioReminders: z.boolean(),
});
export type ReminderCadence = z.infer<typeof reminderCadence>;

const step = (days: number): ReminderStep => ({
  id: days < 0 ? `before-${-days}` : days === 0 ? 'due-day' : `after-${days}`,
  days,
  on: true,
  channel: 'both',
  subject: null,
  message: null,
});

/** 3 days before the due date, on the day, then 7, 14, 30 and 60 days after. */
export const defaultCadence: ReminderCadence = {
  steps: [-3, 0, 7, 14, 30, 60].map(step),
  minimumGapDays: 3,
  alongsideClioReminders: false,
};

/**
 * The last step stays due this many days after it is reached, for a week the computer was off; a
 * bill further gone than that is never reminded out of the blue (Clio's own reminders do, years on).
 */
export const LAST_STEP_GRACE_DAYS = 30;

/** The steps that are on, earliest first; of two on the same day, the first listed. */
export function stepsInOrder(cadence: ReminderCadence): ReminderStep[] {
  const seen = new Set<number>();
  return cadence.steps
    .filter((candidate) => candidate.on)
    .sort((a, b) => a.days - b.days)
    .filter((candidate) => !seen.has(candidate.days) && seen.add(candidate.days));
}
