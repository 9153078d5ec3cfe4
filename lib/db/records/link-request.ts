import type { Text } from '../../i18n/text';

export const linkRequestStates = ['creating', 'created', 'failed'] as const;
export type LinkRequestState = (typeof linkRequestStates)[number];

/**
 * One Clio Payments link the user asked for, written before Clio is asked. Until Clio's answer is
 * stored, the request stays `creating`: a worker that stops in between looks for the link Clio may
 * have made before it asks again, so a lost answer never leaves two links for one request.
 */
export class LinkRequestRecord {
  declare id: string;
  /** Links asked for together (a trust request and invoices give two): all are made, or none. */
  declare batchId: string;
  declare subject: { type: 'Bill' | 'Contact'; id: number };
  /** The bills the link is meant to pay, in the order Clio applies the money. */
  declare billIds: number[];
  /** What the link pays (absent on requests from before it was kept). */
  declare purpose?: 'invoices' | 'trust';
  declare amount: number;
  declare currencyCode: string;
  declare accountId: number;
  declare durationSeconds: number;
  declare state: LinkRequestState;
  /** When Remit last asked Clio to make the link; null before it first did. */
  declare postedAt: number | null;
  declare linkId: number | null;
  /** Why the link was not made, once it failed. */
  declare detail: Text | null;
  declare createdAt: number;
}
