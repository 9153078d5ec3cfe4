import { type Browser, browser } from 'wxt/browser';
import { toBillView } from '../bills/bill-record';
import { billIdFromUrl } from '../clio/pages';
import { worksOnHost } from '../connection/store';
import { db } from '../db/database';
import type { OutboxEntry } from '../db/records/outbox-entry';
import { sayError } from '../error-text';
import { RemitError } from '../errors';
import { t } from '../i18n/text';
import { loadSettings } from '../settings/settings';
import { messageFor } from './message-template';
import { billInClio, queueSend } from './send-outbox';
import { isChecking } from './send-phases';
import { sendNotice } from './send-wording';
import { whyNotSent } from './sendable';

export const SEND_MENU_ID = 'remit-send-to-portal';
const FOLLOW_EVERY_MS = 500;
const FOLLOW_FOR_MS = 90_000;

/**
 * "Send to client portal" from the context menu: the bill page right-clicked, or the bill behind a
 * right-clicked link (opened in a new tab, where Clio's Send dialog lives). Same outbox as the panel;
 * the outcome arrives as a notification.
 */
export async function sendFromContextMenu(
  info: Browser.contextMenus.OnClickData,
  tab?: Browser.tabs.Tab,
): Promise<void> {
  const billUrl = info.linkUrl ?? info.pageUrl ?? '';
  const billId = billIdFromUrl(billUrl);
  if (billId === undefined || tab?.id === undefined) {
    await notify(t('outbox.not_a_bill_title'), t('outbox.not_a_bill'));
    return;
  }
  try {
    // A right-click whose word never reached the background leaves the menu as the last one showed
    // it: another region's bill is still not the connected firm's to send.
    if (!(await worksOnHost(new URL(billUrl).host))) {
      await notify(t('outbox.not_sent_title'), t('common.refused_other_clio'));
      return;
    }
    // The message is written from Clio's bill, not the cache's: one paid since the last sync gets
    // the receipt, not "please pay". Asked before any tab opens, so Clio's refusal leaves none.
    const bill = await billInClio(billId);
    const unsendable = whyNotSent(bill, {});
    if (unsendable) throw new RemitError('not_allowed', unsendable);
    const onBillPage = billIdFromUrl(tab.url ?? info.pageUrl ?? '') === billId;
    const target = onBillPage
      ? { tabId: tab.id, frameId: info.frameId ?? 0 }
      : { tabId: await openBillTab(info.linkUrl ?? '', tab), frameId: 0 };
    const message = messageFor(await loadSettings(), toBillView(bill));
    const view = await queueSend({ billId, portal: true, email: false, message }, target, bill);
    const outcome = await followSend(view.id);
    await notifyOutcome(bill.number, outcome);
  } catch (error) {
    await notify(t('outbox.not_sent_title'), sayError(error, 'outbox.could_not_send'));
  }
}

async function openBillTab(url: string, from: Browser.tabs.Tab): Promise<number> {
  const opened = await browser.tabs.create({
    url,
    index: from.index + 1,
    windowId: from.windowId,
    active: true,
  });
  if (opened.id === undefined) throw new RemitError('invalid', 'outbox.tab_not_opened');
  return opened.id;
}

/** The send once it settles (confirmed, not sent, or not seen in Clio within the quick checks). */
async function followSend(id: string): Promise<OutboxEntry | undefined> {
  const deadline = Date.now() + FOLLOW_FOR_MS;
  for (;;) {
    const entry = await db.outbox.get(id);
    if (!entry || ['confirmed', 'unconfirmed', 'failed'].includes(entry.state) || Date.now() > deadline)
      return entry;
    await new Promise((resolve) => setTimeout(resolve, FOLLOW_EVERY_MS));
  }
}

async function notifyOutcome(billNumber: string, entry: OutboxEntry | undefined): Promise<void> {
  if (!entry) return;
  const { title, message } = sendNotice(billNumber, { ...entry, checking: isChecking(entry) });
  await notify(title, message);
}

async function notify(title: string, message: string): Promise<void> {
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
  });
}

/** Called as the user right-clicks in Clio, before the menu opens. */
export async function showSendMenuFor(billId: number | null): Promise<void> {
  await browser.contextMenus.update(SEND_MENU_ID, { visible: billId !== null });
}
