/** Words for the sync of Clio's records into Remit's cache. */
export const syncText = {
  'sync.stopped': 'Sync stopped.',
  'sync.failed_unexpectedly': 'The sync stopped unexpectedly.',
  'sync.resource_refused':
    'Clio does not let Remit read the {resource, select, bills {bills} contacts {clients} matters {matters} bankAccounts {bank accounts} allocations {payments applied} paymentLinks {payment links} other {Clio Payments payments}} of this account ({reason}). The rest is synced; Remit asks again on each sync.',
  'sync.resource_failed':
    '{detail} The rest is synced; Remit picks up the {resource, select, bills {bills} contacts {clients} matters {matters} bankAccounts {bank accounts} allocations {payments applied} paymentLinks {payment links} other {Clio Payments payments}} where it stopped on the next sync.',
  'sync.resource_name':
    '{resource, select, owedBills {bills awaiting payment} bills {bills} contacts {clients} matters {matters} bankAccounts {bank accounts} allocations {payments applied} paymentLinks {payment links} other {Clio Payments payments}}',
} as const;
