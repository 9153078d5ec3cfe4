import { browser } from 'wxt/browser';
import { cachedBillPanel, refreshedBillPanel } from '@/lib/bills/bill-panel';
import { connect, disconnect, reconnect } from '@/lib/connection/connect';
import { retryRevocations } from '@/lib/connection/revocation';
import { connectionStatus } from '@/lib/connection/store';
import { handleMessages } from '@/lib/messaging/handle';
import { RemitError } from '@/lib/messaging/remit-error';
import { latestSend, queueSend, recordOutcome, recordPressing } from '@/lib/outbox/send-outbox';
import { createLinks } from '@/lib/payment-links/create-links';
import { expireLink } from '@/lib/payment-links/expire-link';
import { cachedPlan, payableBills } from '@/lib/payment-links/payable-bills';
import { loadSettings, saveSettings } from '@/lib/settings/settings';
import { showOverdueCount } from '@/lib/summary/overdue-badge';
import { receivablesNow } from '@/lib/summary/summary-store';
import { runSync, stopSync } from '@/lib/sync/run-sync';
import { syncStatus } from '@/lib/sync/sync-status';
import { injectBillFeatures } from './bill-features';
import { openClientLinkPage } from './client-link-page';
import { clioScopes } from './clio-scope';
import { showSendMenuFor } from './context-menu';

/** Runs a sync in the background; its outcome shows in the sync status, not in this reply. */
function startSync(): void {
  runSync().catch(() => undefined);
}

export function registerMessageHandlers(): void {
  handleMessages(
    {
      getCachedBillPanel: ({ billId }) => cachedBillPanel(billId),
      refreshBillPanel: ({ billId }) => refreshedBillPanel(billId),
      queueSend: async (request, sender) => {
        if (sender.tab?.id === undefined)
          throw new RemitError('invalid', 'Sends start from a Clio bill page.');
        return queueSend(request, { tabId: sender.tab.id, frameId: sender.frameId ?? 0 });
      },
      getSend: ({ billId }) => latestSend(billId),
      sendPressing: async ({ sendId }) => ({ press: await recordPressing(sendId) }),
      sendOutcome: async ({ sendId, outcome }) => {
        await recordOutcome(sendId, outcome);
        return {};
      },
      planPaymentLinks: ({ billIds }) => cachedPlan(billIds),
      createPaymentLinks: (order) => createLinks(order),
      expirePaymentLink: async ({ linkId }) => {
        await expireLink(linkId);
        return {};
      },
      getPayableBills: ({ clientId }) => payableBills(clientId),
      openClientLink: async ({ clientId, billIds }) => {
        await openClientLinkPage(clientId, billIds);
        return {};
      },
      contextTarget: async ({ billId }) => {
        await showSendMenuFor(billId);
        return {};
      },
      getSettings: loadSettings,
      saveSettings: (settings) => saveSettings(settings),
      getConnection: async () => {
        // Whoever looks at the connection may be back online: access still to be revoked is tried now,
        // without keeping the page waiting on a Clio that may still be out of reach.
        void retryRevocations().catch(() => undefined);
        return connectionStatus();
      },
      connect: async (app) => {
        await connect(app);
        startSync();
        return connectionStatus();
      },
      reconnect: async () => {
        await reconnect();
        startSync();
        return connectionStatus();
      },
      disconnect: async () => {
        await stopSync();
        await disconnect();
        await showOverdueCount(0);
        return connectionStatus();
      },
      getSyncStatus: syncStatus,
      getReceivables: receivablesNow,
      syncNow: async () => {
        startSync();
        return syncStatus();
      },
      openOptions: async () => {
        await browser.runtime.openOptionsPage();
        return {};
      },
      loadBillFeatures: async (_request, sender) => {
        await injectBillFeatures(sender);
        return {};
      },
    },
    clioScopes,
  );
}
