import type { TokenSource } from '../clio/api';
import { refreshTokens } from '../clio/oauth';
import type { ConnectionRecord } from '../db/records';
import { RemitError } from '../messaging/remit-error';
import { loadConnection, updateConnection } from './store';

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
    async refreshAccessToken() {
      const current = await loadConnection();
      if (!current) throw new RemitError('not_connected', 'Remit is not connected to Clio.');
      try {
        const fresh = await refreshTokens(current, current.refreshToken);
        await updateConnection({
          accessToken: fresh.access_token,
          refreshToken: fresh.refresh_token,
          expiresAt: Date.now() + fresh.expires_in * 1000,
        });
        accessToken = fresh.access_token;
        return fresh.access_token;
      } catch (error) {
        if (error instanceof RemitError && (error.code === 'reconnect' || error.code === 'not_connected')) {
          await updateConnection({ needsReconnect: true });
          throw new RemitError('reconnect', 'Clio no longer accepts Remit’s sign-in. Reconnect to Clio.');
        }
        throw error;
      }
    },
  };
}
