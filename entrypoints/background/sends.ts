import { browser } from 'wxt/browser';
import { billIdFromUrl } from '@/lib/clio/pages';
import { senderKind } from '@/lib/messaging/handle';
import { CONFIRM_ALARM, checkDueSends, reconcileSends } from '@/lib/outbox/confirm-send';
import { dialogTabGone, isSendOfTab, resumeSends } from '@/lib/outbox/send-outbox';
import { SEND_PORT_PREFIX } from '@/lib/outbox/send-port';
import { onBillsStored } from '@/lib/sync/store-bills';

/**
 * Sends outlive any one worker: unfinished ones are resumed when it starts, unconfirmed ones are
 * looked for on an alarm and in every bill read from Clio, and the port a tab holds while it fills
 * Clio's dialog says when it goes away.
 */
export function followSends(): void {
  onBillsStored(reconcileSends);
  browser.runtime.onConnect.addListener((port) => {
    const tabId = port.sender?.tab?.id;
    if (!port.name.startsWith(SEND_PORT_PREFIX) || !port.sender || senderKind(port.sender) !== 'clio') return;
    if (tabId === undefined) return;
    const sendId = port.name.slice(SEND_PORT_PREFIX.length);
    const billId = billIdFromUrl(port.sender.tab?.url ?? '');
    port.onDisconnect.addListener(async () => {
      if (await isSendOfTab(sendId, tabId, billId)) await dialogTabGone(sendId);
    });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CONFIRM_ALARM)
      void checkDueSends().catch((error) => console.error('Remit: sends', error));
  });
  void resumeSends().catch((error) => console.error('Remit: sends were not resumed', error));
}
