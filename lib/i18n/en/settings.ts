/** Words of the messages a bill is sent with: the defaults, and what a template may not say. */
export const settingsText = {
  'settings.default_owed_message':
    'Dear {client},\n\nPlease find bill {bill_number} for {balance}, due {due_date}. You can view and pay it in the client portal.\n\nThank you.',
  'settings.default_settled_message':
    'Dear {client},\n\nPlease find bill {bill_number} for {total}, paid in full, for your records. There is nothing to pay.\n\nThank you.',
  'settings.settled_mentions_owed':
    'A bill with nothing left to pay has no balance or due date to mention: remove {balance} and {due_date}.',
} as const;
