import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { languageApplied } from '../i18n/language-choice';
import { currentLanguage } from '../i18n/text';

/**
 * Remit's own React UI on a Clio page, in a closed shadow root, so Clio's page (or a script injected
 * into it) cannot reach in and press Remit's buttons. It paints in the task that mounts it, not a
 * later one: it appears with Clio's element, not after it.
 */
export async function clioPageUi(
  ctx: ContentScriptContext,
  ui: { name: string; anchor: string; append: 'after' | 'first' | 'last'; render: () => ReactNode },
) {
  // Drawn in the user's language; what the feature asked the background meanwhile is on its way.
  await languageApplied();
  return createShadowRootUi<Root>(ctx, {
    name: ui.name,
    mode: 'closed',
    position: 'inline',
    anchor: ui.anchor,
    append: ui.append,
    onMount(container) {
      // Clio's page may be in another language than Remit's: screen readers read each in its own.
      container.lang = currentLanguage();
      const root = createRoot(container);
      flushSync(() => root.render(ui.render()));
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
}
