import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { enumParam, integerParam } from '../http/query.ts';
import { MatterResource } from '../resources/matter.ts';
import type { Matter } from '../state/types.ts';
import { type Filter, idParam, respondIndex, respondShow } from './respond.ts';

export function matterRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/matters', (c) => {
    const filters: Filter<Matter>[] = [];
    const clientId = integerParam(c, 'client_id');
    if (clientId !== undefined) filters.push((matter) => matter.clientId === clientId);
    const status = enumParam(c, 'status', ['open', 'closed', 'pending'] as const);
    if (status) filters.push((matter) => matter.status.toLowerCase() === status);
    return respondIndex(c, ctx, MatterResource, ctx.state.data.matters, filters);
  });
  routes.get('/matters/:id', (c) =>
    respondShow(c, ctx, MatterResource, ctx.state.data.matters.get(idParam(c))),
  );
  return routes;
}
