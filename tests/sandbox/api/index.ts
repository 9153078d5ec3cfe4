import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { clioError } from '../http/clio-error.ts';
import { allocationRoutes } from './allocations.ts';
import { apiVersion } from './api-version.ts';
import { requireToken } from './auth.ts';
import { bankAccountRoutes } from './bank-accounts.ts';
import { billRoutes } from './bills.ts';
import { clioPaymentsLinkRoutes } from './clio-payments-links.ts';
import { clioPaymentsPaymentRoutes } from './clio-payments-payments.ts';
import { contactRoutes } from './contacts.ts';
import { matterRoutes } from './matters.ts';
import { outstandingClientBalanceRoutes } from './outstanding-client-balances.ts';
import { rateLimit } from './rate-limit.ts';
import { userRoutes } from './users.ts';

/** Clio labels its JSON as UTF-8 explicitly. */
const jsonCharset: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.res.headers.get('content-type') === 'application/json') {
    c.res.headers.set('content-type', 'application/json; charset=utf-8');
  }
};

/** Clio API v4: bearer token, per-token rate limit, the version asked for, then the resources. */
export function apiRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const api = new Hono<AppEnv>();
  api.use('*', jsonCharset, requireToken(ctx), rateLimit(ctx), apiVersion);
  for (const routes of [
    billRoutes,
    contactRoutes,
    matterRoutes,
    userRoutes,
    bankAccountRoutes,
    allocationRoutes,
    outstandingClientBalanceRoutes,
    clioPaymentsLinkRoutes,
    clioPaymentsPaymentRoutes,
  ]) {
    api.route('/', routes(ctx));
  }
  api.all('*', (c) => clioError(c, 404, `No route matches ${c.req.method} ${new URL(c.req.url).pathname}`));
  return api;
}
