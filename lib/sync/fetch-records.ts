import type { ClioApi } from '../clio/api';
import { fieldsOf } from '../clio/fields';
import type { Priority } from '../clio/request-budget';
import { db } from '../db/database';
import type { SetAsideRecord } from '../db/records/set-aside';
import type { SyncedResource } from '../db/records/sync-state';
import { clearSetAside, preparePage } from './commit-page';
import { resourceSyncOf } from './resources';

/**
 * Reads every record of a Clio index matching `filters`, by default for someone waiting on screen, as
 * cache records. Records that fail validation are set aside with their reason, as the sync does, so they
 * are counted where the user looks instead of silently missing; those read whole leave that list.
 */
export async function fetchRecords<R extends object>(
  api: ClioApi,
  name: SyncedResource,
  filters: Record<string, string | readonly (string | number)[]>,
  priority: Priority = 'interactive',
): Promise<R[]> {
  const resource = resourceSyncOf(name);
  const query = new URLSearchParams({ fields: fieldsOf(resource.schema), limit: '200' });
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string') query.set(key, value);
    else for (const item of value) query.append(key, String(item));
  }
  const records: R[] = [];
  const ids: number[] = [];
  const rejected: SetAsideRecord[] = [];
  let url: string | undefined = `${resource.path}?${query}`;
  while (url) {
    const page = preparePage(resource, await api.page(url, priority));
    records.push(...(page.records as R[]));
    ids.push(...page.ids);
    rejected.push(...page.rejected);
    url = page.next;
  }
  // Read whole now, they leave the list; unreadable ones join it.
  await clearSetAside(resource, ids);
  if (rejected.length > 0) await db.setAside.bulkPut(rejected);
  return records;
}
