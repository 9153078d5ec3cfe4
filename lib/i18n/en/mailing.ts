/** Words of a mailing: the chosen bills reviewed as one envelope per client, then sent. */
export const mailingText = {
  'mailing.nothing_chosen': 'Choose at least one bill to review.',
  'mailing.run_under_way': 'Bills are being sent: pause and cancel that run before starting another.',
  'mailing.not_in_review': 'This review is already being sent, or was discarded.',
  'mailing.envelope_gone':
    'This envelope is no longer in the review. It may have been sent or removed in another window.',
  'mailing.bill_gone': 'No longer among Clio’s bills: it will be left out.',
  'mailing.nothing_owed': 'Nothing is owed on this bill.',
  'mailing.no_client': 'This bill has no client in Clio: there is no one to send it to.',
  'mailing.no_channel': 'Choose the portal, email or both.',
  'mailing.no_email_address': 'This client has no email address in Clio: email cannot reach them.',

  'mailing.heading': 'Review before sending',
  'mailing.summary':
    '{envelopes, plural, one {# envelope} other {# envelopes}} with {count, plural, one {{shown} bill} other {{shown} bills}}',
  'mailing.loading': 'Loading the review…',
  'mailing.none': 'No review is under way. Choose bills and review them.',
  'mailing.unreadable': 'Remit could not read the review.',
  'mailing.not_saved': 'Remit could not save this change.',
  'mailing.back_to_bills': 'Back to the bills',
  'mailing.discard': 'Discard this review',
  'mailing.start': '{count, plural, one {Review {shown} bill} other {Review {shown} bills}}',
  'mailing.starting': 'Preparing the review…',
  'mailing.back_to_mailing':
    '{state, select, review {Continue the review under way} sending {Follow the bills being sent} paused {Back to the paused sending} other {See the last sending’s report}}',
  'mailing.replaces': 'Reviewing other bills replaces it.',
  'mailing.run': 'Sending',

  'mailing.envelope_for': 'Envelope for {client}',
  'mailing.bill_count': '{count, plural, one {{shown} bill} other {{shown} bills}}',
  'mailing.outstanding': '{amount} outstanding',
  'mailing.warning_count': '{count, plural, one {{shown} warning} other {{shown} warnings}}',
  'mailing.warnings': 'Warnings',
  'mailing.bills_gone':
    '{count, plural, one {{shown} bill chosen is no longer among Clio’s bills: it will be left out.} other {{shown} bills chosen are no longer among Clio’s bills: they will be left out.}}',
  'mailing.by_portal_and_email': 'Portal and email',
  'mailing.by_portal': 'Portal',
  'mailing.by_email': 'Email',
  'mailing.by_nothing': 'No channel chosen',
  'mailing.leave_out_envelope': 'Leave out {client}',
  'mailing.leave_out_bill': 'Leave out {number}',
  'mailing.snooze_bill': '{days, plural, one {Snooze {number} # day} other {Snooze {number} # days}}',
  'mailing.bills_of': 'Bills for {client}',
  'mailing.column_note': 'Note',
  'mailing.reminder_at': 'Reminder: {step}',
  'mailing.reminder_held_back':
    'Not reminded: since the review began, its client is no longer reminded, Clio reminds them, or the bill was snoozed.',
  'mailing.reminder_paying_online':
    'Not reminded: the client is paying all of it through Clio Payments, and the payment is still clearing.',
  'mailing.reminder_no_longer_due':
    'Not reminded: no reminder of it is due today any more. Since the review began, it was sent or reminded, or its due date or the reminders’ steps changed.',
  'mailing.column_leave_out': 'Leave out',
  'mailing.channel': 'Send through',
  'mailing.channel_portal': 'Client portal',
  'mailing.channel_email': 'Email',
  'mailing.channel_email_to': 'Email to {address}',
  'mailing.placeholders_hint':
    '{client}, {bill_numbers}, {total_outstanding}, {oldest_due_date} and {payment_link} are filled in for this client.',
  'mailing.subject': 'Email subject',
  'mailing.message': 'Message',

  'mailing.preview': 'What Clio’s Send dialog will get, bill by bill',
  'mailing.preview_bill': 'Bill {number}',
  'mailing.preview_on': 'Shared to the portal',
  'mailing.preview_off': 'Not used',
  'mailing.preview_email_to': 'Sent to {address}',
  'mailing.preview_skipped': 'Not sent: {reason}',

  'mailing.send_all':
    '{count, plural, one {Send {shown} bill through Clio} other {Send all {shown} bills through Clio}}',
  'mailing.send_all_explained':
    'Remit opens each bill in a Clio tab of its own, in the background, and fills in Clio’s Send dialog as you would. You can keep working meanwhile.',
  'mailing.progress':
    '{sent} of {total} sent, {confirmed} confirmed by Clio; {failed} failed, {skipped} skipped, {left} left',
  'mailing.state_sending': 'Sending…',
  'mailing.state_paused': 'Paused',
  'mailing.state_cancelled': 'Cancelled',
  'mailing.state_done': 'Finished',
  'mailing.pause': 'Pause',
  'mailing.resume': 'Resume',
  'mailing.look_first': 'Look first',
  'mailing.interrupted_title': 'Send all is paused',
  'mailing.interrupted':
    '{count, plural, one {{shown} bill is} other {{shown} bills are}} still to send. The browser or Remit restarted mid-run: nothing more goes until you resume.',
  'mailing.paused_because': 'Remit paused the sending: {reason} Nothing more goes until you resume.',
  'mailing.paused_by_restart': 'The browser or Remit restarted mid-run.',
  'mailing.stopped_unexpectedly': 'Something went wrong that Remit did not expect.',
  'mailing.cancel': 'Cancel the rest',
  'mailing.send_failed_again': 'Send the failed again',
  'mailing.close_report': 'Close this report',
  'mailing.not_sent_heading': 'Not sent',
  'mailing.column_status': 'Status',
  'mailing.status_waiting': 'Waiting its turn',
  'mailing.status_skipped': 'Skipped: {reason}',
  'mailing.status_cancelled': 'Cancelled before it was sent',
  'mailing.report_line': 'Bill {number}, {client}: {status}',

  'mailing.payment_link': 'Payment link',
  'mailing.payment_link_choice': 'Add a Clio Payments link',
  'mailing.payment_link_explained':
    'Remit makes it just before this envelope’s first bill is sent, and puts it where the subject or message says {payment_link}. Trust requests get a link of their own.',
  'mailing.payment_link_line': 'You can pay online: {payment_link}',
  'mailing.payment_link_stand_in': '[Clio Payments link, made when this envelope is sent]',
  'mailing.payment_link_missing':
    'The subject and message do not say {payment_link}: no link will be made for this envelope.',
  'mailing.payment_link_for': '{purpose, select, trust {Trust request} other {Invoices}}: {url}',
  'mailing.payment_link_for_currency':
    '{purpose, select, trust {Trust request} other {Invoices}} in {currency}: {url}',
  'mailing.link_nothing_to_pay': 'No bill in this envelope has anything left to pay: no link can be made.',
  'mailing.link_no_address':
    'Clio gave no address on its own site for the link, so it cannot go in a message.',
} as const;
