import type { paymentLinkText as english } from '../en/payment-link';

/** Words shared by every place that makes or handles a payment link, in Canadian French. */
export const paymentLinkText: Record<keyof typeof english, string> = {
  'payment_link.open_for_days': 'Valide pendant (jours)',
  'payment_link.copied': 'Lien copié',
  'payment_link.copy_refused':
    'Le navigateur n’a pas autorisé la copie; ouvrez le lien et copiez-le à partir de là.',
  'payment_link.expired': 'Lien expiré',
  'payment_link.not_expired': 'Le lien n’a pas expiré.',
  'payment_link.copy': 'Copier le lien',
  'payment_link.open': 'Ouvrir',
  'payment_link.unsafe_address':
    'Clio n’a fourni aucune adresse sur son propre site pour ce lien; ouvrez-le dans Clio.',
  'payment_link.expire': 'Faire expirer',
  'payment_link.expiring': 'Expiration…',
};
