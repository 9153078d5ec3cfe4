import type { SendState } from '../db/records/outbox-entry';

/** A send that may still press Send bill: a second request for the bill joins it, never sends again. */
export const PRESSING: readonly SendState[] = ['queued', 'in_dialog', 'pressed'];

export function mayStillPress(send: { state: SendState }): boolean {
  return PRESSING.includes(send.state);
}

/** Whether Remit still asks Clio, by itself, whether this send went through. */
export function isChecking(send: { state: SendState; nextCheckAt: number | null }): boolean {
  return send.state === 'pressed' || (send.state === 'unconfirmed' && send.nextCheckAt !== null);
}

/** Whether the send still moves on its own, so a page showing it follows it. */
export function isUnderWay(send: { state: SendState; checking: boolean }): boolean {
  return mayStillPress(send) || (send.state === 'unconfirmed' && send.checking);
}
