/** Words for a send to Clio’s portal or by email: where it is, and why it was not sent. */
export const sendText = {
  'send.sending': 'Sending through Clio’s Send dialog…',
  'send.pressed': 'Send bill pressed in Clio; waiting for Clio…',
  'send.submitted': 'Sent in Clio; confirming with Clio…',
  'send.confirmed': 'Sent, and confirmed by Clio {ago}',
  'send.send_again': 'You can send it again.',
  'send.unconfirmed_checking': 'Not confirmed yet: Clio does not show the send so far',
  'send.unconfirmed_checking_detail': 'Remit keeps looking, and says so here once Clio shows it.',
  'send.unconfirmed': 'Send not confirmed',
  'send.unconfirmed_check_failed':
    'Clio could not be asked: {reason} Check the bill in Clio before sending it again.',
  'send.unconfirmed_not_shown':
    'Clio does not show the send. Check the bill in Clio before sending it again.',
  'send.not_sent_clio_refused': 'Not sent: {clioMessage}',
  'send.not_sent_clio_refused_silently': 'Not sent: Clio refused the send without saying why.',
  'send.not_sent_tab_closed':
    'Not sent: the Clio tab closed, reloaded or moved on before Send bill was pressed.',
  'send.not_sent_page_changed': 'Not sent: Clio’s page changed; Remit could not find {element}.',
  'send.not_sent_page_changed_unnamed':
    'Not sent: Clio’s page changed; Remit could not find what it needs on it.',
  'send.not_sent_unavailable': 'Not sent: Clio did not offer Send for this bill just now.',
  'send.not_sent_remit_stopped': 'Not sent: Remit stopped before Send bill was pressed.',
  'send.not_sent_link_failed': 'Not sent: its envelope’s payment link could not be made. {reason}',
  'send.not_sent': 'Not sent: nothing was sent.',
  'send.notice_sent_title': 'Bill {billNumber} sent',
  'send.notice_sent_portal': 'Clio shows it shared to the client portal.',
  'send.notice_sent': 'Clio shows it sent.',
  'send.notice_not_sent_title': 'Bill {billNumber} not sent',
  'send.notice_unconfirmed_title': 'Bill {billNumber}: send not confirmed yet',
  'send.notice_unconfirmed_checking':
    'Clio does not show the send so far. Remit keeps looking; check the bill in Clio before sending it again.',
} as const;
