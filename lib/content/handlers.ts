import type { ClioScopes, Handlers } from '../messaging/handle';
import { anyPage } from '../messaging/page-scope';
import { injectBillFeatures } from './inject-features';
import type { contentMessages } from './messages';

type Messages = typeof contentMessages;

export const contentHandlers: Handlers<Messages> = {
  loadBillFeatures: async (_request, sender) => {
    await injectBillFeatures(sender);
    return {};
  },
};

export const contentScopes: ClioScopes<Messages> = { loadBillFeatures: anyPage };
