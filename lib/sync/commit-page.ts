import type { ClioPage } from '../clio/api';
import { reasonTextOf } from '../clio/reason';
import { db } from '../db/database';
import type { BillRecord } from '../db/records/bill';
import type { SetAsideRecord } from '../db/records/set-aside';
import type { SyncStateRecord } from '../db/records/sync-state';
import { RemitError } from '../errors';
import type { Text } from '../i18n/text';
import { UnsafeAmountError } from '../money';
import { noteBillsWithMovedMoney, notesMovedBills } from './bills-moved';
import type { ResourceSync } from './resources';
import { announceBills } from './store-bills';
import { UnusableRecordError } from './unusable-record';

/** A page read and checked, ready to store: its valid records and those set aside. */
export interface PreparedPage {
  records: object[];
  ids: number[];
  rejected: SetAsideRecord[];
  next: string | undefined;
  /** The first pages of the run's further queries, after `next` (see SyncStateRecord.queue). */
  queue?: string[];
  /** Whether this is the last page of its query. */
  endsQuery?: boolean;
  /** Records read but left out of `records`, as the cache holds them already (see syncResource). */
  unchanged?: number;
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
    const read = readRecord(resource, raw, now);
    if ('record' in read) {
      prepared.records.push(read.record);
      prepared.ids.push(read.id);
    } else {
      prepared.rejected.push(setAside(resource, raw, read.reason, now));
    }
  }
  return prepared;
}

/** One record as Remit keeps it, or the reason it cannot be kept. */
export function readRecord(
  resource: ResourceSync,
  raw: unknown,
  now: number,
): { record: object; id: number } | { reason: Text } {
  const parsed = resource.schema.safeParse(raw);
  if (!parsed.success) return { reason: reasonTextOf(parsed.error) };
  try {
    return { record: resource.toRecord(parsed.data, now), id: (parsed.data as { id: number }).id };
  } catch (error) {
    if (error instanceof UnusableRecordError) return { reason: error.reason };
    if (error instanceof RemitError) return { reason: error.text };
    if (error instanceof UnsafeAmountError)
      return {
        reason: { key: 'records.unsafe_amount', values: { field: 'amount', amount: String(error.amount) } },
      };
    throw error;
  }
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
    queue: page.queue ?? [],
    runStartedAt: state.runStartedAt ?? page.serverTime ?? Date.now(),
    pages: state.pages + 1,
    // The bills a first run reads first come again in the whole index: counted there, not twice.
    records: endsReadFirst(resource, page, state)
      ? 0
      : state.records + page.records.length + (page.unchanged ?? 0),
    queriesRead: (state.queriesRead ?? 0) + (page.endsQuery ? 1 : 0),
  };
  const table = resource.table(db);
  await db.transaction('rw', [table, db.setAside, db.syncState], async () => {
    await resource.keepKnown?.(page.records as never[]);
    // Read before the page overwrites them: whose money moved tells the payments what to read, and
    // the allocations which bills to check.
    if (resource.name === 'bills' && state.runKind === 'incremental')
      await noteBillsWithMovedMoney(page.records as BillRecord[]);
    // Bills noted on this resource's row meanwhile (read outside the sync) stay noted.
    const notes = notesMovedBills(resource.name)
      ? (await db.syncState.get(resource.name))?.billsChanged
      : undefined;
    // Queued together: the transaction runs them in order without a round trip between each.
    await Promise.all([
      table.bulkPut(page.records),
      db.syncState.put(notes ? { ...next, billsChanged: notes } : next),
      page.rejected.length > 0 ? db.setAside.bulkPut(page.rejected) : undefined,
      clearSetAside(resource, page.ids),
    ]);
  });
  // Others want to know of bills just read (a send Remit has not yet seen in Clio, say); the next
  // page is not kept waiting for them.
  if (resource.name === 'bills')
    announceBills(page.records as BillRecord[]).catch((error) => console.error('Remit: bills read', error));
  return next;
}

/** Whether `page` ends the query a first run reads before the whole index (see ResourceSync). */
function endsReadFirst(resource: ResourceSync, page: PreparedPage, state: SyncStateRecord): boolean {
  return (
    resource.firstRunReadsFirst !== undefined &&
    state.runKind === 'full' &&
    page.endsQuery === true &&
    (state.queriesRead ?? 0) === 0
  );
}

/** Records Clio now sends readable leave the set-aside list. Nearly always empty: look before deleting. */
export async function clearSetAside(resource: ResourceSync, ids: number[]): Promise<void> {
  if ((await db.setAside.where('resource').equals(resource.name).count()) === 0) return;
  await db.setAside.bulkDelete(ids.map((id) => setAsideKey(resource, id)));
}

export function setAside(resource: ResourceSync, raw: unknown, reason: Text, at: number): SetAsideRecord {
  const id =
    typeof raw === 'object' && raw !== null && 'id' in raw && Number.isSafeInteger(raw.id)
      ? (raw.id as number)
      : null;
  const bill = typeof raw === 'object' && raw !== null && 'bill' in raw ? raw.bill : null;
  const billId =
    typeof bill === 'object' && bill !== null && 'id' in bill && Number.isSafeInteger(bill.id)
      ? (bill.id as number)
      : undefined;
  return {
    // Without an id, the record's own text names it: the same record read again is one entry, not two.
    key:
      id === null
        ? `${resource.name}:unidentified:${textHash(JSON.stringify(raw) ?? '')}`
        : setAsideKey(resource, id),
    resource: resource.name,
    recordId: id,
    ...(billId === undefined ? {} : { billId }),
    reason,
    at,
  };
}

function setAsideKey(resource: ResourceSync, id: number): string {
  return `${resource.name}:${id}`;
}

/** A short, stable name for a text (FNV-1a). */
function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
