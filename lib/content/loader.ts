import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { billIdFromUrl, isBillsList } from '../clio/pages';
import type { MessageName } from '../protocol';
import { isFeaturePage } from './pages';

const loadFeatures: MessageName = 'loadFeatures';
const contextTarget: MessageName = 'contextTarget';

/**
 * Runs on every Clio page and stays tiny: no React, no schemas. It follows Clio's hash navigation and
 * asks the background to inject the feature bundle the first time this document shows a page of the
 * table in pages.ts.
 */
export function watchForFeaturePages(ctx: ContentScriptContext): void {
  let requested = false;
  const check = (url: string) => {
    if (requested || !isFeaturePage(url)) return;
    requested = true;
    browser.runtime.sendMessage({ name: loadFeatures, request: {} }).catch(() => {
      requested = false;
    });
  };
  check(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => check(newUrl.href));
}

/**
 * Tells the background what is being right-clicked, so its menu offers "Send" only on bills and the
 * workspace only on Clio's bills list.
 */
export function reportContextTargets(ctx: ContentScriptContext): void {
  ctx.addEventListener(
    document,
    'contextmenu',
    (event) => {
      const link =
        event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null;
      const billId = billIdFromUrl(link ? link.href : location.href) ?? null;
      const billsList = isBillsList(location.href);
      browser.runtime
        .sendMessage({ name: contextTarget, request: { billId, billsList } })
        .catch(() => undefined);
    },
    { capture: true },
  );
}
