import type { ClioElement } from '@/lib/content/clio-element';

/**
 * Clio's Send button on the bill page, and its Send bill dialog, as a person uses them. The dialog's
 * parts are found by role and field name, the same in every language; the buttons have no such mark,
 * so each carries its label in English and in Clio's French.
 */
export const sendDialogElements = {
  sendButton: {
    name: 'sendButton',
    selector: '.bill-show .page-actions button',
    labels: { en: 'Send', fr: 'Envoyer' },
  },
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
    labels: { en: 'Send bill', fr: 'Envoyer la facture' },
  },
  sendDialogCancel: {
    name: 'sendDialogCancel',
    selector: '[role="dialog"] button[type="button"]',
    labels: { en: 'Cancel', fr: 'Annuler' },
  },
  sendDialogError: { name: 'sendDialogError', selector: '[role="dialog"] [role="alert"]:not([hidden])' },
} satisfies Record<string, ClioElement>;
