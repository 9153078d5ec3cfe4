import { browser } from 'wxt/browser';

/**
 * Keeps an MV3 service worker running while it waits on Clio (the rate limit, a send to confirm):
 * an extension API call now and then restarts its idle timer. Returns the function that stops it.
 */
export function keepWorkerAlive(): () => void {
  const timer = setInterval(() => void browser.runtime.getPlatformInfo(), 20_000);
  return () => clearInterval(timer);
}
