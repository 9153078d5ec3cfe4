import { db } from '../db/database';
import { keptUntilChanged } from '../db/kept-until-changed';
import { owedBillsRead } from '../db/records/sync-state';
import type { SyncStatus } from './messages';
import { resourceSyncs } from './resources';
import { isSyncing, lastSyncError } from './run-sync';

/**
 * What the status is made of in the cache, kept until the sync writes again. Open pages ask for the
 * status after each page the sync stores; a kept answer costs no read queued behind the sync's own
 * writes and the figures' reads, so a page sees a run end the moment it ends.
 */
const stored = keptUntilChanged(['syncState', 'setAside'], () =>
  Promise.all([db.syncState.toArray(), db.setAside.orderBy('resource').toArray()]),
);

/** What the options page and popup show of the sync: per resource, and what was set aside. */
export async function syncStatus(): Promise<SyncStatus> {
  const [states, setAside] = await stored.get();
  const resources = resourceSyncs.map((resource) => {
    const state = states.find((candidate) => candidate.resource === resource.name);
    return {
      resource: resource.name,
      // A resource Clio failed keeps its checkpoint for the next run, but nothing is reading it.
      running: state?.nextUrl != null && !state.failed,
      runKind: state?.runKind ?? null,
      pages: state?.pages ?? 0,
      records: state?.records ?? 0,
      completedAt: state?.completedAt ?? null,
    };
  });
  const completed = resources.map((resource) => resource.completedAt);
  return {
    running: isSyncing(),
    lastCompletedAt: completed.every((at) => at !== null) ? Math.min(...(completed as number[])) : null,
    currentFiguresReady: owedBillsRead(states.find((state) => state.resource === 'bills')),
    // A resource Clio refused or failed is said until a run reads it, even after the worker restarts.
    error:
      lastSyncError() ??
      states.find((state) => state.refused)?.refused ??
      states.find((state) => state.failed)?.failed ??
      null,
    resources,
    setAside: setAside.map(({ resource, recordId, reason, at }) => ({ resource, recordId, reason, at })),
  };
}
