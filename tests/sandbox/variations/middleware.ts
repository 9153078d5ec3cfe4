import type { MiddlewareHandler } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { varyAnswer } from './vary.ts';

/**
 * In the variations mode (see vary.ts), rewrites the JSON answers of the API, and leaves
 * `refresh_token` out of the answer to a refresh: Clio Manage's refresh tokens are reused, and its
 * documentation does not promise the refresh answer carries one. Errors are written the other ways
 * too: the API's without their `type`, the sign-in's with a null `error_description`.
 */
export function variationsMiddleware(ctx: SandboxContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!ctx.variations) return next();
    const refreshing =
      c.req.path === '/oauth/token' &&
      new URLSearchParams(await c.req.raw.clone().text()).get('grant_type') === 'refresh_token';
    await next();
    if (!c.res.headers.get('content-type')?.startsWith('application/json')) return;
    const body = await c.res
      .clone()
      .json()
      .catch(() => undefined);
    if (body === undefined) return;
    const api = c.req.path.startsWith('/api/v4');
    if (!c.res.ok) {
      if (api && typeof body.error === 'object' && body.error !== null) delete body.error.type;
      else if (c.req.path === '/oauth/token') body.error_description = null;
    } else if (refreshing) delete body.refresh_token;
    const varied = api && c.res.ok ? varyAnswer(body) : body;
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    c.res = new Response(JSON.stringify(varied), { status: c.res.status, headers });
  };
}
