import { browser } from 'wxt/browser';
import { createClioApi } from '../clio/api';
import { authorizeUrl, codeFromRedirect, exchangeCode, type OAuthApp } from '../clio/oauth';
import { RequestBudget } from '../clio/request-budget';
import { RemitError } from '../errors';
import { requireRegionAccess } from './clio-access';
import { queueRevocation, revokeAccess } from './revocation';
import { loadConnection, saveConnection, wipeEverything } from './store';

/** The redirect URI the firm registers in its Clio developer app. */
export function redirectUri(): string {
  return browser.identity.getRedirectURL();
}

/**
 * Runs Clio's authorization-code flow in Chrome's auth window and stores the tokens it yields.
 * Reconnecting the same Clio user keeps the cache; connecting someone else starts afresh.
 */
export async function connect(app: OAuthApp): Promise<void> {
  await requireRegionAccess(app.region);
  const state = crypto.randomUUID();
  let redirectedTo: string | undefined;
  try {
    redirectedTo = await browser.identity.launchWebAuthFlow({
      url: authorizeUrl(app, redirectUri(), state),
      interactive: true,
    });
  } catch {
    throw new RemitError('not_connected', 'connection.sign_in_window_failed');
  }
  if (!redirectedTo) throw new RemitError('not_connected', 'connection.sign_in_window_closed');
  const tokens = await exchangeCode(app, codeFromRedirect(redirectedTo, state), redirectUri());
  const user = await createClioApi({
    tokens: {
      region: app.region,
      accessToken: async () => tokens.access_token,
      refreshAccessToken: async () => tokens.access_token,
    },
    budget: new RequestBudget(),
  }).whoAmI();
  const previous = await loadConnection();
  if (previous?.region !== app.region || previous.user.id !== user.id) await wipeEverything();
  await saveConnection({
    ...app,
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    expiresAt: Date.now() + tokens.expires_in * 1000,
    // Clio may give neither name nor email: the id then names the user, in any language.
    user: { id: user.id, name: user.name ?? user.email ?? `#${user.id}`, email: user.email ?? '' },
    firmName: user.account?.name ?? null,
    needsReconnect: false,
  });
}

/** Runs the flow again with the app already entered, after Clio stopped accepting the old tokens. */
export async function reconnect(): Promise<void> {
  const current = await loadConnection();
  if (!current) throw new RemitError('not_connected', 'connection.not_connected_yet');
  await connect({ region: current.region, clientId: current.clientId, clientSecret: current.clientSecret });
}

/**
 * Revokes Remit's access at Clio and wipes every token and cached record. When Clio cannot be reached,
 * the revocation waits for it (see revocation.ts): the firm's access is given back all the same.
 */
export async function disconnect(): Promise<void> {
  const current = await loadConnection();
  const outcome = current ? await revokeAccess(current) : 'revoked';
  await wipeEverything();
  if (current && outcome === 'unreachable') await queueRevocation(current);
}
