/** Reminders on a due-date cadence: their default words, the steps' names, and what the UI says of them. */
export const remindersText = {
  'reminders.default_subject_before': 'Reminder: bills {bill_numbers} are due {oldest_due_date}',
  'reminders.default_message_before':
    'Dear {client},\n\nA friendly reminder that bills {bill_numbers} for {total_outstanding} are due on {oldest_due_date}. You can view and pay them in the client portal.\n\nThank you.',
  'reminders.default_subject_due': 'Bills {bill_numbers} are due today',
  'reminders.default_message_due':
    'Dear {client},\n\nBills {bill_numbers} for {total_outstanding} are due today. You can view and pay them in the client portal.\n\nThank you.',
  'reminders.default_subject_after': 'Overdue: bills {bill_numbers}',
  'reminders.default_message_after':
    'Dear {client},\n\nOur records show {total_outstanding} outstanding on bills {bill_numbers}, due since {oldest_due_date}. If you have paid already, thank you, and please disregard this reminder. You can view and pay them in the client portal.\n\nThank you.',
  'reminders.step_before': '{days, plural, one {# day} other {# days}} before the due date',
  'reminders.step_due': 'On the due date',
  'reminders.step_after': '{days, plural, one {# day} other {# days}} after the due date',
  'reminders.notice_title':
    '{count, plural, one {# reminder due: review and send} other {# reminders due: review and send}}',
  'reminders.notice_message':
    'Bills reached a step of your reminder cadence today. Review them in Remit’s workspace, then Send all.',
  'reminders.no_client': 'This bill has no client in Clio, so there is no one to remind or not to remind.',
} as const;
