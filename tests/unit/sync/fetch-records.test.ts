import { afterEach, describe, expect, it } from 'vitest';
import type { ClioApi, ClioPage } from '@/lib/clio/api';
import { db } from '@/lib/db/database';
import type { BillRecord } from '@/lib/db/records/bill';
import { fetchRecords } from '@/lib/sync/fetch-records';
import { clioBill } from '../../support/clio-bill';

/** A Clio that answers each address from this table, and says which it was asked for, how. */
function clioAnswering(pages: Record<string, ClioPage>) {
  const asked: [string, string | undefined][] = [];
  const api = {
    async page(url: string, priority?: string) {
      asked.push([url, priority]);
      const key = Object.keys(pages).find((start) => url.startsWith(start));
      if (!key) throw new Error(`not asked for ${url}`);
      return pages[key] as ClioPage;
    },
  } as unknown as ClioApi;
  return { api, asked };
}

describe('records read for someone waiting on screen', () => {
  afterEach(() => Promise.all(db.tables.map((table) => table.clear())));

  it('asks for every id given and each filter once, at once, and reads every page', async () => {
    const { api, asked } = clioAnswering({
      'bills.json?': { records: [clioBill(1)], next: 'https://app.clio.com/api/v4/next-page', serverTime: 1 },
      'https://app.clio.com/api/v4/next-page': { records: [clioBill(2)], next: undefined, serverTime: 1 },
    });

    const bills = await fetchRecords<BillRecord>(api, 'bills', {
      'ids[]': [1, 2],
      state: 'awaiting_payment',
    });

    expect(bills.map((bill) => [bill.id, bill.balance])).toEqual([
      [1, 9_990],
      [2, 9_990],
    ]);
    expect(asked.map(([, priority]) => priority)).toEqual(['interactive', 'interactive']);
    const query = new URLSearchParams(asked[0]?.[0].split('?')[1]);
    expect(query.getAll('ids[]')).toEqual(['1', '2']);
    expect(query.getAll('state')).toEqual(['awaiting_payment']);
    expect(query.get('limit')).toBe('200');
    expect(query.get('fields')?.split(',')).toEqual(expect.arrayContaining(['id', 'balance']));
  });

  it('sets aside what it cannot read, and takes off that list what it now reads whole', async () => {
    const { api } = clioAnswering({
      'bills.json?': {
        records: [clioBill(1, { total: 'abc' }), clioBill(2)],
        next: undefined,
        serverTime: 1,
      },
    });
    await fetchRecords(api, 'bills', { 'ids[]': [1, 2] });
    expect((await db.setAside.toArray()).map((record) => record.key)).toEqual(['bills:1']);

    const { api: mended } = clioAnswering({
      'bills.json?': { records: [clioBill(1), clioBill(2)], next: undefined, serverTime: 1 },
    });
    const bills = await fetchRecords<BillRecord>(mended, 'bills', { 'ids[]': [1, 2] });

    expect(bills.map((bill) => bill.id)).toEqual([1, 2]);
    expect(await db.setAside.count()).toBe(0);
  });

  it('refuses an index it has no sync for', async () => {
    const { api, asked } = clioAnswering({});
    await expect(fetchRecords(api, 'invoices' as never, {})).rejects.toThrow(
      'No sync is defined for invoices',
    );
    expect(asked).toEqual([]);
  });
});
