import type { BillState } from '../clio/schemas';

/** Why Clio would not send a bill in this state, or null when it can be sent. */
export function whyNotSendable(state: BillState): string | null {
  switch (state) {
    case 'awaiting_payment':
    case 'paid':
      return null;
    case 'draft':
      return 'This bill is a draft: approve it in Clio before sending it.';
    case 'awaiting_approval':
      return 'This bill is awaiting approval: approve it in Clio before sending it.';
    case 'void':
      return 'This bill was voided, so it cannot be sent.';
    case 'deleted':
      return 'This bill was deleted, so it cannot be sent.';
  }
}
