import type { paymentStatesText as english } from '../en/payment-states';

/** Clio Payments payment states, as a billing clerk would say them, in Canadian French. */
export const paymentStatesText: Record<keyof typeof english, string> = {
  'payment_state.pending': 'En attente',
  'payment_state.authorized': 'Autorisé',
  'payment_state.completed': 'Effectué',
  'payment_state.voided': 'Annulé',
  'payment_state.failed': 'Échoué',
  'payment_state.canceled': 'Abandonné',
  'payment_state.requires_confirmation': 'À confirmer',
  'payment_state.completed_requiring_allocation': 'Effectué, à imputer',
};
