/** Where a reminder goes: Clio's portal, the client's email, or both. */
export const reminderChannels = ['portal', 'email', 'both'] as const;
export type ReminderChannel = (typeof reminderChannels)[number];

/** A bill of a mailing that goes as a reminder: the step it reminds at, as the step stood then. */
export interface ReminderMark {
  stepId: string;
  stepDays: number;
}

/**
 * One reminder of one bill, written in the same transaction as the bill's step of a Send all that
 * pressed Send bill for it. Kept through a disconnect (reminders are the firm's record, not a cache of
 * Clio's), under the Clio account they went out from.
 */
export class ReminderRecord {
  /** The outbox send that carried it. */
  declare id: string;
  /** The Clio account: its region and user, as a connection names them. */
  declare account: string;
  declare billId: number;
  declare stepId: string;
  /** The step's days from the due date when it was sent. */
  declare stepDays: number;
  /** The firm's calendar day it was sent. */
  declare on: string;
  declare channel: ReminderChannel;
  /** `sent` once Send bill was pressed; `confirmed` once Clio's API shows it; `failed` when Clio refused it. */
  declare state: 'sent' | 'confirmed' | 'failed';
  declare at: number;
}
