import { Hono } from 'hono';
import type { AppEnv, SandboxContext } from '../context.ts';
import { INVALID_TOKEN } from '../http/clio-error.ts';
import { regionOfRequest } from '../http/region.ts';
import { DEMO_APP, isAllowedRedirectUri } from './demo-app.ts';
import { consentPage, noAccountInRegionPage, oauthErrorPage } from './pages.ts';
import { OAuthError } from './store.ts';

/** The firm lives in the US region; other regions have no account for the sandbox user. */
const FIRM_REGION = 'us';

function withParams(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(key, value);
  return url.toString();
}

export function oauthRoutes(ctx: SandboxContext): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();

  routes.get('/oauth/authorize', (c) => {
    const { response_type, client_id, redirect_uri, state } = c.req.query();
    if (client_id !== DEMO_APP.clientId)
      return c.html(oauthErrorPage('Unknown client_id: no such application.'), 400);
    if (!redirect_uri || !isAllowedRedirectUri(redirect_uri, ctx.oauth.redirectUris)) {
      return c.html(oauthErrorPage('The redirect_uri is not registered for this application.'), 400);
    }
    if (response_type !== 'code') return c.html(oauthErrorPage('response_type must be "code".'), 400);
    const denyUrl = withParams(redirect_uri, { error: 'access_denied', state });
    const region = regionOfRequest(c);
    if (region !== FIRM_REGION) return c.html(noAccountInRegionPage(region, denyUrl));
    const user = ctx.state.data.users.rows[0];
    if (!user) return c.html(oauthErrorPage('The sandbox has no users.'), 500);
    const query = new URLSearchParams({ client_id, redirect_uri, ...(state === undefined ? {} : { state }) });
    return c.html(
      consentPage({
        appName: DEMO_APP.name,
        userName: user.name,
        email: user.email,
        firm: ctx.state.data.firm.name,
        allowUrl: `/oauth/authorize/allow?${query}`,
        denyUrl,
      }),
    );
  });

  routes.get('/oauth/authorize/allow', (c) => {
    const { client_id, redirect_uri, state } = c.req.query();
    if (
      client_id !== DEMO_APP.clientId ||
      !redirect_uri ||
      !isAllowedRedirectUri(redirect_uri, ctx.oauth.redirectUris)
    ) {
      return c.html(oauthErrorPage('Unknown client_id or redirect_uri.'), 400);
    }
    const user = ctx.state.data.users.rows[0];
    const code = ctx.oauth.issueCode({
      clientId: client_id,
      redirectUri: redirect_uri,
      region: regionOfRequest(c),
      userId: user?.id ?? 0,
    });
    return c.redirect(withParams(redirect_uri, { code, state }), 302);
  });

  routes.post('/oauth/token', async (c) => {
    const form = await c.req.parseBody();
    const field = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : '');
    if (field('client_id') !== DEMO_APP.clientId || field('client_secret') !== DEMO_APP.clientSecret) {
      return c.json({ error: 'invalid_client', error_description: 'Client authentication failed.' }, 401);
    }
    const region = regionOfRequest(c);
    try {
      switch (field('grant_type')) {
        case 'authorization_code':
          return c.json(
            ctx.oauth.exchangeCode(field('code'), field('client_id'), field('redirect_uri'), region),
          );
        case 'refresh_token':
          return c.json(ctx.oauth.refresh(field('refresh_token'), region));
        default:
          return c.json(
            {
              error: 'unsupported_grant_type',
              error_description: 'grant_type must be authorization_code or refresh_token.',
            },
            400,
          );
      }
    } catch (error) {
      if (error instanceof OAuthError)
        return c.json({ error: error.error, error_description: error.message }, 400);
      throw error;
    }
  });

  routes.post('/oauth/deauthorize', async (c) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (!bearer || !ctx.oauth.validate(bearer, regionOfRequest(c))) return c.json(INVALID_TOKEN, 401);
    const form = await c.req.parseBody();
    const token = typeof form.token === 'string' ? form.token : bearer;
    ctx.oauth.revoke(token);
    return c.body(null, 200);
  });

  return routes;
}
