/** Clio Payments payment states, as a billing clerk would say them. */
export const paymentStatesText = {
  'payment_state.pending': 'Pending',
  'payment_state.authorized': 'Authorized',
  'payment_state.completed': 'Completed',
  'payment_state.voided': 'Voided',
  'payment_state.failed': 'Failed',
  'payment_state.canceled': 'Canceled',
  'payment_state.requires_confirmation': 'Needs confirmation',
  'payment_state.completed_requiring_allocation': 'Completed, needs allocating',
} as const;
