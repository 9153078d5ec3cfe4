import { defineMessage, none } from '../messaging/define';
import { receivablesView } from './receivables-view';

export const summaryMessages = {
  /** The popup's figures, for today, from the summary the sync keeps; null before the first sync. */
  getReceivables: defineMessage('extension', none, receivablesView.nullable()),
};
