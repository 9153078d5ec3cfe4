import type { MiddlewareHandler } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { varyAnswer } from './vary.ts';

/**
 * In the variations mode (see vary.ts), rewrites the JSON answers of the API, and leaves
 * `refresh_token` out of the answer to a refresh: Clio Manage's refresh tokens are reused, and its
 * documentation does not promise the refresh answer carries one.
 */
export function variationsMiddleware(ctx: SandboxContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!ctx.variations) return next();
    const refreshing =
      c.req.path === '/oauth/token' &&
      new URLSearchParams(await c.req.raw.clone().text()).get('grant_type') === 'refresh_token';
    await next();
    if (!c.res.headers.get('content-type')?.startsWith('application/json') || !c.res.ok) return;
    const body = await c.res
      .clone()
      .json()
      .catch(() => undefined);
    if (body === undefined) return;
    if (refreshing) delete body.refresh_token;
    const varied = c.req.path.startsWith('/api/v4') ? varyAnswer(body) : body;
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    c.res = new Response(JSON.stringify(varied), { status: c.res.status, headers });
  };
}
