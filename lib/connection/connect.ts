import { browser } from 'wxt/browser';
import { createClioApi } from '../clio/api';
import { authorizeUrl, codeFromRedirect, deauthorize, exchangeCode, type OAuthApp } from '../clio/oauth';
import { RemitError } from '../messaging/remit-error';
import { loadConnection, saveConnection, wipeEverything } from './store';

/** The redirect URI the firm registers in its Clio developer app. */
export function redirectUri(): string {
  return browser.identity.getRedirectURL();
}

/** Runs Clio's authorization-code flow in Chrome's auth window and stores the tokens it yields. */
export async function connect(app: OAuthApp): Promise<void> {
  const state = crypto.randomUUID();
  let redirectedTo: string | undefined;
  try {
    redirectedTo = await browser.identity.launchWebAuthFlow({
      url: authorizeUrl(app, redirectUri(), state),
      interactive: true,
    });
  } catch (error) {
    throw new RemitError(
      'not_connected',
      `The Clio sign-in window closed before finishing (${String(error)}).`,
    );
  }
  if (!redirectedTo)
    throw new RemitError('not_connected', 'The Clio sign-in window closed before finishing.');
  const tokens = await exchangeCode(app, codeFromRedirect(redirectedTo, state), redirectUri());
  const user = await createClioApi({
    region: app.region,
    accessToken: async () => tokens.access_token,
    refreshAccessToken: async () => tokens.access_token,
  }).whoAmI();
  await wipeEverything();
  await saveConnection({
    ...app,
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    expiresAt: Date.now() + tokens.expires_in * 1000,
    user,
    needsReconnect: false,
  });
}

/** Revokes the token at Clio and wipes every token and cached record. */
export async function disconnect(): Promise<void> {
  const current = await loadConnection();
  if (current) await deauthorize(current.region, current.accessToken);
  await wipeEverything();
}
