import { type MessageKey, t } from '../i18n/text';

/**
 * Each part of Clio's own page that Remit relies on, by name, with the catalogue's words for it as a
 * user reads them when it is missing. The selectors live with the feature that uses them
 * (features/<feature>/selectors.ts); a send's problem records the name, so the background can say
 * what was missing without knowing the page.
 */
const clioElementKeys = {
  billSummary: 'clio_page.bill_summary',
  billsListHeader: 'clio_page.bills_list_header',
  sendButton: 'clio_page.send_button',
  sendDialog: 'clio_page.send_dialog',
  portalToggle: 'clio_page.portal_toggle',
  emailToggle: 'clio_page.email_toggle',
  subjectField: 'clio_page.subject_field',
  messageField: 'clio_page.message_field',
  sendBillButton: 'clio_page.send_bill_button',
  sendDialogCancel: 'clio_page.send_dialog_cancel',
  sendDialogError: 'clio_page.send_dialog_error',
} as const satisfies Record<string, MessageKey>;

export type ClioElementName = keyof typeof clioElementKeys;

export function describeClioElement(name: ClioElementName): string;
export function describeClioElement(name: string): string | undefined;
export function describeClioElement(name: string): string | undefined {
  return Object.hasOwn(clioElementKeys, name) ? t(clioElementKeys[name as ClioElementName]) : undefined;
}
