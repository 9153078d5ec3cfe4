import type { collectionsText as english } from '../en/collections';

/** Words of the collections workspace, in Canadian French: the cached bills to filter, select and total. */
export const collectionsText: Record<keyof typeof english, string> = {
  'collections.page_title': 'Remit pour Clio\u00a0: révision et envoi',
  'collections.heading': 'Révision et envoi',
  'collections.open': 'Réviser et envoyer…',
  'collections.open_from_clio': 'Réviser et envoyer dans Remit',
  'collections.not_opened': 'Remit n’a pas pu ouvrir son espace de travail.',

  'collections.filters': 'Filtres',
  'collections.search': 'Client ou dossier',
  'collections.state': 'État',
  'collections.any_state': 'Tous les états',
  'collections.state_draft': 'Brouillon',
  'collections.state_awaiting_approval': 'En attente d’approbation',
  'collections.state_awaiting_payment': 'Impayée',
  'collections.state_paid': 'Payée',
  'collections.state_void': 'Annulée',
  'collections.currency': 'Devise',
  'collections.any_currency': 'Toutes les devises',
  'collections.kind': 'Type',
  'collections.any_kind': 'Factures et demandes de fidéicommis',
  'collections.kind_invoice': 'Factures',
  'collections.kind_trust': 'Demandes de fidéicommis',
  'collections.queue': 'Liste de suivi',
  'collections.no_queue': 'Toutes les factures',
  'collections.queue_never_sent': 'Jamais envoyées',
  'collections.queue_sent_long_ago':
    '{days, plural, one {Envoyées il y a plus de # jour, toujours impayées} other {Envoyées il y a plus de # jours, toujours impayées}}',
  'collections.queue_overdue': 'En souffrance',
  'collections.queue_due_soon': '{days, plural, one {Échéance d’ici # jour} other {Échéance d’ici # jours}}',
  'collections.queue_not_shared': 'Non partagées sur le portail',
  'collections.queue_needs_attention':
    'À surveiller\u00a0: en souffrance, non partagées ou non envoyées depuis 30 jours',
  'collections.queue_reminders_due': 'Rappels à envoyer aujourd’hui',
  'collections.queue_days': 'Jours',

  'collections.bills': 'Factures',
  'collections.loading': 'Chargement des factures…',
  'collections.unreadable': 'Remit n’a pas pu lire ses factures.',
  'collections.cache_empty':
    'Aucune facture pour l’instant. Elles s’afficheront ici une fois la synchronisation avec Clio terminée.',
  'collections.no_match': 'Aucune facture ne correspond à ces filtres.',
  'collections.row_loading': 'Chargement…',

  'collections.select_column': 'Sélection',
  'collections.column_number': 'Facture',
  'collections.column_client': 'Client',
  'collections.column_matter': 'Dossier',
  'collections.column_issued': 'Émise',
  'collections.column_due': 'Échéance',
  'collections.column_days_overdue': 'Jours en souffrance',
  'collections.column_total': 'Total',
  'collections.column_outstanding': 'Impayé',
  'collections.column_paid': 'Payé',
  'collections.column_portal': 'Portail',
  'collections.column_last_sent': 'Dernier envoi',
  'collections.column_last_action': 'Dernière action de Remit',

  'collections.select_bill': 'Sélectionner la facture {number}',
  'collections.trust_request': 'Fidéicommis',
  'collections.no_client': 'Aucun client',
  'collections.more_matters': '{matter} (et {count} de plus)',
  'collections.shared': 'Partagée',
  'collections.not_shared': 'Non partagée',
  'collections.never_sent': 'Jamais',
  'collections.action_sending': 'Envoi en cours…',
  'collections.action_sent': 'Envoyée le {date}',
  'collections.action_sent_unconfirmed': 'Envoyée le {date}, pas encore confirmée',
  'collections.action_not_sent': 'Échec de l’envoi le {date}',
  'collections.action_link': 'Lien de paiement créé le {date}',

  'collections.action_reminder': 'Rappel, {step}\u00a0: {action}',
  'collections.matching':
    '{count, plural, one {{shown} facture correspond} other {{shown} factures correspondent}}',
  'collections.selected':
    '{count, plural, =0 {Aucune facture sélectionnée} one {{shown} facture sélectionnée} other {{shown} factures sélectionnées}}',
  'collections.select_all':
    '{count, plural, one {Sélectionner {shown} facture correspondante} other {Sélectionner les {shown} factures correspondantes}}',
  'collections.clear_selection': 'Effacer la sélection',
  'collections.selection_totals': 'Totaux de la sélection',
  'collections.matching_totals': 'Totaux des factures correspondantes',
  'collections.currency_total':
    '{currency}\u00a0: {count, plural, one {{shown} facture} other {{shown} factures}}, solde impayé de {outstanding}, total facturé de {billed}',
  'collections.currency_total_with_trust':
    '{currency}\u00a0: {count, plural, one {{shown} facture} other {{shown} factures}}, solde impayé de {outstanding}, total facturé de {billed}; demandes de fidéicommis\u00a0: {trust} en attente de paiement',
};
