import { defineMessage, none } from '../messaging/define';
import { billQuery, billWindow, selectionQuery, selectionSummary } from './query-bills';

export const collectionMessages = {
  /** A window of the cached bills that match a filter, in a sort's order, with their count and totals. */
  queryBills: defineMessage('extension', billQuery, billWindow),
  /** The count and totals per currency of a selection, however many bills it holds. */
  selectionTotals: defineMessage('extension', selectionQuery, selectionSummary),
  /** Opens the workspace in a tab of its own: from the popup, or from Clio's bills list. */
  openWorkspace: defineMessage('both', none, none),
};
