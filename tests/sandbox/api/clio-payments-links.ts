import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { clioError } from '../http/clio-error.ts';
import { parseFields } from '../http/fields.ts';
import { booleanParam } from '../http/query.ts';
import { checkFields } from '../http/render.ts';
import { ClioPaymentsLinkResource } from '../resources/clio-payments-link.ts';
import { createLink, type LinkRequest, linkIsActive } from '../state/links.ts';
import { touch } from '../state/touch.ts';
import type { PaymentLink } from '../state/types.ts';
import { type Filter, idParam, preconditionFailed, readData, respondIndex, respondShow } from './respond.ts';

export function clioPaymentsLinkRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/clio_payments/links', (c) => {
    const filters: Filter<PaymentLink>[] = [];
    const active = booleanParam(c, 'active');
    if (active !== undefined) {
      const nowMs = ctx.state.clock.nowMs();
      filters.push((link) => linkIsActive(link, nowMs) === active);
    }
    return respondIndex(c, ctx, ClioPaymentsLinkResource, ctx.state.data.links, filters);
  });
  routes.get('/clio_payments/links/:id', (c) =>
    respondShow(c, ctx, ClioPaymentsLinkResource, ctx.state.data.links.get(idParam(c))),
  );
  routes.post('/clio_payments/links', async (c) => {
    checkFields(ClioPaymentsLinkResource, parseFields(c.req.query('fields')));
    const data = await readData(c);
    if (!data) return clioError(c, 400, 'The request body must be {"data": {...}}');
    const link = createLink(
      ctx.state.data,
      data as LinkRequest,
      ctx.state.clock.nowMs(),
      ctx.state.linkLimits,
    );
    return respondShow(c, ctx, ClioPaymentsLinkResource, link, 201);
  });
  routes.patch('/clio_payments/links/:id', async (c) => {
    checkFields(ClioPaymentsLinkResource, parseFields(c.req.query('fields')));
    const link = ctx.state.data.links.get(idParam(c));
    if (!link) return clioError(c, 404, 'ClioPaymentsLink not found');
    const stale = preconditionFailed(c, link.etag);
    if (stale) return stale;
    const data = await readData(c);
    if (!data) return clioError(c, 400, 'The request body must be {"data": {...}}');
    if (data.expired !== true)
      return clioError(c, 422, 'Only {"expired": true} can be set on a payment link');
    if (!link.expiredManually) {
      link.expiredManually = true;
      touch(ctx.state.data, 'ClioPaymentsLink', link, ctx.state.clock.nowMs());
    }
    return respondShow(c, ctx, ClioPaymentsLinkResource, link);
  });
  return routes;
}
