import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.ts';
import { clioError } from '../http/clio-error.ts';

/** The version this sandbox serves, Clio's default since January 2026. */
export const API_VERSION = '4.0.13';
/** Versions Clio still serves: from 4.0.9 on (older ones are retired in this model). */
const SERVED = /^4\.0\.(9|1[0-3])$/;

/**
 * `X-API-VERSION` as Clio reads it: a version it no longer serves (or never did) is 410 Gone; without
 * the header the default is served. Successful answers say which version they are.
 */
export const apiVersion: MiddlewareHandler<AppEnv> = async (c, next) => {
  const asked = c.req.header('x-api-version')?.trim();
  if (asked !== undefined && !SERVED.test(asked)) {
    return clioError(c, 410, `API version ${asked} is not supported`);
  }
  await next();
  if (c.res.ok) c.res.headers.set('x-api-version', asked ?? API_VERSION);
};
