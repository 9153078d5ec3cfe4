/** Words the browser shows for Remit: in its list of extensions, menus and toolbar. */
export const extensionText = {
  'extension.name': 'Remit for Clio',
  'extension.description':
    'Payment status, portal sends and payment links for Clio bills, inside Clio Manage.',
  'extension.badge_overdue':
    '{count, plural, one {Remit for Clio: # overdue bill} other {Remit for Clio: # overdue bills}}',
  'extension.badge_sending':
    '{count, plural, one {Remit for Clio: Send all has {shown} bill still to send} other {Remit for Clio: Send all has {shown} bills still to send}}',
  'extension.badge_reminders':
    '{count, plural, one {Remit for Clio: # reminder due today} other {Remit for Clio: # reminders due today}}',
} as const;
