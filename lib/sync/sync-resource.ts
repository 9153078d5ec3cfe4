import type { ClioApi, ClioPage } from '../clio/api';
import { db } from '../db/database';
import { SyncStateRecord } from '../db/records';
import { commitPage } from './commit-page';
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
 * One resource's run, from its checkpoint: resumes a run a stopped worker left, else starts an
 * incremental run (changes since the last run) or, the first time, a full one. While a page is being
 * stored, the next one is already on its way.
 */
export async function syncResource(api: ClioApi, resource: ResourceSync, signal: AbortSignal): Promise<void> {
  let state = (await db.syncState.get(resource.name)) ?? initialState(resource);
  if (state.nextUrl === null) {
    state = {
      ...state,
      runKind: state.syncedUpTo === null ? 'full' : 'incremental',
      nextUrl: firstPageUrl(resource, state.syncedUpTo),
      runStartedAt: null,
      pages: 0,
      records: 0,
    };
    await db.syncState.put(state);
  }
  let inFlight: Promise<ClioPage> | undefined = api.page(state.nextUrl as string, 'background', signal);
  while (inFlight) {
    const page: ClioPage = await inFlight;
    inFlight = page.next ? api.page(page.next, 'background', signal) : undefined;
    // A page fetched ahead but never stored must not surface as an unhandled rejection.
    inFlight?.catch(() => undefined);
    signal.throwIfAborted();
    state = await commitPage(resource, page, state);
  }
  await db.syncState.put({
    ...state,
    syncedUpTo: state.runStartedAt,
    completedAt: Date.now(),
    runKind: null,
  });
}
