import type { clioPageText as english } from '../en/clio-page';

/**
 * Parts of Clio’s own page that Remit relies on, in Canadian French, named as a user reads them when
 * one is missing (« Remit n’a pas trouvé … »): each a noun phrase that fits in such a sentence.
 */
export const clioPageText: Record<keyof typeof english, string> = {
  'clio_page.element_missing': 'La page de Clio a changé; Remit n’a pas trouvé {element}.',
  'clio_page.bill_summary': 'le résumé de la facture (total, payé, solde)',
  'clio_page.bills_list_header': 'l’en-tête de la liste des factures',
  'clio_page.send_button': 'le bouton Envoyer de la facture',
  'clio_page.send_dialog': 'la boîte de dialogue d’envoi de facture de Clio',
  'clio_page.portal_toggle':
    'l’interrupteur de partage par Clio for Clients dans la boîte de dialogue d’envoi',
  'clio_page.email_toggle': 'l’interrupteur d’envoi par courriel dans la boîte de dialogue d’envoi',
  'clio_page.subject_field': 'l’objet du courriel dans la boîte de dialogue d’envoi',
  'clio_page.message_field': 'la zone de message dans la boîte de dialogue d’envoi',
  'clio_page.send_bill_button': 'le bouton d’envoi de la facture dans la boîte de dialogue d’envoi',
  'clio_page.send_dialog_cancel': 'le bouton Annuler de la boîte de dialogue d’envoi',
  'clio_page.send_dialog_error': 'le message d’erreur dans la boîte de dialogue d’envoi',
};
