import { create } from 'zustand';
import type { SyncStatus } from '../messaging/protocol';
import { RemitError } from '../messaging/remit-error';
import { sendMessage } from '../messaging/send';

interface SyncState {
  status?: SyncStatus;
  error?: string;
  refresh(): Promise<void>;
  syncNow(): Promise<void>;
  /** Follows the sync while a page is open: often while it runs, rarely when idle. Returns a stop function. */
  follow(): () => void;
}

export const useSync = create<SyncState>((set, get) => {
  const apply = async (request: () => Promise<SyncStatus>) => {
    try {
      set({ status: await request(), error: undefined });
    } catch (error) {
      set({ error: error instanceof RemitError ? error.message : 'Remit could not read the sync status.' });
    }
  };
  return {
    refresh: () => apply(() => sendMessage('getSyncStatus', {})),
    syncNow: () => apply(() => sendMessage('syncNow', {})),
    follow() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let stopped = false;
      const tick = async () => {
        await get().refresh();
        if (!stopped) timer = setTimeout(tick, get().status?.running ? 500 : 5000);
      };
      void tick();
      return () => {
        stopped = true;
        clearTimeout(timer);
      };
    },
  };
});
