/**
 * Every part of Clio's own page that Remit touches, in one place. Clio's DOM is not public: these were
 * written against the sandbox replica (tests/sandbox/web), which follows Clio's help pages. Each one is
 * tested against that replica; when the live page differs, this is the file to adjust.
 */
export interface ClioElement {
  selector: string;
  /** Only elements whose text is exactly this (buttons are told apart by their labels). */
  text?: string;
  /** Named in the message a user sees when the element is missing. */
  description: string;
}

export const clioPage = {
  billSummary: {
    selector: '.bill-show .bill-summary',
    description: 'the bill’s summary (total, paid, balance)',
  },
  sendButton: {
    selector: '.bill-show .page-actions button',
    text: 'Send',
    description: 'the bill’s Send button',
  },
  sendDialog: {
    selector: '[role="dialog"].send-bill-window',
    description: 'Clio’s Send bill dialog',
  },
  portalToggle: {
    selector: '[role="dialog"] input[type="checkbox"][name="share_via_portal"]',
    description: 'the “Share via Clio for Clients” switch in the Send dialog',
  },
  emailToggle: {
    selector: '[role="dialog"] input[type="checkbox"][name="send_via_email"]',
    description: 'the “Send via email” switch in the Send dialog',
  },
  messageField: {
    selector: '[role="dialog"] textarea[name="message"]',
    description: 'the message box in the Send dialog',
  },
  sendBillButton: {
    selector: '[role="dialog"] button[type="submit"]',
    text: 'Send bill',
    description: 'the Send bill button in the Send dialog',
  },
  sendDialogCancel: {
    selector: '[role="dialog"] button[type="button"]',
    text: 'Cancel',
    description: 'the Cancel button of the Send dialog',
  },
  sendDialogError: {
    selector: '[role="dialog"] [role="alert"]:not([hidden])',
    description: 'the error notice in the Send dialog',
  },
} satisfies Record<string, ClioElement>;

export type ClioElementName = keyof typeof clioPage;

/** The name an element has in this module, which is what a send's problem records. */
export function elementName(target: ClioElement): ClioElementName | undefined {
  return (Object.keys(clioPage) as ClioElementName[]).find((name) => clioPage[name] === target);
}

/** The element on the page now, if there is one. */
export function queryClio<E extends Element = HTMLElement>(
  target: ClioElement,
  root: ParentNode = document,
): E | null {
  for (const element of root.querySelectorAll<E>(target.selector)) {
    if (target.text === undefined || element.textContent?.trim() === target.text) return element;
  }
  return null;
}
