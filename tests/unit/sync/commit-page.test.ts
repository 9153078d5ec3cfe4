import { afterEach, describe, expect, it } from 'vitest';
import type { ClioPage } from '@/lib/clio/api';
import { db } from '@/lib/db/database';
import type { SyncStateRecord } from '@/lib/db/records/sync-state';
import { preparePage, storePage } from '@/lib/sync/commit-page';
import { resourceSyncs } from '@/lib/sync/resources';
import { initialState } from '@/lib/sync/sync-resource';

const bills = resourceSyncs.find((resource) => resource.name === 'bills');
if (!bills) throw new Error('no bills resource');

const commitPage = (resource: typeof bills, page: ClioPage, state: SyncStateRecord) =>
  storePage(resource, preparePage(resource, page), state);

function clioBill(id: number, changes: Record<string, unknown> = {}) {
  return {
    id,
    etag: `"${id}"`,
    number: String(id),
    state: 'awaiting_payment',
    kind: 'revenue_kind',
    type: 'MatterBill',
    issued_at: '2026-11-01',
    due_at: '2026-12-01',
    paid_at: null,
    updated_at: '2026-11-02T10:00:00Z',
    total: 100.1,
    due: 100.1,
    paid: 0.2,
    balance: 99.9,
    pending: null,
    credits_issued: 0,
    shared: false,
    last_sent_at: null,
    currency: { id: 1, code: 'USD', sign: '$' },
    client: { id: 7, name: '‮ evil 🦄' },
    matters: [],
    ...changes,
  };
}

describe('preparing and storing a page', () => {
  afterEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('stores the page in minor units and moves the checkpoint to the next page', async () => {
    const state = { ...initialState(bills), nextUrl: 'bills.json?page=1' };
    const next = await commitPage(
      bills,
      {
        records: [clioBill(1), clioBill(2)],
        next: 'https://app.clio.com/api/v4/bills.json?page_token=2',
        serverTime: 5,
      },
      state,
    );
    expect(await db.bills.get(1)).toMatchObject({
      total: 10_010,
      paid: 20,
      balance: 9_990,
      pending: 0,
      clientName: '‮ evil 🦄',
    });
    expect(await db.syncState.get('bills')).toMatchObject({
      nextUrl: 'https://app.clio.com/api/v4/bills.json?page_token=2',
      pages: 1,
      records: 2,
      runStartedAt: 5,
    });
    expect(next.pages).toBe(1);
  });

  it('sets a malformed record aside with its reason and stores the rest of the page', async () => {
    await commitPage(
      bills,
      {
        records: [
          clioBill(1),
          clioBill(2, { total: 'abc' }),
          clioBill(3, { state: 'archived' }),
          { nope: true },
        ],
        next: undefined,
        serverTime: 1,
      },
      initialState(bills),
    );
    expect(await db.bills.toCollection().primaryKeys()).toEqual([1]);
    const setAside = await db.setAside.toArray();
    expect(setAside.map((record) => [record.recordId, record.reason.values?.field])).toEqual(
      expect.arrayContaining([
        [2, 'total'],
        [3, 'state'],
        [null, 'id'],
      ]),
    );
  });

  it('takes a record off the set-aside list once Clio sends it readable', async () => {
    await commitPage(
      bills,
      { records: [clioBill(2, { total: 'abc' })], next: undefined, serverTime: 1 },
      initialState(bills),
    );
    expect(await db.setAside.count()).toBe(1);
    await commitPage(bills, { records: [clioBill(2)], next: undefined, serverTime: 2 }, initialState(bills));
    expect(await db.setAside.count()).toBe(0);
    expect(await db.bills.get(2)).toMatchObject({ total: 10_010 });
  });
});
