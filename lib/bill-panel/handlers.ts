import type { ClioScopes, Handlers } from '../messaging/handle';
import { isOnScreen } from '../messaging/page-scope';
import { cachedBillPanel, refreshedBillPanel } from './bill-panel';
import type { billPanelMessages } from './messages';

type Messages = typeof billPanelMessages;

export const billPanelHandlers: Handlers<Messages> = {
  getCachedBillPanel: ({ billId }) => cachedBillPanel(billId),
  refreshBillPanel: ({ billId }) => refreshedBillPanel(billId),
};

export const billPanelScopes: ClioScopes<Messages> = {
  getCachedBillPanel: ({ billId }, page) => isOnScreen(billId, page),
  refreshBillPanel: ({ billId }, page) => isOnScreen(billId, page),
};
