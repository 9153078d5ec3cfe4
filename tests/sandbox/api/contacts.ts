import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { booleanParam, enumParam } from '../http/query.ts';
import { ContactResource } from '../resources/contact.ts';
import type { Contact } from '../state/types.ts';
import { type Filter, idParam, respondIndex, respondShow } from './respond.ts';

export function contactRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/contacts', (c) => {
    const filters: Filter<Contact>[] = [];
    const type = enumParam(c, 'type', ['Person', 'Company'] as const);
    if (type) filters.push((contact) => contact.type === type);
    if (booleanParam(c, 'client_only') === true) filters.push((contact) => contact.is_client);
    const query = c.req.query('query')?.toLowerCase();
    if (query) {
      filters.push(
        (contact) =>
          contact.name.toLowerCase().includes(query) || (contact.primary_email_address ?? '').includes(query),
      );
    }
    return respondIndex(c, ctx, ContactResource, ctx.state.data.contacts, filters);
  });
  routes.get('/contacts/:id', (c) =>
    respondShow(c, ctx, ContactResource, ctx.state.data.contacts.get(idParam(c))),
  );
  return routes;
}
