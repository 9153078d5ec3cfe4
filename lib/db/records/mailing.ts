/**
 * Bills chosen in the workspace on their way to clients: reviewed as one envelope per client, then
 * sent. Kept in IndexedDB from the moment the review starts, so a closed page or a stopped worker
 * loses none of the user's edits.
 */
import type { Text } from '../../i18n/text';

export const mailingStates = ['review', 'sending', 'paused', 'cancelled', 'done'] as const;
export type MailingState = (typeof mailingStates)[number];

export class MailingRecord {
  declare id: string;
  /**
   * `review` while envelopes are edited; `sending` while Send all runs; `paused` by the user, or when
   * the worker restarted mid-run (the user resumes it); `cancelled` or `done` once no bill is left.
   */
  declare state: MailingState;
  /** Why Remit paused the run by itself (Clio out of reach, a restart); null when the user paused it. */
  declare pausedBecause?: Text | null;
  declare createdAt: number;
  declare updatedAt: number;
}
