import type { ClioElement } from '@/lib/content/clio-element';

/** Clio's Send button on the bill page, and its Send bill dialog, as a person uses them. */
export const sendDialogElements = {
  sendButton: { name: 'sendButton', selector: '.bill-show .page-actions button', text: 'Send' },
  sendDialog: { name: 'sendDialog', selector: '[role="dialog"].send-bill-window' },
  portalToggle: {
    name: 'portalToggle',
    selector: '[role="dialog"] input[type="checkbox"][name="share_via_portal"]',
  },
  emailToggle: {
    name: 'emailToggle',
    selector: '[role="dialog"] input[type="checkbox"][name="send_via_email"]',
  },
  subjectField: { name: 'subjectField', selector: '[role="dialog"] input[name="subject"]' },
  messageField: { name: 'messageField', selector: '[role="dialog"] textarea[name="message"]' },
  sendBillButton: {
    name: 'sendBillButton',
    selector: '[role="dialog"] button[type="submit"]',
    text: 'Send bill',
  },
  sendDialogCancel: {
    name: 'sendDialogCancel',
    selector: '[role="dialog"] button[type="button"]',
    text: 'Cancel',
  },
  sendDialogError: { name: 'sendDialogError', selector: '[role="dialog"] [role="alert"]:not([hidden])' },
} satisfies Record<string, ClioElement>;
