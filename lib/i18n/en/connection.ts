/** Words for connecting Remit to the firm's Clio account. */
export const connectionText = {
  'connection.host_access_missing':
    'Remit cannot reach Clio without access to {host}. Connect again and choose Allow.',
  'connection.host_permission_needed':
    'Remit needs your permission to reach {host}. Connect again and allow it.',
  'connection.sign_in_window_failed':
    'The Clio sign-in window closed before finishing, or Clio’s page could not be reached. Check the region and your connection, then try again.',
  'connection.sign_in_window_closed': 'The Clio sign-in window closed before finishing.',
  'connection.not_connected_yet': 'Remit is not connected to Clio yet.',
  'connection.not_connected': 'Remit is not connected to Clio.',
  'connection.cannot_renew': 'Clio gave Remit no way to renew its sign-in.',
  'connection.connect_in_options': 'Connect Remit to Clio in its options.',
  'connection.reconnect': 'Reconnect to Clio to continue.',
  'connection.region':
    '{region, select, us {United States} ca {Canada} eu {European Union} other {Australia}}',
} as const;
