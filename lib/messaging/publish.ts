import { browser } from 'wxt/browser';
import { CLIO_APP_MATCHES } from '../clio/regions';
import type { UpdateMessage, UpdateTopic } from './updates';

/** Changes within this long go out as one update: a sync writes many pages in a burst. */
const GATHER_MS = 150;

/**
 * Topics that change once, not in bursts, and that someone is waiting to see: they go at once, with
 * whatever was gathered so far. The popup's figures are rebuilt once per sync run, or once the bills
 * awaiting payment are in.
 */
const AT_ONCE = new Set<UpdateTopic>(['receivables']);

let gathered = new Set<UpdateTopic>();
let flushing: ReturnType<typeof setTimeout> | undefined;

/**
 * Tells every open Remit page (popup, options, client link page) and every Clio tab that `topics`
 * changed. Nothing is kept for pages that are not open: a page asks for everything when it opens.
 */
export function publish(...topics: UpdateTopic[]): void {
  for (const topic of topics) gathered.add(topic);
  if (topics.some((topic) => AT_ONCE.has(topic))) {
    clearTimeout(flushing);
    void flush();
  } else if (flushing === undefined) flushing = setTimeout(flush, GATHER_MS);
}

async function flush(): Promise<void> {
  const message: UpdateMessage = { name: 'remitUpdate', topics: [...gathered] };
  gathered = new Set();
  flushing = undefined;
  // Rejected when no Remit page is open: nobody to tell.
  browser.runtime.sendMessage(message).catch(() => undefined);
  const tabs = await browser.tabs.query({ url: CLIO_APP_MATCHES }).catch(() => []);
  for (const tab of tabs) {
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  }
}
