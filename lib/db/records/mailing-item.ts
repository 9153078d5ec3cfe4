import type { MessageKey } from '../../i18n/text';
import type { SendProblem } from './outbox-entry';
import type { ReminderMark } from './reminder';

/**
 * One bill of a mailing being sent: `waiting` its turn, `sending` (its send asked for; `sendId` names
 * the outbox entry once there is one), then `sent` (Send bill was pressed: the outbox confirms it),
 * `failed` (not sent), `skipped` (never tried: `reason` says why) or `cancelled`. Written before each
 * step, so a stopped worker never asks for a bill's send twice.
 */
export const mailingItemStates = ['waiting', 'sending', 'sent', 'failed', 'skipped', 'cancelled'] as const;
export type MailingItemState = (typeof mailingItemStates)[number];

export class MailingItemRecord {
  declare id: string;
  declare mailingId: string;
  declare envelopeId: string;
  declare billId: number;
  /** The order bills go in: envelope by envelope, each client's bills oldest due first. */
  declare position: number;
  declare state: MailingItemState;
  declare portal: boolean;
  declare email: boolean;
  /** The envelope's subject and message, filled for this client's bills when sending began. */
  declare subject: string;
  declare message: string;
  /**
   * While the envelope's payment link is still to be made: what the bills fill in, with subject and
   * message still templates, filled in one pass once the link is known (so a client named
   * "{payment_link}" stays a name). By placeholder name, as lib/mailing/envelope-text fills them.
   */
  declare valuesBeforeLink?: Record<string, string>;
  /** Owed when sending began: skipped if Clio shows it paid by its turn. */
  declare owedWhenChosen: boolean;
  /** Clio's balance when sending began (minor units): skipped if Clio shows another by its turn. */
  declare balanceWhenChosen?: number;
  /** The step it reminds at, when it goes as a reminder: its history is written when Send bill is pressed. */
  declare reminder?: ReminderMark;
  declare sendId: string | null;
  /** The Clio tab Remit opened for its send, closed once the send is done with it. */
  declare tabId: number | null;
  /** How many times its send was asked for: a send that never reached Send bill is tried again. */
  declare attempts: number;
  /** Why it was not sent, as for any send. */
  declare problem: SendProblem | null;
  /** Why it was skipped. */
  declare reason: MessageKey | null;
  declare updatedAt: number;
}
