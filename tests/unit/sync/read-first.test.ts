import { afterEach, describe, expect, it } from 'vitest';
import type { ClioApi, ClioPage } from '@/lib/clio/api';
import { db } from '@/lib/db/database';
import { resourceSyncOf } from '@/lib/sync/resources';
import { planRun, syncResource } from '@/lib/sync/sync-resource';
import { clioBill } from '../../support/clio-bill';

const bills = resourceSyncOf('bills');

/** A Clio whose owed bills and whole index are these pages, one each. */
function clioWith(owed: unknown[], whole: unknown[]): ClioApi {
  return {
    async page(url: string): Promise<ClioPage> {
      const records =
        new URLSearchParams(url.split('?')[1]).get('state') === 'awaiting_payment' ? owed : whole;
      return { records, next: undefined, serverTime: 1 };
    },
  } as unknown as ClioApi;
}

describe('a first run’s bills, read first those owed, then the whole index', () => {
  afterEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('stores again from the whole index only what its ETag does not show unchanged', async () => {
    // Each bill comes again with another balance: only a bill stored again shows it.
    const owed = [
      clioBill(1, { etag: '"a"' }),
      clioBill(2, { etag: '' }),
      clioBill(3, { etag: undefined }),
      clioBill(4, { etag: '"b"' }),
    ];
    const whole = [
      clioBill(1, { etag: '"a"', balance: 1 }),
      clioBill(2, { etag: '', balance: 2 }),
      clioBill(3, { etag: undefined, balance: 3 }),
      clioBill(4, { etag: '"c"', balance: 4 }),
      clioBill(5, { etag: '"a"', balance: 5 }),
      // Not read first, and without an ETag: nothing to compare, so stored.
      clioBill(6, { etag: undefined, balance: 6 }),
    ];
    await planRun([bills]);

    await syncResource(clioWith(owed, whole), bills, new AbortController().signal);

    const balances = (await db.bills.orderBy('id').toArray()).map((bill) => [bill.id, bill.balance]);
    expect(balances).toEqual([
      [1, 9_990],
      [2, 200],
      [3, 300],
      [4, 400],
      [5, 500],
      [6, 600],
    ]);
    // Every bill of the whole index counts once, the one left out included.
    expect(await db.syncState.get('bills')).toMatchObject({ records: 6, queriesRead: 2, runKind: null });
  });
});
