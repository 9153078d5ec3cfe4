import { db } from '../db/database';
import type { ClioScopes, Handlers } from '../messaging/handle';
import { billOnScreen, isOnlyOnScreen, isOnScreen } from '../messaging/page-scope';
import { openClientLinkPage } from './client-link-page';
import { createLinks } from './create-links';
import { expireLink } from './expire-link';
import type { paymentLinkMessages } from './messages';
import { cachedPlan, payableBills } from './payable-bills';

type Messages = typeof paymentLinkMessages;

export const paymentLinkHandlers: Handlers<Messages> = {
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
};

/** A page plans, makes and expires links of the bill it shows, and opens its client's link page. */
export const paymentLinkScopes: ClioScopes<Messages> = {
  planPaymentLinks: ({ billIds }, page) => isOnlyOnScreen(billIds, page),
  createPaymentLinks: ({ billIds }, page) => isOnlyOnScreen(billIds, page),
  async expirePaymentLink({ linkId }, page) {
    const link = await db.paymentLinks.get(linkId);
    return link !== undefined && link.billId !== null && isOnScreen(link.billId, page);
  },
  async openClientLink({ clientId, billIds }, page) {
    const billId = billOnScreen(page);
    const bill = billId === undefined ? undefined : await db.bills.get(billId);
    return bill?.clientId === clientId && billIds.every((id) => id === billId);
  },
};
