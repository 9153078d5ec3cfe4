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
  /** The envelope's subject and message: its templates until its first turn, then filled. */
  declare subject: string;
  declare message: string;
  /**
   * Subject and message are still the envelope's templates: they are filled in one pass at the
   * envelope's first turn, for its bills that go as Clio shows them then, with its payment link.
   */
  declare textIsTemplate?: boolean;
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
