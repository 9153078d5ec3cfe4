import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { enumParam, integerParam } from '../http/query.ts';
import { ClioPaymentsPaymentResource } from '../resources/clio-payments-payment.ts';
import type { ClioPayment, ClioPaymentState } from '../state/types.ts';
import { type Filter, idParam, respondIndex, respondShow } from './respond.ts';

const STATES: readonly ClioPaymentState[] = [
  'pending',
  'authorized',
  'completed',
  'voided',
  'failed',
  'canceled',
  'requires_confirmation',
  'completed_requiring_allocation',
];

export function clioPaymentsPaymentRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/clio_payments/payments', (c) => {
    const filters: Filter<ClioPayment>[] = [];
    const billId = integerParam(c, 'bill_id');
    if (billId !== undefined) filters.push((payment) => payment.billIds.includes(billId));
    const contactId = integerParam(c, 'contact_id');
    if (contactId !== undefined) filters.push((payment) => payment.contactId === contactId);
    const state = enumParam(c, 'state', STATES);
    if (state) filters.push((payment) => payment.state === state);
    return respondIndex(c, ctx, ClioPaymentsPaymentResource, ctx.state.data.payments, filters);
  });
  routes.get('/clio_payments/payments/:id', (c) =>
    respondShow(c, ctx, ClioPaymentsPaymentResource, ctx.state.data.payments.get(idParam(c))),
  );
  return routes;
}
