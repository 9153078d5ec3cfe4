import type { Page } from '@playwright/test';

/**
 * Clio drawing its element matching `selector` anew in one step, as after its own actions, without a
 * navigation: the element is replaced by a copy, and Remit's UI inside it (`host`) goes with the old.
 */
export function redrawInOneStep(page: Page, selector: string, host: string): Promise<void> {
  return page.evaluate(
    ([selector, host]) => {
      const drawn = document.querySelector(selector);
      if (!drawn) throw new Error(`nothing drawn at ${selector}`);
      const redrawn = drawn.cloneNode(true) as Element;
      for (const remit of redrawn.querySelectorAll(host)) remit.remove();
      drawn.replaceWith(redrawn);
    },
    [selector, host] as const,
  );
}
