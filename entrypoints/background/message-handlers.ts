import { fetchBill } from '@/lib/bills/fetch-bill';
import { connect, disconnect, reconnect } from '@/lib/connection/connect';
import { loadConnection, statusOf } from '@/lib/connection/store';
import { handleMessages } from '@/lib/messaging/handle';
import { runSync, stopSync } from '@/lib/sync/run-sync';
import { syncStatus } from '@/lib/sync/sync-status';
import { injectBillFeatures } from './bill-features';

/** Runs a sync in the background; its outcome shows in the sync status, not in this reply. */
function startSync(): void {
  runSync().catch(() => undefined);
}

export function registerMessageHandlers(): void {
  handleMessages({
    getBill: ({ billId }) => fetchBill(billId),
    getConnection: async () => statusOf(await loadConnection()),
    connect: async (app) => {
      await connect(app);
      startSync();
      return statusOf(await loadConnection());
    },
    reconnect: async () => {
      await reconnect();
      startSync();
      return statusOf(await loadConnection());
    },
    disconnect: async () => {
      await stopSync();
      await disconnect();
      return statusOf(undefined);
    },
    getSyncStatus: syncStatus,
    syncNow: async () => {
      startSync();
      return syncStatus();
    },
    loadBillFeatures: async (_request, sender) => {
      await injectBillFeatures(sender);
      return {};
    },
  });
}
