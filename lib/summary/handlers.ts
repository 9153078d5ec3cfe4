import type { Handlers } from '../messaging/handle';
import type { summaryMessages } from './messages';
import { receivablesNow } from './summary-store';

export const summaryHandlers: Handlers<typeof summaryMessages> = {
  getReceivables: receivablesNow,
};
