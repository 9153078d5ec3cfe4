import { showOverdueCount } from '@/lib/badge/toolbar-badge';
import { billPanelHandlers, billPanelScopes } from '@/lib/bill-panel/handlers';
import { collectionHandlers, collectionScopes } from '@/lib/collections/handlers';
import { connectionHandlers } from '@/lib/connection/handlers';
import { worksOnHost } from '@/lib/connection/store';
import { contentHandlers, contentScopes } from '@/lib/content/handlers';
import { exportHandlers } from '@/lib/export/handlers';
import { insightHandlers } from '@/lib/insight/handlers';
import { mailingHandlers } from '@/lib/mailing/handlers';
import { isBulkSendTab, sendDriverLoaded } from '@/lib/mailing/send-tab';
import { type ClioRules, type ClioScopes, type Handlers, handleMessages } from '@/lib/messaging/handle';
import { sendHandlers, sendScopes } from '@/lib/outbox/handlers';
import { paymentLinkHandlers, paymentLinkScopes } from '@/lib/payment-links/handlers';
import { type Protocol, protocol } from '@/lib/protocol';
import { reminderHandlers, reminderScopes } from '@/lib/reminders/handlers';
import { remindersDueToday } from '@/lib/reminders/reminders-today';
import { settingsHandlers, settingsScopes } from '@/lib/settings/handlers';
import { summaryHandlers } from '@/lib/summary/handlers';
import { startSync, syncHandlers } from '@/lib/sync/handlers';
import { stopSync } from '@/lib/sync/run-sync';
import { showContextMenuFor } from './context-menu';

export const handlers: Handlers<Protocol> = {
  ...billPanelHandlers,
  ...sendHandlers,
  ...paymentLinkHandlers,
  ...connectionHandlers({
    connected: startSync,
    disconnecting: stopSync,
    // Nothing is owed to a firm Remit no longer knows.
    disconnected: () => showOverdueCount(0),
  }),
  ...syncHandlers,
  ...summaryHandlers,
  ...collectionHandlers({
    remindersDue: async () => new Set((await remindersDueToday()).keys()),
  }),
  ...mailingHandlers,
  ...reminderHandlers,
  ...exportHandlers,
  ...insightHandlers,
  ...settingsHandlers,
  ...contentHandlers({
    rightClicked: showContextMenuFor,
    sendTabs: { has: isBulkSendTab, driverLoaded: sendDriverLoaded },
  }),
};

/** What a Clio page's content script may ask: always about the page it is on. */
const clioScopes: ClioScopes<Protocol> = {
  ...billPanelScopes,
  ...sendScopes,
  ...paymentLinkScopes,
  ...settingsScopes,
  ...collectionScopes,
  ...reminderScopes,
  ...contentScopes,
};

/** A Clio page is answered within its scope, and only on the connected firm's Clio. */
export const clioRules: ClioRules<Protocol> = {
  scopes: clioScopes,
  worksOnHost,
  // A right-click refused (on another region's Clio) offers nothing: not what the last one showed.
  refused: async (name) => {
    if (name === 'contextTarget') await showContextMenuFor({ billId: null, billsList: false });
  },
};

export function registerMessageHandlers(): void {
  handleMessages(protocol, handlers, clioRules);
}
