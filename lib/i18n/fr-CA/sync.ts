import type { syncText as english } from '../en/sync';

/** Words for the sync of Clio’s records into Remit’s cache, in Canadian French. */
export const syncText: Record<keyof typeof english, string> = {
  'sync.stopped': 'Synchronisation arrêtée.',
  'sync.failed_unexpectedly': 'La synchronisation s’est arrêtée de façon inattendue.',
  'sync.resource_refused':
    'Clio ne permet pas à Remit de lire les {resource, select, bills {factures} contacts {clients} matters {dossiers} bankAccounts {comptes bancaires} allocations {paiements imputés} paymentLinks {liens de paiement} other {paiements Clio Payments}} de ce compte ({reason}). Le reste est synchronisé; Remit redemande à chaque synchronisation.',
  'sync.resource_failed':
    '{detail} Le reste est synchronisé; Remit reprend les {resource, select, bills {factures} contacts {clients} matters {dossiers} bankAccounts {comptes bancaires} allocations {paiements imputés} paymentLinks {liens de paiement} other {paiements Clio Payments}} là où il s’est arrêté à la prochaine synchronisation.',
  'sync.resource_name':
    '{resource, select, owedBills {factures en attente de paiement} bills {factures} contacts {clients} matters {dossiers} bankAccounts {comptes bancaires} allocations {paiements imputés} paymentLinks {liens de paiement} other {paiements Clio Payments}}',
};
