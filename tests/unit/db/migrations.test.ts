import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RemitDatabase } from '@/lib/db/database';
import { buildSummary } from '@/lib/summary/build-summary';
import { readSummaryInput } from '@/lib/summary/summary-store';

/** A bill as version 1 cached it for the panel: no matters, due, credits, type or paidAt yet. */
const version1Bill = {
  id: 1000001,
  etag: '"abc"',
  number: '1000',
  state: 'awaiting_payment',
  kind: 'revenue_kind',
  clientId: 300001,
  clientName: '<img src=x onerror=alert(1)>',
  currencyCode: 'USD',
  total: 746_772,
  paid: 12_345,
  balance: 734_427,
  pending: 0,
  issuedAt: '2026-11-05',
  dueAt: '2026-12-05',
  updatedAt: '2026-11-05T11:00:00Z',
  shared: true,
  lastSentAt: null,
  fetchedAt: 1,
};

const version1Connection = {
  key: 'current',
  region: 'eu',
  clientId: 'id',
  clientSecret: 'secret',
  accessToken: 'a',
  refreshToken: 'r',
  expiresAt: 2,
  user: { id: 101, name: 'Avery', email: 'a@example.com' },
  needsReconnect: false,
};

let name = '';

async function createVersion1(): Promise<void> {
  name = `remit-migration-${Math.random()}`;
  const old = new Dexie(name);
  old.version(1).stores({ bills: 'id, state, kind, clientId, dueAt, updatedAt', connection: 'key' });
  await old.open();
  await old.table('bills').put(version1Bill);
  await old.table('connection').put(version1Connection);
  old.close();
}

