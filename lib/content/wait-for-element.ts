/**
 * Resolves with the first element matching the selector, waiting for Clio to render it. Rejects when
 * the signal aborts (the user navigated away) or after the timeout, so a changed Clio page is reported
 * instead of waited on forever.
 */
export function waitForElement<E extends Element = Element>(
  selector: string,
  signal: AbortSignal,
  timeoutMs = 15_000,
): Promise<E> {
  return new Promise((resolve, reject) => {
    const found = document.querySelector<E>(selector);
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const element = document.querySelector<E>(selector);
      if (element) finish(() => resolve(element));
    });
    const timer = setTimeout(() => finish(() => reject(new ElementMissingError(selector))), timeoutMs);
    const onAbort = () => finish(() => reject(signal.reason));
    const finish = (settle: () => void) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

export class ElementMissingError extends Error {
  constructor(readonly selector: string) {
    super(`No element matches ${selector}`);
    this.name = 'ElementMissingError';
  }
}
