import type { ClioApi, ClioPage } from '../clio/api';
import { db } from '../db/database';
import { SyncStateRecord } from '../db/records/sync-state';
import type { Text } from '../i18n/text';
import { type PreparedPage, preparePage, storePage } from './commit-page';
import { firstPageUrl, firstRunUrls } from './page-url';
import { PAYMENTS_DELTA, paymentsDeltaUrls } from './payments-delta';
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
      const full = state.syncedUpTo === null;
      // Payments without `updated_since` wait until the bills of this run show whose money moved.
      const delta = !full && !resource.query.updatedSince;
      const [first = null, ...queue] = full
        ? firstRunUrls(resource)
        : [delta ? PAYMENTS_DELTA : firstPageUrl(resource, state.syncedUpTo)];
      await db.syncState.put({
        ...state,
        runKind: full ? 'full' : 'incremental',
        nextUrl: first,
        queue,
        queriesRead: 0,
        // A full read covers whatever bills moved before it.
        billsChanged: full ? [] : (state.billsChanged ?? []),
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
 * on its way. Pages are still stored strictly in order, each with its checkpoint. `onQueryRead` is
 * awaited after each query read to its end is stored, before the next page is: what it does with the
 * cache (the popup's current figures, say) has the worker to itself.
 */
export async function syncResource(
  api: ClioApi,
  resource: ResourceSync,
  signal: AbortSignal,
  onQueryRead?: (state: SyncStateRecord) => Promise<void>,
): Promise<void> {
  const checkpoint = await resumed(await resolveDelta(resource, await db.syncState.get(resource.name)));
  if (!checkpoint?.nextUrl) return;
  let state = checkpoint;
  let queue = checkpoint.queue ?? [];
  let storing: Promise<SyncStateRecord> = Promise.resolve(checkpoint);
  // What a first run read first comes again in its whole index: unchanged, it is not stored twice.
  const readFirst =
    resource.firstRunReadsFirst && checkpoint.runKind === 'full' ? new Map<number, string>() : undefined;
  let queriesRead = checkpoint.queriesRead ?? 0;
  let inFlight: Promise<ClioPage> | undefined = api.page(checkpoint.nextUrl, 'background', signal);
  while (inFlight) {
    const fetched: ClioPage = await inFlight;
    // After the last page of one query comes the first of the next.
    const next = fetched.next ?? queue[0];
    queue = fetched.next ? queue : queue.slice(1);
    const page = { ...fetched, next };
    inFlight = next ? api.page(next, 'background', signal) : undefined;
    // A page fetched ahead but never stored must not surface as an unhandled rejection.
    inFlight?.catch(() => undefined);
    // Records read first come again in the whole index: those unchanged are not checked or stored twice.
    const again = readFirst && queriesRead > 0 ? leaveOutUnchanged(page, readFirst) : { page, unchanged: 0 };
    const prepared = {
      ...preparePage(resource, again.page),
      queue,
      endsQuery: !fetched.next,
      unchanged: again.unchanged,
    };
    if (readFirst && queriesRead === 0) noteEtags(prepared, readFirst);
    if (prepared.endsQuery) queriesRead += 1;
    state = await storing;
    signal.throwIfAborted();
    storing = storePage(resource, prepared, state);
    if (onQueryRead && prepared.endsQuery) {
      const stored = storing;
      storing = stored.then(async (next) => {
        await onQueryRead(next);
        return next;
      });
    }
    // Awaited on the next turn; until then a failure must not count as unhandled.
    storing.catch(() => undefined);
  }
  state = await storing;
  // Only what the run decides: bills noted on the row meanwhile stay noted.
  await db.syncState.update(resource.name, {
    syncedUpTo: state.runStartedAt,
    completedAt: Date.now(),
    runKind: null,
    refused: null,
    failed: null,
  });
}

/**
 * Ends a resource's run Clio refused: nothing more is asked of it this run, and the next one starts
 * it again from its last completed run. Its cache stays as it was.
 */
export async function refuseResource(resource: ResourceSync, because: Text): Promise<void> {
  await db.syncState.update(resource.name, {
    nextUrl: null,
    queue: [],
    runKind: null,
    completedAt: Date.now(),
    refused: because,
  });
}

/**
 * Sets a resource's run aside where Clio failed it past every retry: its checkpoint stays, for the
 * next run to resume, and the rest of this run goes on without it.
 */
export async function failResource(resource: ResourceSync, because: Text): Promise<void> {
  await db.syncState.update(resource.name, { failed: because });
}

/** In the query read first, notes each record's ETag. After a stopped worker nothing is noted. */
function noteEtags(page: PreparedPage, etags: Map<number, string>): void {
  for (const record of page.records as { id: number; etag?: string }[])
    etags.set(record.id, record.etag ?? '');
}

/**
 * In the queries after the one read first, leaves out the records read already and unchanged since
 * (the same ETag), before they are checked: counted as read, not stored again.
 */
function leaveOutUnchanged(
  page: ClioPage,
  etags: Map<number, string>,
): { page: ClioPage; unchanged: number } {
  const records = page.records.filter((raw) => {
    const { id, etag } = (raw ?? {}) as { id?: unknown; etag?: unknown };
    return typeof etag !== 'string' || etag === '' || etags.get(id as number) !== etag;
  });
  return { page: { ...page, records }, unchanged: page.records.length - records.length };
}

/** A resource Clio failed last run, picked up again: from here on it is a run under way like any other. */
async function resumed(checkpoint: SyncStateRecord | undefined): Promise<SyncStateRecord | undefined> {
  if (!checkpoint?.failed) return checkpoint;
  const state = { ...checkpoint, failed: null };
  await db.syncState.put(state);
  return state;
}

/** Works out the payments an incremental run reads, once the run's bills are in; stored before walking. */
async function resolveDelta(
  resource: ResourceSync,
  checkpoint: SyncStateRecord | undefined,
): Promise<SyncStateRecord | undefined> {
  if (checkpoint?.nextUrl !== PAYMENTS_DELTA) return checkpoint;
  const [first = null, ...queue] = await paymentsDeltaUrls(resource, checkpoint.billsChanged ?? []);
  const resolved = { ...checkpoint, nextUrl: first, queue, billsChanged: [] };
  await db.syncState.put(resolved);
  return resolved;
}