describe('database migrations', () => {
  afterEach(() => Dexie.delete(name));

  it('upgrades version 1 to 2 keeping the cached figures and the connection', async () => {
    await createVersion1();
    const db = new RemitDatabase(name);
    const bill = await db.bills.get(version1Bill.id);
    expect(bill).toMatchObject({
      total: 746_772,
      paid: 12_345,
      balance: 734_427,
      clientName: '<img src=x onerror=alert(1)>',
      matters: [],
      due: 746_772,
      creditsIssued: 0,
      paidAt: null,
    });
    expect(bill?.etag).toBe('');
    expect(await db.connection.get('current')).toMatchObject({
      region: 'eu',
      refreshToken: 'r',
      firmName: null,
    });
    db.close();
  });

  it('brings version 1 up to date with the indexes and tables the queries need', async () => {
    await createVersion1();
    const db = new RemitDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    expect(await db.summaries.count()).toBe(0);
    expect(await db.linkRequests.count()).toBe(0);
    expect(await db.bills.where('state').equals('awaiting_payment').count()).toBe(1);
    expect(await db.bills.where('clientId').equals(300001).count()).toBe(1);
    expect(await db.syncState.count()).toBe(0);
    db.close();
  });

  it('upgrades version 3 with the summary and link request tables and their indexes, keeping the cache, sends and settings', async () => {
    name = `remit-migration-${Math.random()}`;
    const old = new Dexie(name);
    old.version(3).stores({
      bills: 'id, state, kind, clientId, dueAt, updatedAt',
      connection: 'key',
      contacts: 'id, name',
      matters: 'id, clientId',
      bankAccounts: 'id',
      allocations: 'id, billId, contactId',
      paymentLinks: 'id, billId, contactId, expiresAt',
      payments: 'id, state, *billIds, contactId',
      syncState: 'resource',
      setAside: 'key, resource',
      outbox: 'id, billId, state',
      settings: 'key',
    });
    await old.open();
    const bill = {
      ...version1Bill,
      etag: '"v3"',
      type: 'MatterBill',
      matters: [],
      due: 746_772,
      creditsIssued: 0,
      paidAt: null,
    };
    await old.table('bills').put(bill);
    await old.table('connection').put({ ...version1Connection, firmName: 'Avery Law' });
    await old.table('syncState').put({ resource: 'bills', nextUrl: null, completedAt: 5, records: 1 });
    await old.table('allocations').put({ id: 2000001, billId: bill.id, date: '2026-11-02', amount: 12_345 });
    await old.table('outbox').put({ id: 'send-1', billId: bill.id, state: 'confirmed' });
    await old.table('settings').put({ key: 'messageTemplate', value: 'Hello {client}' });
    old.close();

    const db = new RemitDatabase(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect(await db.summaries.count()).toBe(0);
    expect(await db.bills.get(bill.id)).toMatchObject({ etag: '"v3"', balance: 734_427 });
    // The summary's build finds currencies and recent payments through indexes the upgrade fills in.
    expect(await db.bills.where('currencyCode').equals('USD').primaryKeys()).toEqual([bill.id]);
    expect(await db.allocations.where('date').aboveOrEqual('2026-11-01').count()).toBe(1);
    expect(await db.connection.get('current')).toMatchObject({ firmName: 'Avery Law' });
    expect(await db.syncState.get('bills')).toMatchObject({ completedAt: 5 });
    expect(await db.outbox.get('send-1')).toMatchObject({ state: 'confirmed' });
    expect(await db.linkRequests.count()).toBe(0);
    expect(await db.settings.get('messageTemplate')).toMatchObject({ value: 'Hello {client}' });
    // The upgraded cache builds the popup's figures through the summary's own queries.
    const summary = buildSummary(await readSummaryInput(new Date(2026, 10, 21, 12), db), new Date());
    expect(summary.currencies[0]?.unpaidByDueDate).toEqual([
      { dueAt: '2026-12-05', balance: 734_427, bills: 1 },
    ]);
    db.close();
  });

  it('upgrades version 5 allocations to Clio’s decimal and reads them all again, keeping access to revoke apart', async () => {
    name = `remit-migration-${Math.random()}`;
    const old = new Dexie(name);
    old.version(5).stores({
      bills: 'id, state, kind, clientId, dueAt, updatedAt, currencyCode',
      connection: 'key',
      allocations: 'id, billId, contactId, date',
      syncState: 'resource',
      summaries: 'key',
      outbox: 'id, billId, state',
    });
    await old.open();
    await old.table('outbox').bulkPut([
      { id: 'a', billId: 7, state: 'in_dialog', detail: null, updatedAt: 11 },
      { id: 'b', billId: 8, state: 'submitted', detail: null, updatedAt: 12 },
      {
        id: 'c',
        billId: 9,
        state: 'failed',
        detail: 'Remit stopped before opening Clio’s Send dialog.',
        updatedAt: 13,
      },
      {
        id: 'd',
        billId: 10,
        state: 'unconfirmed',
        detail: 'Clio does not show this bill as sent.',
        updatedAt: 14,
      },
    ]);
    await old.table('allocations').bulkPut([
      { id: 1, billId: 7, date: '2026-11-02', amount: 12_345 },
      { id: 2, billId: 7, date: '2026-11-03', amount: 5 },
    ]);
    await old.table('syncState').bulkPut([
      { resource: 'allocations', syncedUpTo: 1_700_000_000_000, completedAt: 5 },
      { resource: 'bills', syncedUpTo: 1_700_000_000_000, completedAt: 5 },
    ]);
    await old.table('summaries').put({ key: 'receivables', summary: { format: 1 } });
    old.close();

    const db = new RemitDatabase(name);
    await db.open();
    expect(await db.allocations.toArray()).toEqual([
      expect.objectContaining({ id: 1, amountDecimal: '123.45', source: 'payment' }),
      expect.objectContaining({ id: 2, amountDecimal: '0.05', source: 'payment' }),
    ]);
    expect((await db.allocations.get(1)) as object).not.toHaveProperty('amount');
    expect(await db.syncState.get('allocations')).toMatchObject({ syncedUpTo: null, completedAt: 5 });
    expect(await db.syncState.get('bills')).toMatchObject({ syncedUpTo: 1_700_000_000_000 });
    expect(await db.summaries.count()).toBe(0);
    expect(await db.revocations.count()).toBe(0);
    // Sends keep codes, not sentences; one that may have been pressed is only ever confirmed.
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ id: 'a', state: 'pressed', pressedAt: 11, problem: null }),
      expect.objectContaining({ id: 'b', state: 'pressed', pressedAt: 12, problem: null }),
      expect.objectContaining({ id: 'c', state: 'failed', problem: { code: 'not_sent' } }),
      expect.objectContaining({ id: 'd', state: 'unconfirmed', problem: { code: 'not_seen' } }),
    ]);
    expect((await db.outbox.toArray()).filter((entry) => 'detail' in entry)).toEqual([]);
    db.close();
  });
});
