/** Words of the options page: connecting to Clio, the sync, the messages sent with bills. */
export const optionsText = {
  'options.page_title': 'Remit for Clio: options',
  'options.connection_failed': 'Remit could not do that.',
  'options.connection': 'Connection',
  'options.language': 'Language',
  'options.language_hint': 'Remit’s words, figures and dates, on this browser.',
  // Each language is named in itself, whatever the page's language.
  'options.language_browser': 'The browser’s language ({language})',
  'options.language_en': 'English',
  'options.language_fr_ca': 'Français (Canada)',
  'options.language_not_saved': 'Remit could not keep this choice.',
  'options.client_language': 'Language of messages to clients',
  'options.client_language_hint':
    'The messages bills are sent with, until you write your own, and the amounts and dates filled into them.',
  'options.client_language_save': 'Save the language',
  'options.reconnect_needed':
    'Clio no longer accepts Remit’s sign-in. Cached figures are kept; reconnect to bring them up to date.',
  'options.reconnect': 'Reconnect to Clio',
  'options.disconnect': 'Disconnect',
  'options.revocation_pending':
    'Disconnected. Clio could not be reached to revoke Remit’s access, so Remit will revoke it as soon as Clio can be reached. Nothing of the firm’s is kept but what that needs.',
  'options.connected_as': 'Connected as',
  'options.firm': 'Firm',
  'options.region': 'Region',
  'options.sync': 'Sync',
  'options.sending': 'Sending',

  'options.connect_form': 'Connect to Clio',
  'options.connect_explained':
    'Remit connects through your firm’s own Clio developer app (Clio: Settings → Developer Applications). Register this redirect URI in it, exactly:',
  'options.redirect_uri': 'Redirect URI',
  'options.copy': 'Copy',
  'options.copied': 'Copied',
  'options.client_id': 'Client id',
  'options.client_secret': 'Client secret',
  'options.connect': 'Connect',
  'options.connecting': 'Connecting…',

  'options.owed_template': 'Message sent with bills',
  'options.owed_template_save': 'Save message',
  'options.settled_template': 'Message sent with paid bills',
  'options.settled_template_save': 'Save paid-bill message',
  'options.template_placeholders': '{placeholders} are filled in for each bill.',
  'options.settings_unreadable': 'Remit could not read its settings.',
  'options.template_invalid': 'This message cannot be saved.',
  'options.template_saved': 'Saved.',
  'options.envelope_templates': 'Subject and message of each client’s bills',
  'options.envelope_templates_explained':
    'A review of many bills puts each client’s bills in one envelope, which starts with this subject and message. Each envelope can still be changed before it goes.',
  'options.placeholders': 'Placeholders',
  'options.envelope_placeholder':
    '{name, select, client {The client’s name} bill_numbers {The numbers of the client’s bills in the envelope} total_outstanding {What is outstanding on them, per currency} oldest_due_date {The oldest due date among them} payment_link {The Clio Payments link made for the envelope, where the review asks for one; nothing otherwise} other {}}',
  'options.envelope_preview': 'Preview for a sample client',
  'options.sample_client': 'Example Client Ltd.',
  'options.envelope_templates_save': 'Save subject and message',
  'options.reminders': 'Reminders',
  'options.reminders_explained':
    'Remit counts reminders from each bill’s due date, and only for bills already sent and still owed. Each day it tells you which reach a step; nothing goes until you review them and press Send all. A bill sent by anyone in Clio is not reminded again within the days below.',
  'options.reminder_on': 'on',
  'options.reminder_off': 'off',
  'options.reminder_step_on': 'Send this reminder',
  'options.reminder_days': 'Days from the due date (before it when negative)',
  'options.reminder_channel': 'Send through',
  'options.reminder_channel_both': 'Client portal and email',
  'options.reminder_channel_portal': 'Client portal',
  'options.reminder_channel_email': 'Email (the portal where the client has no address)',
  'options.reminder_gap': 'Least days between two sends of a bill',
  'options.reminder_alongside_clio': 'Also remind clients whose own Clio reminders are on',
  'options.reminders_save': 'Save reminders',
  'options.template_not_saved': 'Remit could not save the message.',

  'options.set_aside': 'Set aside ({count})',
  'options.set_aside_explained':
    'These records from Clio did not read as Clio documents them, so they are left out of every figure.',
  'options.set_aside_list': 'Records set aside',
  'options.set_aside_no_id': '(no id)',
} as const;
