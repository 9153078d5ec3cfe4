/** Words for making and expiring Clio Payments links, as the background reports them. */
export const linksText = {
  'links.payments_off':
    'Clio Payments is not turned on for any of the firm’s bank accounts. Turn it on in Clio, then try again.',
  'links.no_account':
    '{purpose, select, trust {No trust account has Clio Payments turned on, and a trust request is paid into trust.} other {No operating account has Clio Payments turned on, and an invoice is paid into operating.}}',
  'links.currency_mismatch':
    'These bills are in {currency}, but the firm’s {purpose, select, trust {trust} other {operating}} accounts with Clio Payments take {accepted}. A link is paid in its account’s currency.',
  'links.not_synced': 'Remit has not synced some of these bills yet. Sync, then try again.',
  'links.bills_deleted': 'Clio no longer has some of these bills: they were deleted.',
  'links.no_such_client': 'Remit has no such client in its cache.',
  'links.batch_in_progress': 'A payment link for these bills is being made already.',
  'links.lost_track': 'Remit lost track of the link.',
  'links.not_made_earlier': 'The link was not made.',
  'links.others_expired': '{reason} The other link was expired again: none was made.',
  'links.made_unreadable_id':
    'Clio said it made the link but sent nothing Remit could read. Check the bill’s payment links in Clio before making another.',
  'links.made_unreadable':
    'Clio made the link but sent it in a form Remit could not read, so Remit expired it again.',
  'links.forbidden':
    'Clio did not let Remit make payment links. Clio Payments must be on for the firm, and Remit’s Clio app needs the Clio Payments and Accounting permissions (reconnect after adding them).',
  'links.clio_refused': 'Clio did not make the link: {clioMessage}',
  'links.unreachable': 'Clio could not be reached, so no link was made. Try again.',
  'links.clio_refused_expiry': 'Clio did not expire the link: {clioMessage}',
  'links.choose_a_bill': 'Choose at least one bill.',
  'links.too_many_bills': 'A payment link can cover at most {max} bills; {count} are chosen.',
  'links.several_clients':
    'These bills belong to several clients. A payment link pays one client’s bills: choose bills of one client.',
  'links.bill_not_payable':
    'Bill {number} {reason, select, nothing_to_pay {has nothing left to pay} paying_online {is being paid in full through Clio Payments: the payment is still clearing} paid {is already paid} void {was voided} deleted {was deleted} draft {is a draft: approve it in Clio first} awaiting_approval {is awaiting approval: approve it in Clio first} other {is {state}}}.',
  'links.partial_needs_one_bill': 'Only a link for one bill can be for part of its balance.',
  'links.amount_out_of_range': 'The amount must be more than zero and no more than the outstanding balance.',
  'links.amount_other_currency': '“{typed}” is not an amount in {currency}. Write it as {example}.',
  'links.amount_not_positive': 'Enter an amount more than zero.',
  'links.amount_unreadable': '“{typed}” is not an amount. Write it as {example}.',
  'links.amount_ambiguous': '“{typed}” could be read two ways. Write it as {example}.',
  'links.amount_too_many_decimals':
    '{digits, plural, =0 {{currency} has no decimals. Write it as {example}.} other {{currency} has at most # decimals. Write it as {example}.}}',
  'links.amount_too_large': 'That amount is too large.',
  'links.days_out_of_range': 'A link stays open for 1 to {max} days: Clio allows no longer.',
  'links.purpose': '{purpose, select, trust {Trust requests} other {Invoices}}',
  'links.description': '{count, plural, one {Payment of one bill} other {Payment of # bills}}',
} as const;
