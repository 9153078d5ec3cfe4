import { create } from 'zustand';
import { sayError } from '../error-text';
import { onUpdates } from '../messaging/updates';
import { sendMessage } from '../send-message';
import type { SyncStatus } from '../sync/messages';
import { useConnection } from './connection-store';

interface SyncState {
  status?: SyncStatus;
  error?: string;
  refresh(): Promise<void>;
  syncNow(): Promise<void>;
  /** Follows the sync while a page is open, as the background reports it. Returns a stop function. */
  follow(): () => void;
}

export const useSync = create<SyncState>((set, get) => {
  const apply = async (request: () => Promise<SyncStatus>) => {
    const previousError = get().status?.error;
    try {
      set({ status: await request(), error: undefined });
    } catch (error) {
      set({ error: sayError(error, 'sync_view.status_unreadable') });
      return;
    }
    // A sync that failed may have found that Clio no longer accepts the sign-in: the connection shows it.
    const error = get().status?.error;
    if (error && error !== previousError) void useConnection.getState().load();
  };
  return {
    refresh: () => apply(() => sendMessage('getSyncStatus', {})),
    syncNow: () => apply(() => sendMessage('syncNow', {})),
    follow() {
      const stop = new AbortController();
      onUpdates(['sync', 'connection'], () => void get().refresh(), stop.signal);
      void get().refresh();
      return () => stop.abort();
    },
  };
});
