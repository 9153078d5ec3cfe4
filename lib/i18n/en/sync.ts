/** Words for the sync of Clio's records into Remit's cache. */
export const syncText = {
  'sync.stopped': 'Sync stopped.',
  'sync.failed_unexpectedly': 'The sync stopped unexpectedly.',
  'sync.resource_name':
    '{resource, select, owedBills {bills awaiting payment} bills {bills} contacts {clients} matters {matters} bankAccounts {bank accounts} allocations {payments applied} paymentLinks {payment links} other {Clio Payments payments}}',
} as const;
