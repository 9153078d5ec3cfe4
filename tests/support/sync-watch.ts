import type { BrowserContext, Page } from '@playwright/test';
import type { SyncStatus } from '@/lib/sync/messages';
import type { SyncStateRecord } from '../../lib/db/records/sync-state';
import { readStore, syncStatusOf } from './extension-db';

/**
 * A page of Remit's origin that runs none of Remit's code (the manifest, shown as text): reading the
 * database from it never wakes a stopped worker, unlike the popup or options page, which poll it.
 */
export async function quietExtensionPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  return page;
}

/** Where one resource's sync stands, as stored: its checkpoint and the pages of the current run. */
export async function storedSyncState(
  page: Page,
  resource: SyncStateRecord['resource'],
): Promise<SyncStateRecord | undefined> {
  return (await readStore<SyncStateRecord>(page, 'syncState')).find(
    (candidate) => candidate.resource === resource,
  );
}

/** Waits until the run in progress for `resource` has stored at least `pages` pages, from the database alone. */
export async function waitForStoredPages(
  page: Page,
  resource: SyncStateRecord['resource'],
  pages: number,
  timeoutMs = 30_000,
): Promise<SyncStateRecord> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await storedSyncState(page, resource);
    if (state && state.nextUrl !== null && state.pages >= pages) return state;
    if (Date.now() > deadline)
      throw new Error(`${resource} did not reach page ${pages} of a run: ${JSON.stringify(state)}`);
    await page.waitForTimeout(50);
  }
}

/** Waits until every resource has finished a run that ended after `since` (this machine's clock) and none runs. */
export async function waitForSyncCompletedSince(
  page: Page,
  since: number,
  timeoutMs = 60_000,
): Promise<SyncStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await syncStatusOf(page);
    if (!status.running && status.lastCompletedAt !== null && status.lastCompletedAt >= since) return status;
    if (Date.now() > deadline) throw new Error(`No sync finished since ${since}: ${JSON.stringify(status)}`);
    await page.waitForTimeout(200);
  }
}
