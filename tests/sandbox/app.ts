import { Hono } from 'hono';
import { apiRoutes } from './api/index.ts';
import type { AppEnv, SandboxContext } from './context.ts';
import { controlRoutes } from './control/routes.ts';
import { handleError } from './errors.ts';
import { faultMiddleware } from './faults/middleware.ts';
import { oauthRoutes } from './oauth/routes.ts';
import { replicaDataRoutes } from './replica-data/routes.ts';
import { variationsMiddleware } from './variations/middleware.ts';
import { replicaPages } from './web/routes.ts';

/** Clio serves API paths with and without `.json`; routing sees them without. */
function routingPath(request: Request): string {
  const url = request.url;
  const start = url.indexOf('/', url.indexOf('://') + 3);
  const query = url.indexOf('?', start);
  const path = url.slice(start, query < 0 ? undefined : query);
  return path.startsWith('/api/v4/') && path.endsWith('.json') ? path.slice(0, -'.json'.length) : path;
}

export function createApp(ctx: SandboxContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ getPath: routingPath });
  const counting = ctx.counters.middleware();
  app.use('*', async (c, next) => (c.req.path.startsWith('/__sandbox') ? next() : counting(c, next)));
  const faults = faultMiddleware(ctx.faults, ctx.heldRequests);
  app.use('/api/v4/*', faults);
  app.use('/oauth/token', faults);
  app.use('/oauth/deauthorize', faults);
  // The replica's own calls too, so a test can hold Clio's Send dialog (`path` picks which).
  app.use('/nc/data/*', faults);
  const variations = variationsMiddleware(ctx);
  app.use('/api/v4/*', variations);
  app.use('/oauth/token', variations);

  app.route('/', oauthRoutes(ctx));
  app.route('/api/v4', apiRoutes(ctx));
  app.route('/', controlRoutes(ctx));
  app.route('/', replicaDataRoutes(ctx));
  app.route('/', replicaPages(ctx));
  app.onError(handleError);
  return app;
}
