import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { clioError } from '../http/clio-error.ts';
import { parseFields } from '../http/fields.ts';
import { booleanParam, enumParam, integerParam } from '../http/query.ts';
import { checkFields } from '../http/render.ts';
import { BillResource } from '../resources/bill.ts';
import { availableTransitions, isOverdue } from '../state/bill-rules.ts';
import { touch } from '../state/touch.ts';
import type { Bill, BillState } from '../state/types.ts';
import { isIsoDate } from '../support/time.ts';
import { type Filter, idParam, preconditionFailed, readData, respondIndex, respondShow } from './respond.ts';

const STATES: readonly BillState[] = [
  'draft',
  'awaiting_approval',
  'awaiting_payment',
  'paid',
  'void',
  'deleted',
];
const TEXT_KEYS = ['memo', 'number', 'purchase_order', 'subject'] as const;
const DATE_KEYS = ['due_at', 'issued_at'] as const;
const RATE_KEYS = ['tax_rate', 'secondary_tax_rate'] as const;
/** Keys Clio's PATCH accepts that the sandbox takes but does not model. */
const ACCEPTED_KEYS = ['bill_theme', 'currency_id', 'discount', 'interest', 'use_grace_period'];

function billFilters(c: Parameters<typeof respondIndex>[0], today: string): Filter<Bill>[] {
  const filters: Filter<Bill>[] = [];
  const state = enumParam(c, 'state', STATES);
  // Without a state filter deleted bills are left out (see README: assumptions).
  filters.push(state ? (bill) => bill.state === state : (bill) => bill.state !== 'deleted');
  const type = enumParam(c, 'type', ['revenue', 'trust'] as const);
  if (type) filters.push((bill) => bill.kind === (type === 'trust' ? 'trust_kind' : 'revenue_kind'));
  const clientId = integerParam(c, 'client_id');
  if (clientId !== undefined) filters.push((bill) => bill.clientId === clientId);
  const matterId = integerParam(c, 'matter_id');
  if (matterId !== undefined) filters.push((bill) => bill.matterId === matterId);
  const status = enumParam(c, 'status', ['all', 'overdue'] as const);
  if (status === 'overdue' || booleanParam(c, 'overdue_only') === true)
    filters.push((bill) => isOverdue(bill, today));
  return filters;
}

/** Applies a PATCH body with Clio's rules; returns an error message for 422, or null. */
function applyPatch(bill: Bill, data: Record<string, unknown>): string | null {
  if (bill.state === 'void' || bill.state === 'deleted') return `A ${bill.state} bill cannot be changed`;
  for (const [key, value] of Object.entries(data)) {
    if ((TEXT_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'string') return `${key} must be a string`;
    } else if ((DATE_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'string' || !isIsoDate(value)) return `${key} must be a date (YYYY-MM-DD)`;
    } else if ((RATE_KEYS as readonly string[]).includes(key)) {
      if (typeof value !== 'number' || value < 0) return `${key} must be a non-negative number`;
    } else if (key === 'state') {
      if (!STATES.includes(value as BillState)) return `state must be one of ${STATES.join(', ')}`;
      if (value !== bill.state && !availableTransitions(bill).includes(value as BillState)) {
        return `A ${bill.state} bill cannot become ${String(value)}`;
      }
    } else if (!ACCEPTED_KEYS.includes(key)) {
      return `Unknown attribute: ${key}`;
    }
  }
  for (const key of TEXT_KEYS) if (typeof data[key] === 'string') bill[key] = data[key];
  for (const key of DATE_KEYS) if (typeof data[key] === 'string') bill[key] = data[key];
  for (const key of RATE_KEYS) if (typeof data[key] === 'number') bill[key] = data[key];
  if (typeof data.state === 'string') bill.state = data.state as BillState;
  return null;
}

export function billRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/bills', (c) =>
    respondIndex(c, ctx, BillResource, ctx.state.data.bills, billFilters(c, ctx.state.clock.currentDate())),
  );
  routes.get('/bills/:id', (c) => {
    const bill = ctx.state.data.bills.get(idParam(c));
    return respondShow(c, ctx, BillResource, bill?.state === 'deleted' ? undefined : bill);
  });
  routes.patch('/bills/:id', async (c) => {
    checkFields(BillResource, parseFields(c.req.query('fields')));
    const bill = ctx.state.data.bills.get(idParam(c));
    if (!bill || bill.state === 'deleted') return clioError(c, 404, 'Bill not found');
    const stale = preconditionFailed(c, bill.etag);
    if (stale) return stale;
    const data = await readData(c);
    if (!data) return clioError(c, 400, 'The request body must be {"data": {...}}');
    const problem = applyPatch(bill, data);
    if (problem) return clioError(c, 422, problem);
    touch(ctx.state.data, 'Bill', bill, ctx.state.clock.nowMs());
    return respondShow(c, ctx, BillResource, bill);
  });
  return routes;
}
