import { makeEtag } from '../support/etag.ts';
import { isoTimestamp } from '../support/time.ts';
import type { SandboxData } from './data.ts';
import type { Versioned } from './types.ts';

/** Marks a record changed at `nowMs`: new updated_at and a new etag. */
export function touch(data: SandboxData, kind: string, record: Versioned, nowMs: number): void {
  data.version += 1;
  record.version = data.version;
  record.etag = makeEtag(kind, record.id, data.version);
  record.updatedMs = Math.max(nowMs, record.updatedMs + 1);
  record.updated_at = isoTimestamp(record.updatedMs);
}

/** The Versioned part of a new record created at `nowMs`. */
export function stamp(data: SandboxData, kind: string, id: number, nowMs: number): Versioned {
  data.version += 1;
  const at = isoTimestamp(nowMs);
  return {
    id,
    etag: makeEtag(kind, id, data.version),
    version: data.version,
    created_at: at,
    updated_at: at,
    updatedMs: nowMs,
  };
}
