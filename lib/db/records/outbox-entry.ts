import type { Text } from '../../i18n/text';

/**
 * A send's path: `queued` (asked for), `in_dialog` (Clio's Send dialog is being filled in its tab),
 * `pressed` (written the moment before Send bill is pressed: from here Remit only confirms), then
 * `confirmed` (Clio's API shows it), `unconfirmed` (not seen yet; Remit keeps looking), or `failed`
 * (nothing was sent).
 */
export const sendStates = ['queued', 'in_dialog', 'pressed', 'confirmed', 'unconfirmed', 'failed'] as const;
export type SendState = (typeof sendStates)[number];

/** Why a send was not sent or not seen, as a code the UI words; Clio's own words where it gave some. */
export const sendProblemCodes = [
  /** Clio's dialog showed an error: `clioMessage` holds it. */
  'clio_refused',
  /** The Clio tab closed, reloaded or stopped answering before Send bill was pressed. */
  'tab_closed',
  /** Clio's page lacks an element Remit needs: `element` names it. */
  'page_changed',
  /** Clio did not offer Send, or kept Send bill disabled, for this bill. */
  'send_unavailable',
  /** Remit's worker stopped before Send bill was pressed. */
  'remit_stopped',
  /** Not sent, for a reason recorded before the codes above existed. */
  'not_sent',
  /** Clio's API does not show the send (yet). */
  'not_seen',
  /** Clio could not be asked whether the send went through: `reason` says why. */
  'check_failed',
  /** The payment link its envelope goes with could not be made, so it was not sent: `reason` says why. */
  'link_failed',
] as const;
export type SendProblemCode = (typeof sendProblemCodes)[number];

export interface SendProblem {
  code: SendProblemCode;
  /** Clio's own words, as its dialog showed them. */
  clioMessage?: string;
  element?: string;
  reason?: Text;
}

/**
 * A user's request to send a bill, kept until it is confirmed through the API or known not sent. The
 * state is written before each step, so a stopped worker or a reloaded page never repeats a step that
 * may have happened: from `pressed` on, Remit only confirms, never sends again.
 */
export class OutboxEntry {
  declare id: string;
  declare kind: 'send';
  declare billId: number;
  declare portal: boolean;
  declare email: boolean;
  /** The email's subject Remit types; absent where Clio's own is kept (and in sends before subjects). */
  declare subject?: string;
  declare message: string;
  /**
   * One of a bulk run's sends: looked for in Clio together with the others, a request for many bills,
   * instead of by looks of its own (absent for a single send).
   */
  declare confirmInBatch?: boolean;
  declare state: SendState;
  /** The bill as Clio had it before the send: confirmation looks for a later `last_sent_at`. */
  declare before: { shared: boolean; lastSentAt: string | null };
  /** The Clio tab that performs the send, while it does. */
  declare tabId: number | null;
  declare frameId: number;
  declare problem: SendProblem | null;
  /** When Send bill was pressed (just before). */
  declare pressedAt: number | null;
  /** When Clio closed its dialog after Send bill: sent, as far as the page can tell. */
  declare submittedAt: number | null;
  /** When Remit next asks Clio whether the send went through; null once it no longer asks by itself. */
  declare nextCheckAt: number | null;
  /** How many times Remit has asked Clio so far. */
  declare checks: number;
  declare createdAt: number;
  declare updatedAt: number;
}
