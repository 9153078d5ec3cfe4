import { z } from 'zod';
import type { ClioPage } from '../clio/api';
import { db } from '../db/database';
import type { SetAsideRecord, SyncStateRecord } from '../db/records';
import type { ResourceSync } from './resources';

/**
 * Stores one page and its checkpoint in one transaction: after a stopped worker, the sync resumes at
 * the page after the last one stored, and no page is half-stored. A record that fails validation is
 * set aside with its reason; the rest of the page still lands.
 */
export async function commitPage(
  resource: ResourceSync,
  page: ClioPage,
  state: SyncStateRecord,
): Promise<SyncStateRecord> {
  const now = Date.now();
  const valid: object[] = [];
  const validIds: number[] = [];
  const rejected: SetAsideRecord[] = [];
  for (const raw of page.records) {
    const parsed = resource.schema.safeParse(raw);
    if (parsed.success) {
      valid.push(resource.toRecord(parsed.data, now));
      validIds.push((parsed.data as { id: number }).id);
    } else {
      rejected.push(setAside(resource, raw, parsed.error, now));
    }
  }
  const next: SyncStateRecord = {
    ...state,
    nextUrl: page.next ?? null,
    runStartedAt: state.runStartedAt ?? page.serverTime ?? now,
    pages: state.pages + 1,
    records: state.records + valid.length,
  };
  const table = resource.table(db);
  await db.transaction('rw', [table, db.setAside, db.syncState], async () => {
    await table.bulkPut(valid);
    // Nearly always empty: look before deleting, so a clean page costs no extra writes.
    if ((await db.setAside.where('resource').equals(resource.name).count()) > 0) {
      await db.setAside.bulkDelete(validIds.map((id) => setAsideKey(resource, id)));
    }
    await db.setAside.bulkPut(rejected);
    await db.syncState.put(next);
  });
  return next;
}

function setAside(resource: ResourceSync, raw: unknown, error: z.ZodError, at: number): SetAsideRecord {
  const id =
    typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'number' ? raw.id : null;
  const issue = error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'record';
  return {
    key: id === null ? `${resource.name}:unidentified:${at}:${Math.random()}` : setAsideKey(resource, id),
    resource: resource.name,
    recordId: id,
    reason: `${where}: ${issue?.message ?? 'not as Clio documents it'}`,
    at,
  };
}

function setAsideKey(resource: ResourceSync, id: number): string {
  return `${resource.name}:${id}`;
}
