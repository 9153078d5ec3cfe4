/** Words for what Clio answered, or did not: its API and its sign-in. */
export const clioText = {
  'clio.unreadable_answer': 'Clio answered with something Remit could not read ({detail}).',
  'clio.next_page_elsewhere': 'its next page is on another site ({host})',
  'clio.unreachable':
    'Remit could not reach Clio ({problem, select, status {HTTP {status}} cut_off {a cut-off answer} timed_out {timed out} other {connection lost}}). Cached figures are kept.',
  'clio.sign_in_refused': 'Clio no longer accepts Remit’s sign-in. Reconnect to Clio.',
  'clio.forbidden': 'Your Clio user may not see this: {clioMessage}',
  'clio.not_found': 'Clio has no such record, or it was deleted.',
  'clio.refused': '{clioMessage}',
  'clio.version_retired':
    'Clio no longer serves the version of its API that this Remit reads ({version}). Update Remit to go on.',
  'clio.error': 'Clio answered with an error: {clioMessage}',
  'clio.access_denied':
    'Access was denied on Clio’s page, so Remit is not connected. If your firm’s Clio account is in another region, choose that region and connect again.',
  'clio.other_sign_in': 'Clio answered a different sign-in request. Try connecting again.',
  'clio.no_authorization_code': 'Clio did not return an authorization code.',
  'clio.unreadable_sign_in':
    'Clio answered the sign-in with something Remit could not read. Try again; if it keeps happening, reconnect to Clio.',
  'clio.sign_in_unreachable': 'Remit could not reach Clio ({host}). Check your connection.',
  'clio.sign_in_unavailable':
    'Clio’s sign-in is not available just now (HTTP {status}). Try again in a few minutes.',
  'clio.client_rejected': 'Clio rejected the client id or secret. Copy both again from your Clio app.',
  'clio.sign_in_refused_status': 'Clio refused the sign-in ({status}).',
  'clio.bill_unchanged_without_copy': 'Clio said the bill was unchanged, but Remit has no copy.',
  'clio.answer_without_bill': 'Clio answered without the bill.',
} as const;
