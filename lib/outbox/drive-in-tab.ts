import type { OutboxEntry } from '../db/records/outbox-entry';
import { NoListenerError, sendToTab } from '../messaging/tab-messaging';
import { sendTabMessages } from './messages';

/** A page still loading is asked again soon (a send waits on it) for up to ten seconds in all. */
const READY_ATTEMPTS = 200;
const READY_EVERY_MS = 50;

/**
 * Asks the bill's Clio tab to fill Clio's own Send dialog; true once the tab has started. A tab whose
 * page is still loading has no listener yet: nothing reached it, so asking again is safe.
 */
export async function askTabToSend(entry: OutboxEntry): Promise<boolean> {
  if (entry.tabId === null) return false;
  const target = { tabId: entry.tabId, frameId: entry.frameId };
  const request = {
    sendId: entry.id,
    billId: entry.billId,
    portal: entry.portal,
    email: entry.email,
    subject: entry.subject,
    message: entry.message,
  };
  for (let attempt = 1; ; attempt += 1) {
    try {
      return (await sendToTab(sendTabMessages, target, 'driveSendDialog', request)).started;
    } catch (error) {
      if (!(error instanceof NoListenerError) || attempt >= READY_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, READY_EVERY_MS));
    }
  }
}
