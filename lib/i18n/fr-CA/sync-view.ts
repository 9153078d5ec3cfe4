import type { syncViewText as english } from '../en/sync-view';

/** Words for the sync as the popup and the options page show it, in Canadian French. */
export const syncViewText: Record<keyof typeof english, string> = {
  'sync_view.status_unreadable': 'Remit n’a pas pu lire l’état de la synchronisation.',
  'sync_view.sync_now': 'Synchroniser maintenant',
  'sync_view.syncing': 'Synchronisation…',
  'sync_view.first_sync_running': 'Première synchronisation avec Clio en cours… {progress}',
  'sync_view.sync_running': 'Synchronisation avec Clio… {progress}',
  'sync_view.resource_records': '{records} {resource}',
  'sync_view.progress': 'Progression de la synchronisation',
  'sync_view.parts_read': '{done, plural, one {# partie lue} other {# parties lues}} sur {parts}',
  'sync_view.reading_owed_first':
    'Remit lit d’abord les factures en attente de paiement\u00a0: les montants impayés et en souffrance, l’ancienneté des comptes clients et les principaux débiteurs en découlent.',
  'sync_view.current_figures_ready':
    'Les montants impayés et en souffrance, l’ancienneté des comptes clients, les principaux débiteurs et les paiements en attente sont complets. Les paiements reçus s’afficheront une fois le reste de l’historique lu.',
  'sync_view.resource_reading': '{resource}\u00a0: {records} jusqu’à présent (page {page})',
  'sync_view.resource_up_to_date': '{resource}\u00a0: à jour',
  'sync_view.resource_waiting': '{resource}\u00a0: en attente',
  'sync_view.last_synced': 'Dernière synchronisation\u00a0: {moment}',
  'sync_view.not_synced': 'Pas encore synchronisé.',
};
