import type { BillState } from '../clio/schemas';
import type { MessageKey } from '../i18n/text';

/** Why Clio would not send a bill in this state, or null when it can be sent. */
export function whyNotSendable(state: BillState): MessageKey | null {
  switch (state) {
    case 'awaiting_payment':
    case 'paid':
      return null;
    case 'draft':
      return 'outbox.draft';
    case 'awaiting_approval':
      return 'outbox.awaiting_approval';
    case 'void':
      return 'outbox.void';
    case 'deleted':
      return 'outbox.deleted';
  }
}
