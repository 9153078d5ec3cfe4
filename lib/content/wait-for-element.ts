import { t } from '../i18n/text';
import { type ClioElement, describe, queryClio } from './clio-element';

/**
 * Resolves with Clio's element once it is on the page, waiting for Clio to render it. Rejects when the
 * signal aborts (the user navigated away) or after the timeout, so a changed Clio page is reported
 * instead of waited on forever.
 */
export function waitForElement<E extends Element = HTMLElement>(
  target: ClioElement,
  signal: AbortSignal,
  timeoutMs = 15_000,
): Promise<E> {
  return waitUntil(
    () => queryClio<E>(target),
    signal,
    timeoutMs,
    () => new ElementMissingError(target),
  );
}

/**
 * Resolves with Clio's element once it is on the page and enabled, on the same terms. Times out with
 * an ElementMissingError when the element never appeared, a plain Error when it stayed disabled.
 */
export function waitUntilEnabled<E extends HTMLButtonElement | HTMLInputElement>(
  target: ClioElement,
  signal: AbortSignal,
  timeoutMs = 15_000,
): Promise<E> {
  return waitUntil(
    () => {
      const element = queryClio<E>(target);
      return element && !element.disabled ? element : null;
    },
    signal,
    timeoutMs,
    () =>
      queryClio(target) ? new Error(`${describe(target)} stayed disabled`) : new ElementMissingError(target),
  );
}

/** Resolves once Clio's element is gone (a dialog closing), on the same terms. */
export function waitForAbsence(target: ClioElement, signal: AbortSignal, timeoutMs = 15_000): Promise<true> {
  return waitUntil(
    () => (queryClio(target) ? null : true),
    signal,
    timeoutMs,
    () => new Error(`${describe(target)} stayed open`),
  );
}

/** Resolves with what `check` finds once it finds something, watching the page as Clio changes it. */
export function waitUntil<T>(
  check: () => T | null,
  signal: AbortSignal,
  timeoutMs: number,
  timeoutError: () => Error,
): Promise<T> {
  return new Promise((resolve, reject) => {
    // Aborted before the wait began: no abort event is coming.
    if (signal.aborted) return reject(signal.reason);
    const found = check();
    if (found) return resolve(found);
    const observer = new MutationObserver(() => {
      const result = check();
      if (result) finish(() => resolve(result));
    });
    const timer = setTimeout(() => finish(() => reject(timeoutError())), timeoutMs);
    const onAbort = () => finish(() => reject(signal.reason));
    const finish = (settle: () => void) => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      settle();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    // The document element, not the body: the features may start before Clio's body exists.
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  });
}

export class ElementMissingError extends Error {
  constructor(readonly target: ClioElement) {
    super(t('clio_page.element_missing', { element: describe(target) }));
    this.name = 'ElementMissingError';
  }
}
