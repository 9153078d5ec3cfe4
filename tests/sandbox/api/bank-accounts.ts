import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { enumParam } from '../http/query.ts';
import { BankAccountResource } from '../resources/bank-account.ts';
import type { BankAccount } from '../state/types.ts';
import { type Filter, idParam, respondIndex, respondShow } from './respond.ts';

export function bankAccountRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/bank_accounts', (c) => {
    const filters: Filter<BankAccount>[] = [];
    const type = enumParam(c, 'type', ['OperatingAccount', 'TrustAccount'] as const);
    if (type) filters.push((account) => account.type === (type === 'TrustAccount' ? 'Trust' : 'Operating'));
    return respondIndex(c, ctx, BankAccountResource, ctx.state.data.bankAccounts, filters);
  });
  routes.get('/bank_accounts/:id', (c) =>
    respondShow(c, ctx, BankAccountResource, ctx.state.data.bankAccounts.get(idParam(c))),
  );
  return routes;
}
