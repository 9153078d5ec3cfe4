import type { MiddlewareHandler } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';

/** Clio's per-token limit: headers on every response, 429 with Retry-After when over. */
export function rateLimit(ctx: SandboxContext): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const decision = ctx.rateLimiter.take(c.get('token').token);
    const setHeaders = () => {
      c.header('X-RateLimit-Limit', String(decision.limit));
      c.header('X-RateLimit-Remaining', String(decision.remaining));
      c.header('X-RateLimit-Reset', String(decision.resetSeconds));
    };
    if (!decision.allowed) {
      setHeaders();
      c.header('Retry-After', String(decision.retryAfterSeconds));
      return c.json(
        {
          error: {
            type: 'RateLimited',
            message: `Rate limit of ${decision.limit} requests exceeded; retry later.`,
          },
        },
        429,
      );
    }
    await next();
    setHeaders();
  };
}
