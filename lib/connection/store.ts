import { db } from '../db/database';
import type { ConnectionRecord } from '../db/records';
import type { ConnectionStatus } from '../messaging/protocol';

export function loadConnection(): Promise<ConnectionRecord | undefined> {
  return db.connection.get('current');
}

export async function saveConnection(record: Omit<ConnectionRecord, 'key'>): Promise<void> {
  await db.connection.put({ ...record, key: 'current' });
}

export async function updateConnection(changes: Partial<Omit<ConnectionRecord, 'key'>>): Promise<void> {
  await db.connection.update('current', changes);
}

/** Forgets the connection and every cached record, in one transaction so nothing half-remains. */
export async function wipeEverything(): Promise<void> {
  await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
}

export function statusOf(record: ConnectionRecord | undefined): ConnectionStatus {
  if (!record) return { state: 'disconnected' };
  return {
    state: record.needsReconnect ? 'reconnect' : 'connected',
    region: record.region,
    user: { name: record.user.name, email: record.user.email },
    firmName: record.firmName,
  };
}
