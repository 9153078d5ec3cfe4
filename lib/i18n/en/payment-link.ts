/** Words shared by every place that makes or handles a payment link: its duration, copy, open, expire. */
export const paymentLinkText = {
  'payment_link.open_for_days': 'Open for (days)',
  'payment_link.copied': 'Link copied',
  'payment_link.copy_refused': 'The browser did not allow copying; open the link and copy it there.',
  'payment_link.expired': 'Link expired',
  'payment_link.not_expired': 'The link was not expired.',
  'payment_link.copy': 'Copy link',
  'payment_link.open': 'Open',
  'payment_link.unsafe_address': 'Clio gave no address on its own site for this link; open it in Clio.',
  'payment_link.expire': 'Expire',
  'payment_link.expiring': 'Expiring…',
} as const;
