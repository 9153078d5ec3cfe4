/**
 * Each part of Clio's own page that Remit relies on, by name, as a user reads it when it is missing.
 * The selectors live with the feature that uses them (features/<feature>/selectors.ts); a send's
 * problem records the name, so the background can say what was missing without knowing the page.
 */
export const clioElementDescriptions = {
  billSummary: 'the bill’s summary (total, paid, balance)',
  sendButton: 'the bill’s Send button',
  sendDialog: 'Clio’s Send bill dialog',
  portalToggle: 'the “Share via Clio for Clients” switch in the Send dialog',
  emailToggle: 'the “Send via email” switch in the Send dialog',
  messageField: 'the message box in the Send dialog',
  sendBillButton: 'the Send bill button in the Send dialog',
  sendDialogCancel: 'the Cancel button of the Send dialog',
  sendDialogError: 'the error notice in the Send dialog',
} as const;

export type ClioElementName = keyof typeof clioElementDescriptions;

export function describeClioElement(name: string): string | undefined {
  return Object.hasOwn(clioElementDescriptions, name)
    ? clioElementDescriptions[name as ClioElementName]
    : undefined;
}
