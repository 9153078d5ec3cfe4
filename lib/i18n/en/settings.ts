/** Words of the messages a bill is sent with: the defaults, and what a template may not say. */
export const settingsText = {
  'settings.default_owed_message':
    'Dear {client},\n\nPlease find bill {bill_number} for {balance}, due {due_date}. You can view and pay it in the client portal.\n\nThank you.',
  'settings.default_settled_message':
    'Dear {client},\n\nPlease find bill {bill_number} for {total}, paid in full, for your records. There is nothing to pay.\n\nThank you.',
  'settings.default_envelope_subject': 'Bills {bill_numbers} for {client}',
  'settings.default_envelope_message':
    'Dear {client},\n\nPlease find bills {bill_numbers}: {total_outstanding} is outstanding, the oldest due {oldest_due_date}. You can view and pay them in the client portal.\n\nThank you.',
  'settings.client_unnamed': 'client',
  'settings.due_on_receipt': 'on receipt',
  'settings.settled_mentions_owed':
    'A bill with nothing left to pay has no balance or due date to mention: remove {balance} and {due_date}.',
} as const;
