import type { ClioApi, ClioPage } from '../clio/api';
import { db } from '../db/database';
import { SyncStateRecord } from '../db/records';
import { preparePage, storePage } from './commit-page';
import { firstPageUrl } from './page-url';
import type { ResourceSync } from './resources';

export function initialState(resource: ResourceSync): SyncStateRecord {
  return Object.assign(new SyncStateRecord(), {
    resource: resource.name,
    nextUrl: null,
    runKind: null,
    runStartedAt: null,
    syncedUpTo: null,
    pages: 0,
    records: 0,
    completedAt: null,
  });
}

/**
 * Starts a run: every resource gets its first page at once (an incremental one asking for changes
 * since the last run, or the first time a full one), in one write. A worker stopped anywhere in the
 * run, even between two resources, then finds the rest of the run still to do.
 */
export async function planRun(resources: ResourceSync[]): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    for (const resource of resources) {
      const state = (await db.syncState.get(resource.name)) ?? initialState(resource);
      await db.syncState.put({
        ...state,
        runKind: state.syncedUpTo === null ? 'full' : 'incremental',
        nextUrl: firstPageUrl(resource, state.syncedUpTo),
        runStartedAt: null,
        pages: 0,
        records: 0,
      });
    }
  });
}

/**
 * One resource's part of the run, from its checkpoint (nothing left when it already finished). The
 * three stages overlap: while one page is being stored, the next is validated and the one after is
 * on its way. Pages are still stored strictly in order, each with its checkpoint.
 */
export async function syncResource(api: ClioApi, resource: ResourceSync, signal: AbortSignal): Promise<void> {
  const checkpoint = await db.syncState.get(resource.name);
  if (!checkpoint?.nextUrl) return;
  let state = checkpoint;
  let storing: Promise<SyncStateRecord> = Promise.resolve(checkpoint);
  let inFlight: Promise<ClioPage> | undefined = api.page(checkpoint.nextUrl, 'background', signal);
  while (inFlight) {
    const page: ClioPage = await inFlight;
    inFlight = page.next ? api.page(page.next, 'background', signal) : undefined;
    // A page fetched ahead but never stored must not surface as an unhandled rejection.
    inFlight?.catch(() => undefined);
    const prepared = preparePage(resource, page);
    state = await storing;
    signal.throwIfAborted();
    storing = storePage(resource, prepared, state);
    // Awaited on the next turn; until then a failure must not count as unhandled.
    storing.catch(() => undefined);
  }
  state = await storing;
  await db.syncState.put({
    ...state,
    syncedUpTo: state.runStartedAt,
    completedAt: Date.now(),
    runKind: null,
  });
}
