import type { Handlers } from '../messaging/handle';
import { connect, disconnect, reconnect } from './connect';
import type { connectionMessages } from './messages';
import { retryRevocations } from './revocation';
import { connectionStatus } from './store';

/** What follows a connection's change, from the domains that build on it (sync, the badge). */
export interface ConnectionFollowers {
  connected(): void;
  disconnecting(): Promise<void>;
  disconnected(): Promise<void>;
}

export function connectionHandlers(followers: ConnectionFollowers): Handlers<typeof connectionMessages> {
  return {
    getConnection: async () => {
      // Whoever looks at the connection may be back online: access still to be revoked is tried now,
      // without keeping the page waiting on a Clio that may still be out of reach.
      void retryRevocations().catch(() => undefined);
      return connectionStatus();
    },
    connect: async (app) => {
      await connect(app);
      followers.connected();
      return connectionStatus();
    },
    reconnect: async () => {
      await reconnect();
      followers.connected();
      return connectionStatus();
    },
    disconnect: async () => {
      await followers.disconnecting();
      await disconnect();
      await followers.disconnected();
      return connectionStatus();
    },
  };
}
