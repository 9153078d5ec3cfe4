import type { ClioScopes, Handlers } from '../messaging/handle';
import { anyPage } from '../messaging/page-scope';
import { injectFeatures } from './inject-features';
import type { contentMessages } from './messages';

type Messages = typeof contentMessages;

export const contentHandlers: Handlers<Messages> = {
  loadFeatures: async (_request, sender) => {
    await injectFeatures(sender);
    return {};
  },
};

export const contentScopes: ClioScopes<Messages> = { loadFeatures: anyPage };
