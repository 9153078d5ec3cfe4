/** What `keepMountedAt` needs of a content-script UI (WXT's shadow-root UI has it). */
export interface MountableUi {
  mount(): void;
  remove(): void;
  shadowHost: HTMLElement;
}

/**
 * Keeps `ui` mounted at Clio's element matching `anchor` until `signal` aborts: mounted when the
 * element appears, removed when it goes, and mounted again when Clio draws the element anew or drops
 * Remit's UI beside it. Clio may replace its view in one step, leaving no moment without the element;
 * WXT's `autoMount` waits for such a moment, so it would leave the page without Remit's UI.
 */
export function keepMountedAt(ui: MountableUi, anchor: string, signal: AbortSignal): void {
  if (signal.aborted) return;
  let mountedAt: Element | null = null;
  const follow = () => {
    const element = document.querySelector(anchor);
    if (element === mountedAt && (element === null || ui.shadowHost.isConnected)) return;
    if (mountedAt) ui.remove();
    mountedAt = element;
    if (element) ui.mount();
  };
  // Mounting adds Remit's own node, which calls `follow` once more; it then finds nothing to do.
  const observer = new MutationObserver(follow);
  observer.observe(document.documentElement, { childList: true, subtree: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (mountedAt) ui.remove();
      mountedAt = null;
    },
    { once: true },
  );
  follow();
}
