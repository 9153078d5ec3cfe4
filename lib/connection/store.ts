import { REGIONS } from '../clio/regions';
import { db } from '../db/database';
import { keptUntilChanged } from '../db/kept-until-changed';
import { accountOf, type ConnectionRecord } from '../db/records/connection';
import { RemitError } from '../errors';
import type { ConnectionStatus } from './messages';

export function loadConnection(): Promise<ConnectionRecord | undefined> {
  return db.connection.get('current');
}

/**
 * Whether Remit works on this Clio host: the connected account's region's (its bill 123 is not the
 * bill 123 of another region's Clio), or any while none is connected, where it asks to connect.
 */
export async function worksOnHost(host: string): Promise<boolean> {
  const connected = await connectedHost.get();
  return connected === null || connected === host;
}

// Asked on every Clio page's message and right-click: read once per connection, not each time.
const connectedHost = keptUntilChanged(['connection'], async () => {
  const connection = await loadConnection();
  return connection ? REGIONS[connection.region].host : null;
});

/** The account Remit is connected to now; asking without a connection is the user's to fix. */
export async function connectedAccount(): Promise<string> {
  const connection = await loadConnection();
  if (!connection) throw new RemitError('not_connected', 'connection.connect_in_options');
  return accountOf(connection);
}

export async function saveConnection(record: Omit<ConnectionRecord, 'key'>): Promise<void> {
  await db.connection.put({ ...record, key: 'current' });
}

export async function updateConnection(changes: Partial<Omit<ConnectionRecord, 'key'>>): Promise<void> {
  await db.connection.update('current', changes);
}

/** The firm's own records, not copies of Clio's: a disconnect keeps them. */
const kept = new Set(['settings', 'revocations', 'reminders', 'reminderHolds', 'snapshots']);

/**
 * Forgets the connection, every cached record and every pending action, in one transaction so
 * nothing half-remains. Remit's own settings (the message template) stay, and so do access still
 * to be given back to Clio, the reminders sent and held and each day's outstanding for the trend,
 * under the account they belong to.
 */
export async function wipeEverything(): Promise<void> {
  const tables = db.tables.filter((table) => !kept.has(table.name));
  await db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
}

/** The connection as the UI shows it, with whether access is still to be given back after a disconnect. */
export async function connectionStatus(): Promise<ConnectionStatus> {
  const [record, revocations] = await Promise.all([loadConnection(), db.revocations.count()]);
  return statusOf(record, revocations > 0);
}

function statusOf(record: ConnectionRecord | undefined, revocationPending: boolean): ConnectionStatus {
  if (!record) return { state: 'disconnected', revocationPending };
  return {
    state: record.needsReconnect ? 'reconnect' : 'connected',
    region: record.region,
    user: { name: record.user.name, email: record.user.email },
    firmName: record.firmName,
  };
}
