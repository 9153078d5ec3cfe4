import type { Handlers } from '../messaging/handle';
import type { syncMessages } from './messages';
import { runSync } from './run-sync';
import { syncStatus } from './sync-status';

/** Runs a sync in the background; its outcome shows in the sync status, not in this reply. */
export function startSync(): void {
  runSync().catch(() => undefined);
}

export const syncHandlers: Handlers<typeof syncMessages> = {
  getSyncStatus: syncStatus,
  syncNow: async () => {
    startSync();
    return syncStatus();
  },
};
