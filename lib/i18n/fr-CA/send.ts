import type { sendText as english } from '../en/send';

/** Words for a send to Clio’s portal or by email (where it is, why it was not sent), in Canadian French. */
export const sendText: Record<keyof typeof english, string> = {
  'send.sending': 'Envoi en cours dans la boîte de dialogue d’envoi de Clio…',
  'send.pressed': 'Bouton «\u00a0Envoyer la facture\u00a0» cliqué dans Clio; en attente de Clio…',
  'send.submitted': 'Envoyée dans Clio; confirmation auprès de Clio…',
  'send.confirmed': 'Envoyée et confirmée par Clio {ago}',
  'send.send_again': 'Vous pouvez l’envoyer de nouveau.',
  'send.unconfirmed_checking': 'Pas encore confirmée\u00a0: Clio n’affiche pas l’envoi pour l’instant',
  'send.unconfirmed_checking_detail':
    'Remit continue de chercher et l’indiquera ici dès que Clio affichera l’envoi.',
  'send.unconfirmed': 'Envoi non confirmé',
  'send.unconfirmed_check_failed':
    'Impossible d’interroger Clio\u00a0: {reason} Vérifiez la facture dans Clio avant de l’envoyer de nouveau.',
  'send.unconfirmed_not_shown':
    'Clio n’affiche pas l’envoi. Vérifiez la facture dans Clio avant de l’envoyer de nouveau.',
  'send.not_sent_clio_refused': 'Non envoyée\u00a0: {clioMessage}',
  'send.not_sent_clio_refused_silently': 'Non envoyée\u00a0: Clio a refusé l’envoi sans en donner la raison.',
  'send.not_sent_tab_closed':
    'Non envoyée\u00a0: l’onglet Clio a été fermé, rechargé ou a changé de page avant le clic sur «\u00a0Envoyer la facture\u00a0».',
  'send.not_sent_page_changed':
    'Non envoyée\u00a0: la page de Clio a changé; Remit n’a pas trouvé {element}.',
  'send.not_sent_page_changed_unnamed':
    'Non envoyée\u00a0: la page de Clio a changé; Remit n’y a pas trouvé ce dont il a besoin.',
  'send.not_sent_unavailable':
    'Non envoyée\u00a0: Clio n’offrait pas l’option d’envoi pour cette facture à ce moment-là.',
  'send.not_sent_remit_stopped':
    'Non envoyée\u00a0: Remit s’est arrêté avant le clic sur «\u00a0Envoyer la facture\u00a0».',
  'send.not_sent_link_failed':
    'Non envoyée\u00a0: le lien de paiement de son enveloppe n’a pas pu être créé. {reason}',
  'send.not_sent': 'Non envoyée\u00a0: rien n’a été envoyé.',
  'send.notice_sent_title': 'Facture {billNumber} envoyée',
  'send.notice_sent_portal': 'Clio indique qu’elle a été partagée sur le portail client.',
  'send.notice_sent': 'Clio indique qu’elle a été envoyée.',
  'send.notice_not_sent_title': 'Facture {billNumber} non envoyée',
  'send.notice_unconfirmed_title': 'Facture {billNumber}\u00a0: envoi pas encore confirmé',
  'send.notice_unconfirmed_checking':
    'Clio n’affiche pas encore l’envoi. Remit continue de chercher; vérifiez la facture dans Clio avant de l’envoyer de nouveau.',
};
