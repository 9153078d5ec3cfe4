import type { ClioScopes, Handlers } from '../messaging/handle';
import { anyPage } from '../messaging/page-scope';
import { injectFeatures } from './inject-features';
import type { ContextTarget, contentMessages } from './messages';

type Messages = typeof contentMessages;

/** `rightClicked` shows the context menu's items that apply to what was right-clicked. */
export const contentHandlers = (hooks: {
  rightClicked: (target: ContextTarget) => Promise<void>;
}): Handlers<Messages> => ({
  loadFeatures: async (_request, sender) => {
    await injectFeatures(sender);
    return {};
  },
  contextTarget: async (target) => {
    await hooks.rightClicked(target);
    return {};
  },
});

export const contentScopes: ClioScopes<Messages> = { loadFeatures: anyPage, contextTarget: anyPage };
