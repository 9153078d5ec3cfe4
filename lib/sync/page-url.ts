import { fieldsOf } from '../clio/fields';
import type { ResourceSync } from './resources';

/** Incremental runs look back this far past the last run's start, in case Clio commits lag its clock. */
export const INCREMENTAL_OVERLAP_MS = 5 * 60_000;

/**
 * The first page of a run: Clio's largest page. `order` and `updated_since` go only to the indexes
 * Clio documents them for (a Clio that ignored them would make every run a full one); cursor paging
 * walks in id order either way, since that is Clio's default.
 */
export function firstPageUrl(
  resource: ResourceSync,
  changedSince: number | null,
  filters: readonly [string, string][] = [],
): string {
  const query = new URLSearchParams({ fields: fieldsOf(resource.schema), limit: '200' });
  for (const [name, value] of filters) query.append(name, value);
  if (resource.query.order) query.set('order', 'id(asc)');
  if (changedSince !== null && resource.query.updatedSince) {
    query.set('updated_since', new Date(changedSince - INCREMENTAL_OVERLAP_MS).toISOString());
  }
  return `${resource.path}?${query}`;
}

/**
 * The queries of a resource's first run, in order: what it reads first (bills: those awaiting payment,
 * all the popup's current figures need), then its whole index, which reads those again.
 */
export function firstRunUrls(resource: ResourceSync): string[] {
  const whole = firstPageUrl(resource, null);
  return resource.firstRunReadsFirst
    ? [firstPageUrl(resource, null, resource.firstRunReadsFirst), whole]
    : [whole];
}

/** A first page with filters of its own (`ids[]`, `bill_id`, `state`), for a run made of several queries. */
export function filteredPageUrl(resource: ResourceSync, filters: [string, string][]): string {
  const query = new URLSearchParams({ fields: fieldsOf(resource.schema), limit: '200' });
  for (const [name, value] of filters) query.append(name, value);
  return `${resource.path}?${query}`;
}
