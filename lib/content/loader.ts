import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isBillPage } from '../clio/pages';
import type { MessageName } from '../messaging/protocol';

const loadFeatures: MessageName = 'loadBillFeatures';

/**
 * Runs on every Clio page and stays tiny: no React, no schemas. It follows Clio's hash navigation and
 * asks the background to inject the feature bundle the first time this document shows a bill page.
 */
export function watchForFeaturePages(ctx: ContentScriptContext): void {
  let requested = false;
  const check = (url: string) => {
    if (requested || !isBillPage(url)) return;
    requested = true;
    browser.runtime.sendMessage({ name: loadFeatures, request: {} }).catch(() => {
      requested = false;
    });
  };
  check(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => check(newUrl.href));
}
