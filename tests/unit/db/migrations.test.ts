import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RemitDatabase } from '@/lib/db/database';
import { sendProblemCodes, sendStates } from '@/lib/db/records/outbox-entry';
import { say, type Text } from '@/lib/i18n/text';
import { buildSummary } from '@/lib/summary/build-summary';
import { readSummaryInput } from '@/lib/summary/summary-store';
import { version1 } from './fixtures/version-1';
import { version2 } from './fixtures/version-2';
import { version3 } from './fixtures/version-3';
import { version4 } from './fixtures/version-4';
import { version5 } from './fixtures/version-5';
import { version6 } from './fixtures/version-6';
import { version7 } from './fixtures/version-7';
import { version8 } from './fixtures/version-8';
import { version9 } from './fixtures/version-9';
import { version10 } from './fixtures/version-10';
import type { VersionFixture } from './fixtures/version-fixture';

const LATEST = 11;
let name = '';

/** A database as that version of Remit left it, under a name of its own. */
async function databaseOf(fixture: VersionFixture): Promise<void> {
  name = `remit-migration-${fixture.version}-${Math.random()}`;
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  await old.open();
  for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkPut(rows);
  old.close();
}

describe('every earlier database, upgraded to the latest', () => {
  afterEach(() => Dexie.delete(name));

  it.each([
    version1,
    version2,
    version3,
    version4,
    version5,
    version6,
    version7,
    version8,
    version9,
    version10,
  ])('version $version', async (fixture) => {
    await databaseOf(fixture);
    const db = new RemitDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST);

    // The cached figures, to the cent, and the connection, whatever the version.
    for (const bill of fixture.rows.bills ?? []) {
      expect(await db.bills.get(bill.id as number)).toMatchObject({
        total: bill.total,
        paid: bill.paid,
        balance: bill.balance,
        clientName: bill.clientName,
        matters: expect.any(Array),
        due: expect.any(Number),
        creditsIssued: expect.any(Number),
      });
    }
    expect(await db.connection.get('current')).toMatchObject({
      region: 'eu',
      refreshToken: 'r',
      firmName: fixture.version === 1 ? null : 'Avery Law',
    });
    // Allocations keep Clio's decimal; the next sync reads them all again.
    for (const allocation of await db.allocations.toArray()) {
      expect(allocation).toMatchObject({ amountDecimal: '123.45', source: 'payment' });
      expect(allocation).not.toHaveProperty('amount');
    }
    if (fixture.rows.syncState)
      expect(await db.syncState.get('allocations')).toMatchObject({ syncedUpTo: null });
    // Sends keep codes, never sentences, in today's states.
    for (const send of await db.outbox.toArray()) {
      expect(sendStates).toContain(send.state);
      expect(send.problem === null || sendProblemCodes.includes(send.problem.code)).toBe(true);
      expect(send).not.toHaveProperty('detail');
    }
    // The summary is rebuilt from the cache, never read in an older shape.
    expect(await db.summaries.count()).toBe(0);
    expect((await db.settings.toArray()).length).toBe(fixture.rows.settings?.length ?? 0);
    expect(await db.revocations.count()).toBe(0);
    // Mailings from version 8 on, reminders and the holds on them from version 9 on, as they were.
    expect(await db.mailings.toArray()).toEqual(fixture.rows.mailings ?? []);
    expect(await db.envelopes.toArray()).toEqual(fixture.rows.envelopes ?? []);
    // Version 10's text waiting for its link waits, from version 11 on, for its envelope's turn.
    expect(await db.mailingItems.toArray()).toEqual(
      (fixture.rows.mailingItems ?? []).map(({ valuesBeforeLink, ...item }) =>
        valuesBeforeLink === undefined ? item : { ...item, textIsTemplate: true },
      ),
    );
    expect(await db.reminders.toArray()).toEqual(fixture.rows.reminders ?? []);
    expect(await db.reminderHolds.toArray()).toEqual(fixture.rows.reminderHolds ?? []);
    db.close();
  });

  it('keeps what a send may have been: pressed in version 5’s dialog, or after', async () => {
    await databaseOf(version5);
    const db = new RemitDatabase(name);
    expect(await db.outbox.toArray()).toEqual([
      expect.objectContaining({ id: 'send-1', state: 'confirmed', problem: null }),
      expect.objectContaining({ id: 'send-2', state: 'pressed', pressedAt: 12, problem: null }),
      expect.objectContaining({ id: 'send-3', state: 'failed', problem: { code: 'not_sent' } }),
      expect.objectContaining({ id: 'send-4', state: 'pressed', pressedAt: 14, problem: null }),
      expect.objectContaining({ id: 'send-5', state: 'unconfirmed', problem: { code: 'not_seen' } }),
    ]);
    db.close();
  });

  it('keeps what the user reads as messages of the catalogue, never version 6’s English', async () => {
    await databaseOf(version6);
    const db = new RemitDatabase(name);
    const words = (text: Text | null | undefined) => (text ? say(text) : null);

    const setAside = await db.setAside.toArray();
    expect(setAside.map((record) => words(record.reason))).toEqual([
      'total: not as Clio documents it',
      'record: not as Clio documents it',
    ]);
    const requests = await db.linkRequests.toArray();
    expect(requests.map((request) => words(request.detail))).toEqual([null, 'The link was not made.']);
    const [checkFailed, refused] = await db.outbox.toArray();
    // Remit's own sentence goes; Clio's own words, quoted from its dialog, stay.
    expect(checkFailed?.problem).toEqual({ code: 'check_failed', reason: { key: 'connection.reconnect' } });
    expect(refused?.problem).toEqual({
      code: 'clio_refused',
      clioMessage: 'The bill has no client email address.',
    });
    expect(await db.summaries.count()).toBe(0);
    db.close();
  });

  it('keeps version 7’s messages as they were', async () => {
    await databaseOf(version7);
    const db = new RemitDatabase(name);
    expect((await db.setAside.toArray()).map((record) => say(record.reason))).toEqual([
      'total: not as Clio documents it',
    ]);
    expect(await db.outbox.get('send-6')).toMatchObject({
      state: 'unconfirmed',
      problem: { code: 'check_failed', reason: { key: 'connection.reconnect' } },
    });
    db.close();
  });

  it('keeps version 9’s days of outstanding for the trend under the account connected', async () => {
    await databaseOf(version9);
    const db = new RemitDatabase(name);
    expect(await db.snapshots.toArray()).toEqual([
      { day: '2026-11-20', byAccount: { 'eu:101': { USD: 734_427 } } },
      { day: '2026-11-21', byAccount: { 'eu:101': { USD: 700_000, CAD: 5 } } },
    ]);
    db.close();
  });

  it('drops version 9’s days of outstanding when no firm is connected: whose they were is unknown', async () => {
    await databaseOf({ ...version9, rows: { ...version9.rows, connection: [] } });
    const db = new RemitDatabase(name);
    expect(await db.snapshots.count()).toBe(0);
    db.close();
  });

  it('finds, after upgrading, what the summary’s queries read through the indexes', async () => {
    await databaseOf(version3);
    const db = new RemitDatabase(name);
    await db.open();
    const bill = version3.rows.bills?.[0];
    expect(await db.bills.where('currencyCode').equals('USD').primaryKeys()).toEqual([bill?.id]);
    expect(await db.allocations.where('date').aboveOrEqual('2026-11-01').count()).toBe(1);
    const summary = buildSummary(await readSummaryInput(new Date(2026, 10, 21, 12), db), new Date());
    expect(summary.currencies[0]?.unpaidByDueDate).toEqual([
      { dueAt: '2026-12-05', balance: 734_427, bills: 1 },
    ]);
    db.close();
  });

  it('brings version 1’s bills up with neutral values and no etag, so the next fetch replaces them', async () => {
    await databaseOf(version1);
    const db = new RemitDatabase(name);
    expect(await db.bills.get(1000001)).toMatchObject({
      etag: '',
      type: 'MatterBill',
      matters: [],
      due: 746_772,
      creditsIssued: 0,
      paidAt: null,
    });
    db.close();
  });
});
