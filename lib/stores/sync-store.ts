import { create } from 'zustand';
import { RemitError } from '../errors';
import { sendMessage } from '../protocol';
import type { SyncStatus } from '../sync/messages';
import { useConnection } from './connection-store';

interface SyncState {
  status?: SyncStatus;
  error?: string;
  refresh(): Promise<void>;
  syncNow(): Promise<void>;
  /** Follows the sync while a page is open: often while it runs, rarely when idle. Returns a stop function. */
  follow(): () => void;
}

export const useSync = create<SyncState>((set, get, store) => {
  const apply = async (request: () => Promise<SyncStatus>) => {
    const previousError = get().status?.error;
    try {
      set({ status: await request(), error: undefined });
    } catch (error) {
      set({ error: error instanceof RemitError ? error.message : 'Remit could not read the sync status.' });
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
      let timer: ReturnType<typeof setTimeout> | undefined;
      let stopped = false;
      const schedule = (delay: number) => {
        clearTimeout(timer);
        if (!stopped) timer = setTimeout(tick, delay);
      };
      const tick = async () => {
        await get().refresh();
        schedule(get().status?.running ? 500 : 5000);
      };
      // A sync started from this page, or by connecting again, is followed from its first moment.
      const unfollowSync = store.subscribe((state, previous) => {
        if (state.status?.running && !previous.status?.running) schedule(500);
      });
      const unfollowConnection = useConnection.subscribe((state, previous) => {
        if (state.status !== previous.status) schedule(0);
      });
      void tick();
      return () => {
        stopped = true;
        clearTimeout(timer);
        unfollowSync();
        unfollowConnection();
      };
    },
  };
});
