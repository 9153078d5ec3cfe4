import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { UserResource } from '../resources/user.ts';
import { respondShow } from './respond.ts';

export function userRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.get('/users/who_am_i', (c) =>
    respondShow(c, ctx, UserResource, ctx.state.data.users.get(c.get('token').userId)),
  );
  return routes;
}
