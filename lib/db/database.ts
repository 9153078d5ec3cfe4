import { Dexie, type EntityTable } from 'dexie';
import { BillRecord, ConnectionRecord } from './records';

export class RemitDatabase extends Dexie {
  declare bills: EntityTable<BillRecord, 'id'>;
  declare connection: EntityTable<ConnectionRecord, 'key'>;

  constructor(name = 'remit') {
    super(name);
    this.version(1).stores({
      bills: 'id, state, kind, clientId, dueAt, updatedAt',
      connection: 'key',
    });
    this.bills.mapToClass(BillRecord);
    this.connection.mapToClass(ConnectionRecord);
  }
}

/** The background's database. Content scripts never open it: their IndexedDB belongs to Clio's page. */
export const db = new RemitDatabase();
