import { fieldsOf } from '../clio/fields';
import type { ResourceSync } from './resources';

/** Incremental runs look back this far past the last run's start, in case Clio commits lag its clock. */
export const INCREMENTAL_OVERLAP_MS = 5 * 60_000;

/** The first page of a run: Clio's largest page, in id order as cursor paging requires. */
export function firstPageUrl(resource: ResourceSync, changedSince: number | null): string {
  const query = new URLSearchParams({ fields: fieldsOf(resource.schema), limit: '200', order: 'id(asc)' });
  if (changedSince !== null) {
    query.set('updated_since', new Date(changedSince - INCREMENTAL_OVERLAP_MS).toISOString());
  }
  return `${resource.path}?${query}`;
}
