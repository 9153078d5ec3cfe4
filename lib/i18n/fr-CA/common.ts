import type { commonText as english } from '../en/common';

/** Mots pour ce qui tourne mal n’importe où : les messages de repli quand rien de plus précis n’est connu. */
export const commonText: Record<keyof typeof english, string> = {
  'common.internal_error': 'Une erreur interne s’est produite dans Remit.',
  'common.unknown_message': 'Message inconnu.',
  'common.invalid_request': 'Remit n’a pas pu lire cette requête\u00a0: {detail}',
  'common.page_failed': 'Remit a rencontré une erreur dans la page.',
  'common.background_unreachable':
    'Remit n’a pas pu joindre son service en arrière-plan. Rechargez la page et réessayez.',
  'common.refused_sender': 'Remit n’accepte pas cette requête à partir d’ici.',
  'common.refused_other_bill': 'Une page Clio ne peut interroger Remit que sur la facture qu’elle affiche.',
  'common.refused_other_clio':
    'Remit est connecté au Clio d’une autre région\u00a0: les factures de cette page ne sont pas celles de ce cabinet.',
  'common.clio_tabs_only': 'Les fonctions de Remit ne se chargent que dans les onglets Clio.',
};
