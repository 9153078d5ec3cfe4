import type { extensionText as english } from '../en/extension';

/** Mots que le navigateur affiche pour Remit : dans sa liste d’extensions, ses menus et sa barre d’outils. */
export const extensionText: Record<keyof typeof english, string> = {
  'extension.name': 'Remit pour Clio',
  'extension.description':
    'État des paiements, envois au portail et liens de paiement pour vos factures Clio, directement dans Clio Manage.',
  'extension.badge_overdue':
    '{count, plural, one {Remit pour Clio\u00a0: # facture en souffrance} other {Remit pour Clio\u00a0: # factures en souffrance}}',
  'extension.badge_sending':
    '{count, plural, one {Remit pour Clio\u00a0: Tout envoyer, il reste {shown} facture à envoyer} other {Remit pour Clio\u00a0: Tout envoyer, il reste {shown} factures à envoyer}}',
  'extension.badge_reminders':
    '{count, plural, one {Remit pour Clio\u00a0: # rappel à envoyer aujourd’hui} other {Remit pour Clio\u00a0: # rappels à envoyer aujourd’hui}}',
};
