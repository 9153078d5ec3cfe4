/** Words for the sync as the popup and the options page show it. */
export const syncViewText = {
  'sync_view.status_unreadable': 'Remit could not read the sync status.',
  'sync_view.sync_now': 'Sync now',
  'sync_view.syncing': 'Syncing…',
  'sync_view.first_sync_running': 'First sync with Clio in progress… {progress}',
  'sync_view.sync_running': 'Syncing with Clio… {progress}',
  'sync_view.resource_records': '{records} {resource}',
  'sync_view.progress': 'Sync progress',
  'sync_view.parts_read': '{done, plural, one {# part} other {# parts}} of {parts} read',
  'sync_view.reading_owed_first':
    'Reading the bills awaiting payment first: outstanding, overdue, aging and top clients follow from them.',
  'sync_view.current_figures_ready':
    'Outstanding, overdue, aging, top clients and pending payments are complete. Payments received appear once the rest of the history is read.',
  'sync_view.resource_reading': '{resource}: {records} so far (page {page})',
  'sync_view.resource_up_to_date': '{resource}: up to date',
  'sync_view.resource_waiting': '{resource}: waiting',
  'sync_view.last_synced': 'Last synced {moment}',
  'sync_view.not_synced': 'Not synced yet.',
} as const;
