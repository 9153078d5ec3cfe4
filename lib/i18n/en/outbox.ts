/** Words for sends the background refuses or starts: from the panel or the context menu. */
export const outboxText = {
  'outbox.from_bill_page': 'Sends start from a Clio bill page.',
  'outbox.choose_channel': 'Choose the client portal, email, or both.',
  'outbox.still_checking':
    'Remit is still looking in Clio for the last send of this bill. Check the bill in Clio before sending it again.',
  'outbox.draft': 'This bill is a draft: approve it in Clio before sending it.',
  'outbox.awaiting_approval': 'This bill is awaiting approval: approve it in Clio before sending it.',
  'outbox.void': 'This bill was voided, so it cannot be sent.',
  'outbox.paid_since_chosen': 'Nothing is owed on this bill any more: it was not sent.',
  'outbox.changed_since_chosen':
    'Clio shows another amount owed on this bill since it was chosen: it was not sent, so its message names no wrong amount.',
  'outbox.deleted': 'This bill was deleted, so it cannot be sent.',
  'outbox.tab_not_opened': 'The browser did not open the bill.',
  'outbox.menu_title': 'Send to client portal',
  'outbox.not_a_bill_title': 'Not a bill',
  'outbox.not_a_bill': 'Remit sends bills only: right-click a bill or a link to one in Clio.',
  'outbox.not_sent_title': 'Not sent',
  'outbox.could_not_send': 'Remit could not send this bill.',
} as const;
