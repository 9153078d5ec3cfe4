import { isOwed } from '../bills/owed';
import type { CollectionBill } from '../collections/collection-bill';
import type { MessageKey } from '../i18n/text';
import { whyNotSendable } from '../outbox/sendable';

/**
 * Why a bill in an envelope will not go as the user may think: gone from Clio since it was chosen,
 * in a state Clio will not send, or with nothing left to ask for. Null when it is fine.
 */
export function billWarning(bill: CollectionBill | undefined): MessageKey | null {
  if (!bill) return 'mailing.bill_gone';
  return whyNotSendable(bill.state) ?? (isOwed(bill) ? null : 'mailing.nothing_owed');
}

/** What stops an envelope reaching its client as chosen: nobody to send to, or no way to reach them. */
export function envelopeWarnings(
  envelope: { clientId: number | null; portal: boolean; email: boolean },
  emailAddress: string | null,
): MessageKey[] {
  const warnings: MessageKey[] = [];
  if (envelope.clientId === null) warnings.push('mailing.no_client');
  if (!envelope.portal && !envelope.email) warnings.push('mailing.no_channel');
  if (envelope.email && emailAddress === null) warnings.push('mailing.no_email_address');
  return warnings;
}

/** Whether a bill in the review will reach Clio's Send dialog: only a state Clio sends in does. */
export function goesToClio(bill: { warning: MessageKey | null }): boolean {
  return bill.warning === null || bill.warning === 'mailing.nothing_owed';
}
