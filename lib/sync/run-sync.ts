import type { ClioApi } from '../clio/api';
import { isRefusal, refusalReason } from '../clio/refusal';
import { clioApi } from '../connection/clio-session';
import { db } from '../db/database';
import type { SyncStateRecord } from '../db/records/sync-state';
import { RemitError } from '../errors';
import type { Text } from '../i18n/text';
import { publish } from '../messaging/publish';
import { refreshSummary, summariseAfterSync } from '../summary/summary-store';
import { keepWorkerAlive } from '../worker-alive';
import { recheckAllocations } from './allocations-recheck';
import { failsOneIndex } from './one-index-failure';
import { type ResourceSync, resourceSyncs } from './resources';
import { failResource, planRun, refuseResource, syncResource } from './sync-resource';

let running: { done: Promise<void>; controller: AbortController } | undefined;
let lastError: Text | undefined;

/**
 * Syncs every resource in turn, from wherever each stands. Only one run at a time: asking again while
 * one runs joins it. Errors are kept for the status the UI shows; the cache is never cleared by one.
 */
export function runSync(): Promise<void> {
  if (running) return running.done;
  const controller = new AbortController();
  const done = syncEverything(controller.signal).finally(() => {
    running = undefined;
    publish('sync');
  });
  running = { done, controller };
  publish('sync');
  return done;
}

/** Stops a run (on disconnect); what was stored stays consistent with its checkpoint. */
export async function stopSync(): Promise<void> {
  const current = running;
  if (!current) return;
  current.controller.abort(new RemitError('not_connected', 'sync.stopped'));
  await current.done.catch(() => undefined);
}

export function isSyncing(): boolean {
  return running !== undefined;
}

export function lastSyncError(): Text | undefined {
  return lastError;
}

/**
 * Whether a run was cut short (say, by a stopped worker) and should pick up where it stopped. A
 * resource Clio failed is not: it waits for the next sync, not for the worker's next start.
 */
export async function hasUnfinishedRun(): Promise<boolean> {
  return (await db.syncState.filter(cutShort).count()) > 0;
}

const cutShort = (state: SyncStateRecord): boolean => state.nextUrl !== null && !state.failed;

/**
 * A run cut short resumes as it stood. Otherwise every resource starts a new run, but those Clio
 * failed last time, which resume at their checkpoints.
 */
async function planUnlessCutShort(): Promise<void> {
  const states = await db.syncState.toArray();
  if (states.some(cutShort)) return;
  const failed = new Set(states.filter((state) => state.nextUrl !== null).map((state) => state.resource));
  await planRun(resourceSyncs.filter((resource) => !failed.has(resource.name)));
}

async function syncEverything(signal: AbortSignal): Promise<void> {
  // The worker keeps running while the sync waits on Clio's rate limit.
  const stopKeepingAlive = keepWorkerAlive();
  try {
    const api = await clioApi();
    lastError = undefined;
    await planUnlessCutShort();
    let failure: RemitError | undefined;
    // Clio is up once an index came in, in this run or in the run it resumes.
    let oneCameIn = false;
    for (const resource of resourceSyncs) {
      signal.throwIfAborted();
      try {
        await syncPart(api, resource, signal);
        oneCameIn = true;
      } catch (error) {
        // One index Clio will not give (no Clio Payments for this firm, say) or keeps failing on must
        // not keep the others from syncing, run after run.
        if (isRefusal(error)) {
          await refuseResource(resource, {
            key: 'sync.resource_refused',
            values: { resource: resource.name, reason: refusalReason(error) },
          });
          continue;
        }
        // A second index failing is Clio failing, not one index: the run stops there, to resume.
        if (failure || !failsOneIndex(error, oneCameIn)) throw error;
        const because: Text = {
          key: 'sync.resource_failed',
          values: { resource: resource.name, detail: error.text },
        };
        await failResource(resource, because);
        failure = RemitError.of(error.code, because);
      }
    }
    if (failure) throw failure;
  } catch (error) {
    lastError = error instanceof RemitError ? error.text : { key: 'sync.failed_unexpectedly' };
    if (!(error instanceof RemitError)) console.error('Remit: sync failed', error);
    throw error;
  } finally {
    // Inside the run, so that a finished sync always means the popup's figures include it.
    await summariseAfterSync().catch((error) => console.error('Remit: the summary was not updated', error));
    stopKeepingAlive();
  }
}

async function syncPart(api: ClioApi, resource: ResourceSync, signal: AbortSignal): Promise<void> {
  await syncResource(api, resource, signal, currentFiguresOnce(resource));
  // What the index cannot say, a payment Clio deleted, is looked for once its changes are in.
  if (resource.name === 'allocations') await recheckAllocations(api, signal);
}

/**
 * A first run's first query of a resource read first (bills awaiting payment) is all the popup's
 * current figures need: they are summed at once, not after the whole history.
 */
function currentFiguresOnce(resource: ResourceSync): ((state: SyncStateRecord) => Promise<void>) | undefined {
  if (!resource.firstRunReadsFirst) return undefined;
  return async (state) => {
    if (state.runKind !== 'full' || state.queriesRead !== 1) return;
    // The figures are the point of reading these first; a failure to sum them must not stop the sync.
    await refreshSummary().catch((error) => console.error('Remit: the summary was not updated', error));
  };
}
