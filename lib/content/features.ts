import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onLanguageChanged } from '../i18n/language-choice';

export interface FeatureRun {
  url: URL;
  /** Aborted when Clio navigates to another route: everything the feature started must stop with it. */
  signal: AbortSignal;
  ctx: ContentScriptContext;
}

export interface Feature {
  name: string;
  include: (url: URL) => boolean;
  init: (run: FeatureRun) => void | Promise<void>;
}

/**
 * Starts each feature on the routes it includes and tears it down on every navigation; a change of
 * language starts them again, so every word is drawn in it. Features start at once: what they draw
 * waits for the language (see `clioPageUi`), what they ask the background does not.
 */
export function runFeatures(ctx: ContentScriptContext, features: Feature[]): void {
  let current: AbortController | undefined;
  const start = (href: string) => {
    current?.abort();
    const controller = new AbortController();
    current = controller;
    const url = new URL(href);
    for (const feature of features) {
      if (!feature.include(url)) continue;
      Promise.resolve()
        .then(() => feature.init({ url, signal: controller.signal, ctx }))
        .catch((error: unknown) => {
          if (!controller.signal.aborted) console.error(`Remit: ${feature.name} failed`, error);
        });
    }
  };
  start(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => start(newUrl.href));
  const stopFollowingLanguage = onLanguageChanged(() => start(location.href));
  ctx.onInvalidated(() => {
    current?.abort();
    stopFollowingLanguage();
  });
}
