import type { MiddlewareHandler } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { INVALID_TOKEN } from '../http/clio-error.ts';
import { regionOfRequest } from '../http/region.ts';

/** Bearer tokens are checked against the region host the request was sent to. */
export function requireToken(ctx: SandboxContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    const token = match?.[1] && ctx.oauth.validate(match[1], regionOfRequest(c));
    if (!token) {
      c.header('WWW-Authenticate', 'Bearer realm="Clio", error="invalid_token"');
      return c.json(INVALID_TOKEN, 401);
    }
    c.set('token', token);
    return next();
  };
}
