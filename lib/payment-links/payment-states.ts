import type { ClioPaymentsPayment } from '../clio/schemas';
import { type MessageKey, t } from '../i18n/text';

const paymentStateKeys: Record<ClioPaymentsPayment['state'], MessageKey> = {
  pending: 'payment_state.pending',
  authorized: 'payment_state.authorized',
  completed: 'payment_state.completed',
  voided: 'payment_state.voided',
  failed: 'payment_state.failed',
  canceled: 'payment_state.canceled',
  requires_confirmation: 'payment_state.requires_confirmation',
  completed_requiring_allocation: 'payment_state.completed_requiring_allocation',
};

/** A Clio Payments payment state, as a billing clerk would say it. */
export const paymentStateLabel = (state: ClioPaymentsPayment['state']): string => t(paymentStateKeys[state]);
