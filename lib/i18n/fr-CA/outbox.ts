import type { outboxText as english } from '../en/outbox';

/** Words for sends the background refuses or starts, from panel or context menu, in Canadian French. */
export const outboxText: Record<keyof typeof english, string> = {
  'outbox.from_bill_page': 'Les envois se font à partir de la page d’une facture dans Clio.',
  'outbox.choose_channel': 'Choisissez le portail client, le courriel, ou les deux.',
  'outbox.still_checking':
    'Remit cherche encore dans Clio le dernier envoi de cette facture. Vérifiez la facture dans Clio avant de l’envoyer de nouveau.',
  'outbox.draft': 'Cette facture est un brouillon\u00a0: approuvez-la dans Clio avant de l’envoyer.',
  'outbox.awaiting_approval':
    'Cette facture est en attente d’approbation\u00a0: approuvez-la dans Clio avant de l’envoyer.',
  'outbox.void': 'Cette facture a été annulée et ne peut donc pas être envoyée.',
  'outbox.paid_since_chosen': 'Plus rien n’est dû sur cette facture\u00a0: elle n’a pas été envoyée.',
  'outbox.changed_since_chosen':
    'Clio indique un autre montant dû sur cette facture depuis qu’elle a été choisie\u00a0: elle n’a pas été envoyée, afin que son message n’indique pas un montant erroné.',
  'outbox.deleted': 'Cette facture a été supprimée et ne peut donc pas être envoyée.',
  'outbox.tab_not_opened': 'Le navigateur n’a pas ouvert la facture.',
  'outbox.menu_title': 'Envoyer au portail client',
  'outbox.not_a_bill_title': 'Ce n’est pas une facture',
  'outbox.not_a_bill':
    'Remit n’envoie que des factures\u00a0: dans Clio, cliquez avec le bouton droit sur une facture ou sur un lien vers une facture.',
  'outbox.not_sent_title': 'Non envoyée',
  'outbox.could_not_send': 'Remit n’a pas pu envoyer cette facture.',
};
