import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { integerParam } from '../http/query.ts';
import {
  balanceIdOf,
  type OutstandingClientBalance,
  OutstandingClientBalanceResource,
  outstandingBalances,
} from '../resources/outstanding-client-balance.ts';
import { type Filter, respondIndex } from './respond.ts';

type Row = OutstandingClientBalance & { id: number; created_at: string };

export function outstandingClientBalanceRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/outstanding_client_balances', (c) => {
    const rows: Row[] = outstandingBalances(ctx.state.data).map((entry) => ({
      ...entry,
      id: balanceIdOf(entry.contact.id),
      created_at: entry.contact.created_at,
    }));
    const byId = new Map(rows.map((row) => [row.id, row]));
    const filters: Filter<Row>[] = [];
    const contactId = integerParam(c, 'contact_id');
    if (contactId !== undefined) filters.push((row) => row.contact.id === contactId);
    return respondIndex(
      c,
      ctx,
      OutstandingClientBalanceResource,
      { rows, get: (id) => byId.get(id) },
      filters,
    );
  });
  return routes;
}
