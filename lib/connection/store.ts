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

/**
 * Forgets the connection, every cached record and every pending action, in one transaction so
 * nothing half-remains. Remit's own settings (the message template) stay.
 */
export async function wipeEverything(): Promise<void> {
  const tables = db.tables.filter((table) => table !== db.settings);
  await db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
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
