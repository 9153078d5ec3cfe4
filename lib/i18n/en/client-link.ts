/** Words of the page that makes one payment link for several of a client's bills. */
export const clientLinkText = {
  'client_link.page_title': 'Remit for Clio: one payment link for several bills',
  'client_link.no_client': 'Open this page from a client in Remit’s popup or from a bill’s panel.',
  'client_link.bills_not_loaded': 'Remit could not load this client’s bills.',
  'client_link.no_link_fits': 'No link fits.',
  'client_link.links_not_made': 'The links were not made.',
  // The client's name follows in its own isolated element.
  'client_link.heading_for': 'One payment link for',
  'client_link.heading_unnamed_client': 'One payment link for a client',
  'client_link.form': 'Payment link for several bills',
  'client_link.explained':
    'Choose up to {max} bills. Clio applies a payment through a client’s link to that client’s oldest unpaid bills first; trust requests and invoices get a link each.',
  'client_link.chosen': '{count, plural, one {# bill chosen} other {# bills chosen}}',
  'client_link.clear': 'Clear',
  'client_link.making': 'Making the links…',
  'client_link.create': '{count, plural, =0 {Create link} one {Create link} other {Create # links}}',

  'client_link.no_bills': 'This client has no bills awaiting payment in Remit’s cache.',
  'client_link.bills': 'Bills awaiting payment',
  'client_link.bill_column': 'Bill',
  'client_link.due_column': 'Due',
  'client_link.kind_column': 'Kind',
  'client_link.outstanding_column': 'Outstanding',
  'client_link.bill': 'Bill {number}',
  'client_link.trust_request': 'Trust request',
  'client_link.invoice': 'Invoice',

  'client_link.planned': '{purpose}, {amount} into {account}',
  'client_link.planned_numbered': 'Link {number} of {count}: {purpose}, {amount} into {account}',
  'client_link.settles_intro': 'A payment of {amount} settles, in this order:',
  'client_link.settled': '{purpose} settled',
  'client_link.settles_in_full': 'Bill {number}: {applied}, in full',
  'client_link.settles_in_full_due': 'Bill {number} (due {due}): {applied}, in full',
  'client_link.settles_partly': 'Bill {number}: {applied} of {balance}, partly',
  'client_link.settles_partly_due': 'Bill {number} (due {due}): {applied} of {balance}, partly',
  'client_link.not_oldest_invoices':
    'These are not the client’s oldest unpaid invoices. Clio applies a payment to the oldest first, so it settles the bills listed above, not only the ones chosen.',
  'client_link.not_oldest_trust':
    'These are not the client’s oldest unpaid trust requests. Clio applies a payment to the oldest first, so it settles the bills listed above, not only the ones chosen.',

  'client_link.made': '{count, plural, one {Payment link made} other {# payment links made}}',
  'client_link.made_link': '{purpose}: {amount} into {account}',
} as const;
