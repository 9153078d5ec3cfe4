import { browser } from 'wxt/browser';

/**
 * Where the workspace opens: every bill, the bills needing attention or those a reminder is due for
 * chosen for review, or the review.
 */
export type WorkspaceStart = 'all' | 'needs-attention' | 'reminders' | 'review';

/** The collections workspace, in a tab of its own: a table of every bill needs more room than the popup has. */
export async function openCollectionsWorkspace(start: WorkspaceStart = 'all'): Promise<void> {
  const page = browser.runtime.getURL('/collections.html');
  await browser.tabs.create({ url: start === 'all' ? page : `${page}#${start}` });
}
