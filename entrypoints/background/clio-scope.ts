import { billIdFromUrl } from '@/lib/clio/pages';
import { db } from '@/lib/db/database';
import type { ClioScopes } from '@/lib/messaging/handle';
import { isSendOfTab } from '@/lib/outbox/send-outbox';

/** The bill a Clio page shows, if it shows one. */
const onScreen = (page: { url: URL }) => billIdFromUrl(page.url);
const isOnScreen = (billId: number, page: { url: URL }) => billId === onScreen(page);
const onlyOnScreen = (billIds: readonly number[], page: { url: URL }) =>
  billIds.length === 1 && billIds[0] === onScreen(page);

/** What a Clio page's content script may ask: always about the bill that page shows. */
export const clioScopes: ClioScopes = {
  getCachedBillPanel: ({ billId }, page) => isOnScreen(billId, page),
  refreshBillPanel: ({ billId }, page) => isOnScreen(billId, page),
  queueSend: ({ billId }, page) => isOnScreen(billId, page),
  getSend: ({ billId }, page) => isOnScreen(billId, page),
  planPaymentLinks: ({ billIds }, page) => onlyOnScreen(billIds, page),
  createPaymentLinks: ({ billIds }, page) => onlyOnScreen(billIds, page),
  async expirePaymentLink({ linkId }, page) {
    const link = await db.paymentLinks.get(linkId);
    return link !== undefined && link.billId !== null && isOnScreen(link.billId, page);
  },
  async openClientLink({ clientId, billIds }, page) {
    const billId = onScreen(page);
    const bill = billId === undefined ? undefined : await db.bills.get(billId);
    return bill?.clientId === clientId && billIds.every((id) => id === billId);
  },
  sendPressing: ({ sendId }, page) => isSendOfTab(sendId, page.tabId, onScreen(page)),
  sendOutcome: ({ sendId }, page) => isSendOfTab(sendId, page.tabId, onScreen(page)),
  contextTarget: () => true,
  loadBillFeatures: () => true,
  openOptions: () => true,
  getSettings: () => true,
};
