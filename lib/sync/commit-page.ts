import { z } from 'zod';
import type { ClioPage } from '../clio/api';
import { db } from '../db/database';
import type { SetAsideRecord, SyncStateRecord } from '../db/records';
import type { ResourceSync } from './resources';

/** A page read and checked, ready to store: its valid records and those set aside. */
export interface PreparedPage {
  records: object[];
  ids: number[];
  rejected: SetAsideRecord[];
  next: string | undefined;
  serverTime: number | undefined;
}

/**
 * Validates one page. A record that fails validation is set aside with its reason; the rest of the
 * page still lands. Pure work, so it can run while the previous page is being stored.
 */
export function preparePage(resource: ResourceSync, page: ClioPage): PreparedPage {
  const now = Date.now();
  const prepared: PreparedPage = {
    records: [],
    ids: [],
    rejected: [],
    next: page.next,
    serverTime: page.serverTime,
  };
  for (const raw of page.records) {
    const parsed = resource.schema.safeParse(raw);
    if (parsed.success) {
      prepared.records.push(resource.toRecord(parsed.data, now));
      prepared.ids.push((parsed.data as { id: number }).id);
    } else {
      prepared.rejected.push(setAside(resource, raw, parsed.error, now));
    }
  }
  return prepared;
}

/**
 * Stores one page and its checkpoint in one transaction: after a stopped worker, the sync resumes at
 * the page after the last one stored, and no page is half-stored.
 */
export async function storePage(
  resource: ResourceSync,
  page: PreparedPage,
  state: SyncStateRecord,
): Promise<SyncStateRecord> {
  const next: SyncStateRecord = {
    ...state,
    nextUrl: page.next ?? null,
    runStartedAt: state.runStartedAt ?? page.serverTime ?? Date.now(),
    pages: state.pages + 1,
    records: state.records + page.records.length,
  };
  const table = resource.table(db);
  await db.transaction('rw', [table, db.setAside, db.syncState], async () => {
    // Queued together: the transaction runs them in order without a round trip between each.
    await Promise.all([
      table.bulkPut(page.records),
      db.syncState.put(next),
      page.rejected.length > 0 ? db.setAside.bulkPut(page.rejected) : undefined,
      clearSetAside(resource, page.ids),
    ]);
  });
  return next;
}

/** Records Clio now sends readable leave the set-aside list. Nearly always empty: look before deleting. */
async function clearSetAside(resource: ResourceSync, ids: number[]): Promise<void> {
  if ((await db.setAside.where('resource').equals(resource.name).count()) === 0) return;
  await db.setAside.bulkDelete(ids.map((id) => setAsideKey(resource, id)));
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
