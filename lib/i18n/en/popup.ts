/** Words of the toolbar popup: the receivables at a glance and what needs chasing. */
export const popupText = {
  'popup.loading': 'Loading…',
  'popup.reminders': 'Reminders',
  'popup.reminders_due':
    '{count, plural, one {{shown} reminder due today} other {{shown} reminders due today}}',
  'popup.reminders_review': 'Review and send reminders…',
  'popup.figures_unreadable': 'Remit could not read its figures.',
  'popup.reconnect_needed':
    'Clio no longer accepts Remit’s sign-in. The figures below are from the last sync. Reconnect to Clio to bring them up to date.',
  'popup.reconnect': 'Reconnect to Clio',
  'popup.sync': 'Sync',
  'popup.first_sync_pending':
    'The figures appear here once Remit has read the bills awaiting payment, the first part of the first sync.',
  // The user's name follows in its own emphasised element.
  'popup.connected_as': 'Connected as',
  'popup.settings': 'Settings',
  'popup.send_all': 'Send all',
  'popup.open_send_all': 'Open Send all',
  'popup.get_started': 'Get started',
  'popup.not_connected': 'Remit is not connected to Clio yet.',
  'popup.first_run_explained':
    'Once connected, this shows what clients owe, what they paid, how old the unpaid bills are and what needs chasing. Connecting takes your firm’s Clio app: its client id and secret.',
  'popup.connect': 'Connect to Clio',
  'popup.nothing_outstanding': 'Nothing is awaiting payment.',
  'popup.paid_in': 'Paid in',

  'popup.receivables_in': 'Receivables in {currency}',
  // The trust sentence holds the amount in its own element: the words before it and after it.
  'popup.trust_before_amount': 'Trust requests, kept apart from receivables:',
  'popup.trust_after_amount':
    'awaiting payment on {count, plural, one {{shown} request} other {{shown} requests}}.',
  'popup.receivables_note':
    'Receivables are bills awaiting payment, trust requests left out. Paid counts payments applied to those bills by payment date, voided ones left out.',

  'popup.figure_outstanding': 'Outstanding',
  'popup.figure_outstanding_counts':
    '{count, plural, one {{shown} unpaid bill} other {{shown} unpaid bills}}',
  'popup.figure_overdue': 'Overdue',
  'popup.figure_overdue_counts': '{count, plural, one {{shown} bill} other {{shown} bills}} past due',
  'popup.figure_paid_this_month': 'Paid, this month',
  'popup.figure_paid_last_30_days': 'Paid, last 30 days',
  'popup.figure_paid_this_year': 'Paid, this year',
  'popup.figure_paid_counts': 'applied since {date}',
  'popup.figure_still_reading': 'Still reading',
  'popup.figure_paid_reading': 'counted once the payments are read',
  'popup.figure_pending': 'Pending',
  'popup.figure_pending_counts':
    'card payments in flight on {count, plural, one {{shown} bill} other {{shown} bills}}',

  'popup.aging_caption': 'Aging by days past due',
  'popup.aging_age': 'Age',
  'popup.aging_share': 'Share of outstanding',
  'popup.aging_balance': 'Balance',
  'popup.aging_bills': 'Bills',
  'popup.aging_share_percent': '{percent}%',

  'popup.top_clients': 'Who owes most',
  'popup.no_client': 'No client',
  'popup.client_unpaid_bills': '{count, plural, one {{shown} unpaid bill} other {{shown} unpaid bills}}',
  'popup.client_unpaid_bills_since':
    '{count, plural, one {{shown} unpaid bill} other {{shown} unpaid bills}}, oldest due {date}',
  'popup.client_payment_link': 'Payment link…',
  'popup.client_payment_link_label': 'Payment link for {client}',
  'popup.unnamed_client_payment_link_label': 'Payment link for this client',

  'popup.needs_attention': 'Needs attention',
  'popup.nothing_needs_attention': 'Nothing needs attention.',
  'popup.attention_bills': 'Overdue, not shared or not sent for 30 days',
  'popup.attention_review':
    '{count, plural, one {Review and send this bill…} other {Review and send these # bills…}}',
  'popup.attention_bills_shown': 'The {count} longest first.',
  'popup.attention_links': 'Payment links expiring within 7 days',
  'popup.attention_links_shown': 'The {count} soonest first.',
  'popup.attention_payments': 'Clio Payments to check',
  'popup.attention_payments_shown': 'The {count} newest first.',
  'popup.attention_more': '{count} more in Clio’s bills list',
  'popup.attention_bill': 'Bill {number}',
  'popup.attention_trust_request': 'Trust request {number}',
  'popup.bill_never_sent':
    '{overdue, plural, one {{overdueShown} day} other {{overdueShown} days}} overdue, never sent',
  'popup.bill_not_shared':
    '{overdue, plural, one {{overdueShown} day} other {{overdueShown} days}} overdue, not shared to the portal',
  'popup.bill_sent_long_ago':
    '{overdue, plural, one {{overdueShown} day} other {{overdueShown} days}} overdue, last sent {sent, plural, one {{sentShown} day} other {{sentShown} days}} ago',
  'popup.link_any_amount': 'any amount',
  'popup.link_expires': 'expires {moment}',
  'popup.payment_failed': 'Payment failed',
  'popup.payment_failed_at': 'Payment failed, {moment}',
  'popup.payment_to_allocate': 'Paid, waiting to be allocated in Clio',
  'popup.payment_to_allocate_at': 'Paid, waiting to be allocated in Clio, {moment}',
} as const;
