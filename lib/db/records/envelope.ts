import type { ReminderMark } from './reminder';

/**
 * What one client receives in a mailing: their bills, sent through the channels chosen, with one
 * subject and one message. Subject and message are templates: their placeholders are filled when the
 * envelope is shown or sent, so leaving a bill out changes the bill numbers and the amount in them.
 */
export class EnvelopeRecord {
  declare id: string;
  declare mailingId: string;
  /** The order the review lists envelopes in: by client name. */
  declare position: number;
  declare clientId: number | null;
  declare clientName: string | null;
  /** Oldest due first, as a client reads them. */
  declare billIds: number[];
  declare portal: boolean;
  declare email: boolean;
  declare subject: string;
  declare message: string;
  /**
   * A Clio Payments link goes with the envelope, made just before its first bill is sent (absent in
   * envelopes from before links could go with one).
   */
  declare paymentLink?: boolean;
  /** For a reminder: the step each bill reminds at, by bill id (absent for bills sent, not reminded). */
  declare reminders?: Record<number, ReminderMark>;
  /** The batch of link requests made for it, written before the first: a restart finishes that batch. */
  declare linkBatchId?: string | null;
}
