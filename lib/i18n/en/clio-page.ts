/**
 * Parts of Clio’s own page that Remit relies on, named as a user reads them when one is missing
 * (“Remit could not find …”): each a noun phrase that fits in such a sentence.
 */
export const clioPageText = {
  'clio_page.element_missing': 'Clio’s page changed; Remit could not find {element}.',
  'clio_page.bill_summary': 'the bill’s summary (total, paid, balance)',
  'clio_page.bills_list_header': 'the heading of the bills list',
  'clio_page.send_button': 'the bill’s Send button',
  'clio_page.send_dialog': 'Clio’s Send bill dialog',
  'clio_page.portal_toggle': 'the “Share via Clio for Clients” switch in the Send dialog',
  'clio_page.email_toggle': 'the “Send via email” switch in the Send dialog',
  'clio_page.subject_field': 'the email subject in the Send dialog',
  'clio_page.message_field': 'the message box in the Send dialog',
  'clio_page.send_bill_button': 'the Send bill button in the Send dialog',
  'clio_page.send_dialog_cancel': 'the Cancel button of the Send dialog',
  'clio_page.send_dialog_error': 'the error notice in the Send dialog',
} as const;
