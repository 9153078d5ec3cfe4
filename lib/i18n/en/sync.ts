/** Words for the sync of Clio's records into Remit's cache. */
export const syncText = {
  'sync.stopped': 'Sync stopped.',
  'sync.failed_unexpectedly': 'The sync stopped unexpectedly.',
} as const;
