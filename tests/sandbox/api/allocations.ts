import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { enumParam, integerParam } from '../http/query.ts';
import { AllocationResource } from '../resources/allocation.ts';
import type { Allocation } from '../state/types.ts';
import { type Filter, idParam, respondIndex, respondShow } from './respond.ts';

export function allocationRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/allocations', (c) => {
    const filters: Filter<Allocation>[] = [];
    const billId = integerParam(c, 'bill_id');
    if (billId !== undefined) filters.push((allocation) => allocation.billId === billId);
    const contactId = integerParam(c, 'contact_id');
    if (contactId !== undefined) filters.push((allocation) => allocation.contactId === contactId);
    const matterId = integerParam(c, 'matter_id');
    if (matterId !== undefined) filters.push((allocation) => allocation.matterId === matterId);
    const parentId = integerParam(c, 'parent_id');
    if (parentId !== undefined) filters.push((allocation) => allocation.parent.id === parentId);
    const parentType = c.req.query('parent_type');
    if (parentType) filters.push((allocation) => allocation.parent.type === parentType);
    const status = enumParam(c, 'status', ['valid', 'invalid'] as const);
    if (status) filters.push((allocation) => (allocation.voided_at === null) === (status === 'valid'));
    return respondIndex(c, ctx, AllocationResource, ctx.state.data.allocations, filters);
  });
  routes.get('/allocations/:id', (c) =>
    respondShow(c, ctx, AllocationResource, ctx.state.data.allocations.get(idParam(c))),
  );
  return routes;
}
