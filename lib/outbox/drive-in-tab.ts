import type { OutboxEntry } from '../db/records';
import type { TabResponseOf } from '../messaging/protocol';
import { NoListenerError, sendToTab } from '../messaging/tab-messaging';

const READY_ATTEMPTS = 40;
const READY_EVERY_MS = 250;

/**
 * Asks the bill's Clio tab to send through Clio's own dialog. A tab whose page is still loading has
 * no listener yet; nothing reaches it then, so asking again is safe. Once delivered, never again.
 */
export async function driveSendDialog(entry: OutboxEntry): Promise<TabResponseOf<'driveSendDialog'>> {
  if (entry.tabId === null)
    return { outcome: 'failed', reason: 'No Clio tab shows this bill.', pressed: false };
  const request = { billId: entry.billId, portal: entry.portal, email: entry.email, message: entry.message };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await sendToTab(entry.tabId, entry.frameId, 'driveSendDialog', request);
    } catch (error) {
      if (!(error instanceof NoListenerError) || attempt >= READY_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, READY_EVERY_MS));
    }
  }
}
