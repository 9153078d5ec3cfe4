import type { ClioPaymentsPayment } from '../clio/schemas';

/** Clio Payments payment states, as a billing clerk would say them. */
export const paymentStateLabels: Record<ClioPaymentsPayment['state'], string> = {
  pending: 'Pending',
  authorized: 'Authorized',
  completed: 'Completed',
  voided: 'Voided',
  failed: 'Failed',
  canceled: 'Canceled',
  requires_confirmation: 'Needs confirmation',
  completed_requiring_allocation: 'Completed, needs allocating',
};
