import type { TokenSource } from '../clio/api';
import { refreshTokens } from '../clio/oauth';
import type { ConnectionRecord } from '../db/records/connection';
import { RemitError } from '../errors';
import { loadConnection, updateConnection } from './store';

/**
 * The refresh under way, keyed by the token Clio turned down. Requests that meet a 401 together (the
 * sync, the bill on screen and a send, say) share one refresh instead of each asking Clio for tokens.
 */
let refreshing: { rejected: string; fresh: Promise<string> } | undefined;

/**
 * Tokens for API calls, from the stored connection; a failed refresh marks it "Reconnect". The token
 * is kept in memory between requests: reading it from IndexedDB each time would queue every request
 * behind the sync's writes.
 */
export function storedTokens(connection: ConnectionRecord): TokenSource {
  let accessToken = connection.accessToken;
  return {
    region: connection.region,
    async accessToken() {
      return accessToken;
    },
    async refreshAccessToken(rejected) {
      if (refreshing?.rejected !== rejected) {
        const fresh = refreshAfter(rejected);
        refreshing = { rejected, fresh };
        // A refresh that failed is not shared with the next caller: it may succeed where this one did not.
        fresh.catch(() => {
          if (refreshing?.fresh === fresh) refreshing = undefined;
        });
      }
      accessToken = await refreshing.fresh;
      return accessToken;
    },
  };
}

async function refreshAfter(rejected: string): Promise<string> {
  const current = await loadConnection();
  if (!current) throw new RemitError('not_connected', 'connection.not_connected');
  // Refreshed since this request set out (by another of Remit's clients): that token is the one to use.
  if (current.accessToken !== rejected) return current.accessToken;
  try {
    if (current.refreshToken === null) {
      throw new RemitError('reconnect', 'connection.cannot_renew');
    }
    const fresh = await refreshTokens(current, current.refreshToken);
    await updateConnection({
      accessToken: fresh.access_token,
      // Clio Manage's refresh token is reused; a new one replaces it only when Clio sends one.
      refreshToken: fresh.refresh_token ?? current.refreshToken,
      expiresAt: Date.now() + fresh.expires_in * 1000,
    });
    return fresh.access_token;
  } catch (error) {
    if (error instanceof RemitError && (error.code === 'reconnect' || error.code === 'not_connected')) {
      await updateConnection({ needsReconnect: true });
      throw new RemitError('reconnect', 'clio.sign_in_refused');
    }
    throw error;
  }
}
