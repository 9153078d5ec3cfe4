import type { ClioApi } from '../clio/api';
import { fieldsOf } from '../clio/fields';
import type { SyncedResource } from '../db/records';
import { preparePage } from './commit-page';
import { resourceSyncs } from './resources';

/**
 * Reads every record of a Clio index matching `filters` for someone waiting on screen, as cache
 * records. Records that fail validation are left out; the next sync sets them aside with a reason.
 */
export async function fetchRecords<R extends object>(
  api: ClioApi,
  name: SyncedResource,
  filters: Record<string, string | readonly (string | number)[]>,
): Promise<R[]> {
  const resource = resourceSyncs.find((candidate) => candidate.name === name);
  if (!resource) throw new Error(`No sync is defined for ${name}`);
  const query = new URLSearchParams({ fields: fieldsOf(resource.schema), limit: '200' });
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string') query.set(key, value);
    else for (const item of value) query.append(key, String(item));
  }
  const records: R[] = [];
  let url: string | undefined = `${resource.path}?${query}`;
  while (url) {
    const page = preparePage(resource, await api.page(url, 'interactive'));
    records.push(...(page.records as R[]));
    url = page.next;
  }
  return records;
}
